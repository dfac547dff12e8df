package org.certplan.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.certplan.client.Certification;
import org.certplan.client.Client;
import org.certplan.client.ClientSite;
import org.certplan.programme.AuditTime;
import org.certplan.programme.AuditType;
import org.certplan.programme.ProgrammePolicy;
import org.certplan.programme.SiteInput;
import org.certplan.programme.SiteSampling;
import org.certplan.programme.Window;

/** Creates the audits of a certification's programme: window, auditor-days and the sites to visit. */
@ApplicationScoped
public class AuditGenerator {

    @Inject
    ProgrammePolicy policy;

    @Inject
    SiteSampling sampling;

    @Inject
    AuditTrail trail;

    public Audit create(Certification certification, AuditType type, Window window, Long raisedByAuditId) {
        AuditTime time = certification.auditTime.toAuditTime(policy.followUpAuditorDays());
        Audit audit = new Audit();
        audit.certificationId = certification.id;
        audit.clientId = certification.client.id;
        audit.cycleNumber = certification.cycleNumber;
        audit.type = type;
        audit.status = AuditStatus.UNPLANNED;
        audit.earliestStart = window.earliestStart();
        audit.targetDate = window.target();
        audit.latestEnd = window.latestEnd();
        audit.auditorDays = time.daysFor(type);
        audit.onsiteDays = time.onsiteDaysFor(type);
        audit.remoteDays = time.remoteDaysFor(type);
        audit.remote = audit.remoteDays.signum() > 0;
        audit.raisedByAuditId = raisedByAuditId;
        audit.siteIds.addAll(sitesToVisit(certification, type));
        audit.persist();
        trail.system(audit, "CREATED", type + " due " + window.earliestStart() + " .. " + window.latestEnd()
                + ", target " + window.target() + ", " + audit.auditorDays + " auditor-days");
        return audit;
    }

    /** MS-1..MS-3: the central function and a sample of the other sites, covering unvisited sites first. */
    private List<Long> sitesToVisit(Certification certification, AuditType type) {
        Client client = certification.client;
        List<ClientSite> others = client.sites.stream().filter(s -> !s.central).toList();
        int count = sampling.sitesToVisit(type, others.size(), client.siteSampling, type == AuditType.SURVEILLANCE_2);
        List<SiteInput> sites = client.sites.stream()
                .map(s -> new SiteInput(s.id, s.name, s.persons, s.central)).toList();
        Set<Long> excluded = type == AuditType.SURVEILLANCE_2 && !client.siteSampling
                ? firstSurveillanceSites(certification) : Set.of();
        long seed = certification.id * 1_000_003L + certification.cycleNumber * 31L + type.ordinal();
        return sampling.choose(sites, count, visitsSoFar(client), excluded, new Random(seed));
    }

    private Map<Long, Integer> visitsSoFar(Client client) {
        Map<Long, Integer> visits = new HashMap<>();
        List<Object[]> rows = Audit.getEntityManager().createQuery(
                "select s, count(a) from Audit a join a.siteIds s where a.clientId = ?1 and a.status <> ?2 group by s",
                Object[].class).setParameter(1, client.id).setParameter(2, AuditStatus.CANCELLED).getResultList();
        rows.forEach(r -> visits.put((Long) r[0], ((Long) r[1]).intValue()));
        return visits;
    }

    private Set<Long> firstSurveillanceSites(Certification certification) {
        return Audit.<Audit>find("certificationId = ?1 and cycleNumber = ?2 and type = ?3", certification.id,
                        certification.cycleNumber, AuditType.SURVEILLANCE_1)
                .firstResultOptional().map(a -> Set.copyOf(a.siteIds)).orElse(Set.of());
    }
}
