package org.certplan.planning;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Applies that have begun and not ended, recorded outside the apply's transaction, so that a run whose apply the
 * service's end interrupted (the database rolled it back) is marked FAILED with the reason at the next start
 * instead of looking as if nobody had tried.
 */
@ApplicationScoped
public class ApplyAttempts {

    private static final Logger LOG = Logger.getLogger(ApplyAttempts.class);

    private final EntityManager em;
    private final Clock clock;

    ApplyAttempts(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Records, in its own transaction, that an apply of the run begins. */
    void begin(long runId, String by) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO planning_run_apply (run_id, started_at, started_by)
                SELECT id, :at, :by FROM planning_run WHERE id = :id
                ON DUPLICATE KEY UPDATE started_at = VALUES(started_at), started_by = VALUES(started_by)""")
                .setParameter("id", runId).setParameter("at", clock.instant()).setParameter("by", by)
                .executeUpdate());
    }

    /** Within the apply's transaction: the apply ends with it, whichever way. */
    void end(long runId) {
        em.createQuery("delete from PlanningRunApply where runId = :id").setParameter("id", runId).executeUpdate();
    }

    /** An apply that failed before its transaction ended (and so was rolled back) is no longer under way. */
    void abandon(long runId) {
        QuarkusTransaction.requiringNew().run(() -> end(runId));
    }

    /**
     * Runs with an apply begun and not ended whose run no transaction holds: the service that applied stopped in
     * the middle, and the database rolled the apply back.
     */
    void failInterruptedApplies(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Number> interrupted = em.createNativeQuery("""
                    SELECT r.id FROM planning_run_apply a JOIN planning_run r ON r.id = a.run_id
                    WHERE r.applied_at IS NULL
                    FOR UPDATE SKIP LOCKED""").getResultList();
            for (Number id : interrupted) {
                PlanningRunApply attempt = em.find(PlanningRunApply.class, id.longValue());
                PlanningRun run = em.find(PlanningRun.class, attempt.runId);
                run.failureMessage = "the service stopped while applying the proposal (begun at " + attempt.startedAt
                        + (attempt.startedBy == null ? "" : " by " + attempt.startedBy) + "); the database rolled the "
                        + "apply back, so no audit changed: start a new run";
                run.finish(PlanningRunStatus.FAILED, clock.instant());
                em.remove(attempt);
                LOG.warnf("Planning run %d: %s", run.id, run.failureMessage);
            }
        });
    }
}
