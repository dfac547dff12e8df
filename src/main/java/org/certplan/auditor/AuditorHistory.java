package org.certplan.auditor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.TeamRole;
import org.certplan.auditor.AuditorFacts.CycleRef;

/**
 * Who led which client's audits in which certification cycle: the record rotation (IMP-3) is judged on.
 * Cancelled audits are not part of it.
 */
@ApplicationScoped
@Transactional
public class AuditorHistory {

    private static final String LEADS = """
            select new org.certplan.auditor.Lead(
                m.auditorId, a.clientId, a.certificationId, a.cycleNumber, a.id, a.type, a.startDate)
            from TeamMember m join Audit a on a.id = m.auditId
            where m.role = :lead and a.status <> :cancelled and m.auditorId is not null
            """;

    @Inject
    EntityManager em;

    /** The leads of a client's audits, oldest cycle first. */
    public List<Lead> leadsOfClient(long clientId) {
        return em.createQuery(LEADS + " and a.clientId = :id order by a.certificationId, a.cycleNumber, a.startDate",
                        Lead.class)
                .setParameter("lead", TeamRole.LEAD).setParameter("cancelled", AuditStatus.CANCELLED)
                .setParameter("id", clientId)
                .getResultList();
    }

    /** The audits an auditor led, oldest cycle first. */
    public List<Lead> leadsBy(long auditorId) {
        return em.createQuery(LEADS + " and m.auditorId = :id order by a.certificationId, a.cycleNumber, a.startDate",
                        Lead.class)
                .setParameter("lead", TeamRole.LEAD).setParameter("cancelled", AuditStatus.CANCELLED)
                .setParameter("id", auditorId)
                .getResultList();
    }

    /** For each of the auditors, the certification cycles in which they led at least one audit. */
    public Map<Long, Set<CycleRef>> cyclesLed(Collection<Long> auditorIds) {
        Map<Long, Set<CycleRef>> cycles = new HashMap<>();
        if (auditorIds.isEmpty()) {
            return cycles;
        }
        em.createQuery(LEADS + " and m.auditorId in :ids", Lead.class)
                .setParameter("lead", TeamRole.LEAD).setParameter("cancelled", AuditStatus.CANCELLED)
                .setParameter("ids", auditorIds)
                .getResultStream()
                .forEach(l -> cycles.computeIfAbsent(l.auditorId(), id -> new HashSet<>())
                        .add(new CycleRef(l.certificationId(), l.cycleNumber())));
        return cycles;
    }
}
