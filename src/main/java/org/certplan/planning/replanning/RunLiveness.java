package org.certplan.planning.replanning;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.certplan.planning.PlanningRun;
import org.certplan.planning.PlanningRunStatus;
import org.jboss.logging.Logger;

/**
 * Keeps one active run possible across replicas: every replica beats for the runs it owns, and any replica marks
 * FAILED an active run whose owner stopped beating (it died mid-run). A run's proposal is only written to the
 * audits by an explicit apply in one transaction, so a failed run leaves the audits as they were.
 *
 * <p>Per replica by design, so it runs on its own timer rather than as a (clustered) scheduled job.
 */
@ApplicationScoped
public class RunLiveness {

    private static final Logger LOG = Logger.getLogger(RunLiveness.class);

    private final ReplanningConfig config;
    private final Replica replica;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "planning-run-liveness");
        thread.setDaemon(true);
        return thread;
    });

    public RunLiveness(ReplanningConfig config, Replica replica, Clock clock) {
        this.config = config;
        this.replica = replica;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        long every = config.heartbeatInterval().toMillis();
        timer.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    private void tick() {
        try {
            beat();
            failStaleRuns();
        } catch (RuntimeException e) {
            LOG.warn("Planning-run heartbeat failed", e);
        }
    }

    /** Writes this replica's heartbeat on the active runs it owns; returns how many. */
    public int beat() {
        List<Long> owned = QuarkusTransaction.requiringNew().call(() -> PlanningRun.<PlanningRun>list(
                "active = true and ownerInstance = ?1", replica.id()).stream().map(run -> run.id).toList());
        if (owned.isEmpty()) {
            return 0;
        }
        // by primary key, so that the beat locks only those rows and not a range of the active index
        return QuarkusTransaction.requiringNew().call(() -> PlanningRun.update(
                "heartbeatAt = ?1 where id in ?2 and active = true", clock.instant(), owned));
    }

    /** Marks FAILED every active run of another replica whose heartbeat is older than the stale limit. */
    public List<Long> failStaleRuns() {
        Instant now = clock.instant();
        Instant staleBefore = now.minus(config.staleAfter());
        return QuarkusTransaction.requiringNew().call(() -> {
            List<PlanningRun> stale = PlanningRun.list("""
                    active = true and (ownerInstance is null or ownerInstance <> ?1)
                    and (heartbeatAt is null or heartbeatAt < ?2)""", replica.id(), staleBefore);
            for (PlanningRun run : stale) {
                LOG.warnf("Planning run %d of replica %s: no heartbeat since %s; marked FAILED", run.id,
                        run.ownerInstance, run.heartbeatAt);
                run.status = PlanningRunStatus.FAILED;
                run.active = null;
                run.endedAt = now;
                run.failureMessage = "replica " + run.ownerInstance + " stopped beating (last heartbeat "
                        + run.heartbeatAt + "); the run was abandoned and no audit was changed";
                ReplanningNight.update("outcome = ?1, endedAt = ?2, reason = ?3 where runId = ?4 and outcome = ?5",
                        ReplanningNight.Outcome.FAILED, now, run.failureMessage, run.id,
                        ReplanningNight.Outcome.RUNNING);
            }
            return stale.stream().map(run -> run.id).toList();
        });
    }
}
