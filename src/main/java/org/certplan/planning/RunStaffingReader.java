package org.certplan.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.certplan.programme.AuditType;

/** Reads what a run's proposal staffs from its changes: an audit is staffed when the proposal gives it a date. */
@ApplicationScoped
public class RunStaffingReader {

    private final EntityManager em;

    public RunStaffingReader(EntityManager em) {
        this.em = em;
    }

    public RunStaffing of(long runId) {
        return RunStaffing.of(em.createQuery("""
                        select a.id, a.certificationId, a.clientId, a.type, a.latestEnd, a.auditorDays, c.newStart
                        from PlanningRunChange c, Audit a where c.runId = :run and a.id = c.auditId""", Object[].class)
                .setParameter("run", runId).getResultStream()
                .map(r -> new RunStaffing.Row((Long) r[0], (Long) r[1], (Long) r[2], (AuditType) r[3],
                        (LocalDate) r[4], (BigDecimal) r[5], r[6] != null))
                .toList());
    }
}
