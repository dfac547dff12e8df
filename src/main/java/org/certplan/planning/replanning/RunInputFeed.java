package org.certplan.planning.replanning;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.certplan.auditor.Unavailability;
import org.certplan.planning.AuditPlanBuilder;
import org.certplan.planning.DateRange;
import org.certplan.planning.PlanSnapshot;
import org.certplan.planning.PlanningAuditor;
import org.certplan.planning.PlanningRunService;
import org.certplan.planning.PlanningRunService.SolvingRun;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Feeds the runs this replica solves what any replica recorded since they read their snapshots: every
 * {@code certplan.planning.input-poll-interval} it reads the leaves and the open audits of each run's horizon
 * created since its last poll (from its snapshot on) and adds them as problem changes, so the run goes on without
 * a restart. The database is the only channel, so it does not matter which replica committed them.
 *
 * <p>Each leave and each audit is fed to a run at most once: rows already read are remembered per run, audits
 * the snapshot holds are skipped, and a leave whose days the plan already knows is not fed. Rows are read again
 * for {@link #LOOKBACK} before each poll, for commits that come later than their creation time and for replicas
 * whose clocks differ by less than that.
 */
@ApplicationScoped
public class RunInputFeed {

    static final Duration LOOKBACK = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(RunInputFeed.class);

    /** What a run was fed so far, and when it was last polled. */
    private static final class Cursor {
        Instant polledAt;
        final Set<Long> leaves = new HashSet<>();
        final Set<Long> audits = new HashSet<>();

        Cursor(Instant readAt) {
            polledAt = readAt;
        }
    }

    private final PlanningRunService runs;
    private final AuditPlanBuilder builder;
    private final Clock clock;
    private final Duration interval;
    private final Map<Long, Cursor> cursors = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "planning-run-input-feed");
        thread.setDaemon(true);
        return thread;
    });

    public RunInputFeed(PlanningRunService runs, AuditPlanBuilder builder, Clock clock,
            @ConfigProperty(name = "certplan.planning.input-poll-interval", defaultValue = "PT2S") Duration interval) {
        this.runs = runs;
        this.builder = builder;
        this.clock = clock;
        this.interval = interval;
    }

    void start(@Observes StartupEvent event) {
        long every = Math.max(100, interval.toMillis());
        timer.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    private void tick() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("Feeding new leaves and audits to solving planning runs failed", e);
        }
    }

    /** Feeds each run solving here what was recorded since its last poll; returns how many leaves and audits. */
    public synchronized int poll() {
        List<SolvingRun> solving = runs.solvingRuns();
        cursors.keySet().retainAll(solving.stream().map(SolvingRun::id).collect(Collectors.toSet()));
        int fed = 0;
        for (SolvingRun run : solving) {
            Cursor cursor = cursors.computeIfAbsent(run.id(), id -> new Cursor(run.readAt()));
            Instant polledAt = clock.instant();
            Instant since = cursor.polledAt.minus(LOOKBACK);
            fed += feedLeaves(run, cursor, since) + feedAudits(run, cursor, since);
            cursor.polledAt = polledAt;
        }
        return fed;
    }

    private int feedLeaves(SolvingRun run, Cursor cursor, Instant since) {
        PlanSnapshot snapshot = run.snapshot();
        DateRange span = snapshot.span();
        List<Unavailability> leaves = QuarkusTransaction.requiringNew().call(() -> Unavailability.<Unavailability>list(
                "createdAt >= ?1 and fromDate <= ?2 and toDate >= ?3 order by id", since, span.to(), span.from()));
        int fed = 0;
        for (Unavailability leave : leaves) {
            PlanningAuditor auditor = snapshot.auditor(leave.auditorId);
            if (!cursor.leaves.add(leave.id) || auditor == null) {
                continue;
            }
            List<LocalDate> unknown = leave.fromDate.datesUntil(leave.toDate.plusDays(1))
                    .filter(day -> span.contains(day) && !auditor.getUnavailableDays().contains(day)).toList();
            if (!unknown.isEmpty() && runs.addAuditorLeave(run.id(), leave.auditorId, unknown)) {
                LOG.infof("Planning run %d: fed leave %d of auditor %d from %s to %s", run.id(), leave.id,
                        leave.auditorId, leave.fromDate, leave.toDate);
                fed++;
            }
        }
        return fed;
    }

    private int feedAudits(SolvingRun run, Cursor cursor, Instant since) {
        PlanSnapshot snapshot = run.snapshot();
        List<Long> created = builder.createdSince(since, snapshot.from(), snapshot.to()).stream()
                .filter(id -> !snapshot.isPlanned(id) && !cursor.audits.contains(id)).toList();
        if (created.isEmpty()) {
            return 0;
        }
        PlanSnapshot added = builder.snapshotOf(created, snapshot.from(), snapshot.to());
        cursor.audits.addAll(added.audits().keySet());
        if (added.audits().isEmpty() || !runs.addAudits(run.id(), added)) {
            return 0;
        }
        LOG.infof("Planning run %d: fed new audits %s", run.id(), added.audits().keySet());
        return added.audits().size();
    }
}
