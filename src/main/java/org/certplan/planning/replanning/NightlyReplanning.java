package org.certplan.planning.replanning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.certplan.audit.AuditEvent;
import org.certplan.planning.PlanningMode;
import org.certplan.planning.PlanningRun;
import org.certplan.planning.PlanningRunChange;
import org.certplan.planning.PlanningRunRequest;
import org.certplan.planning.PlanningRunService;
import org.certplan.planning.SolverSettings;
import org.certplan.platform.problem.ProblemException;
import org.certplan.platform.text.Texts;
import org.jboss.logging.Logger;

/**
 * The nightly job: a REPAIR run over the rolling horizon, applied (and so notified) only when it is feasible and
 * changes at most the churn budget of published audits; otherwise the proposal waits for a planner. Every night
 * leaves a {@link ReplanningNight} saying what happened and why.
 */
@ApplicationScoped
public class NightlyReplanning {

    private static final int MAX_TEXT = 2000;

    private static final Logger LOG = Logger.getLogger(NightlyReplanning.class);
    static final String ACTOR = "nightly re-planning";

    private final PlanningRunService runs;
    private final ReplanningConfig config;
    private final SolverSettings solver;
    private final Replica replica;
    private final Clock clock;
    private final ObjectMapper json;
    private final ChurnBudget budget;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "nightly-replanning");
        thread.setDaemon(true);
        return thread;
    });

    public NightlyReplanning(PlanningRunService runs, ReplanningConfig config, SolverSettings solver, Replica replica,
            Clock clock, ObjectMapper json) {
        this.runs = runs;
        this.config = config;
        this.solver = solver;
        this.replica = replica;
        this.clock = clock;
        this.json = json;
        this.budget = ChurnBudget.parse(config.maxChangedPublished());
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Runs one night now, in the calling thread; returns its record. */
    public ReplanningNightView runNight() {
        long nightId = begin();
        execute(nightId);
        return view(nightId);
    }

    /** Starts one night in the background; returns its record's id at once. */
    public long startNight() {
        long nightId = begin();
        background.execute(() -> execute(nightId));
        return nightId;
    }

    private long begin() {
        LocalDate today = LocalDate.now(clock);
        return QuarkusTransaction.requiringNew().call(() -> {
            ReplanningNight night = new ReplanningNight();
            night.instance = replica.id();
            night.startedAt = clock.instant();
            night.horizonFrom = today;
            night.horizonTo = today.plus(config.horizon());
            night.outcome = ReplanningNight.Outcome.RUNNING;
            night.persist();
            return night.id;
        });
    }

    private void execute(long nightId) {
        ReplanningNight night = QuarkusTransaction.requiringNew().call(() -> ReplanningNight.findById(nightId));
        long runId;
        try {
            runId = runs.start(new PlanningRunRequest(night.horizonFrom, night.horizonTo,
                    config.timeLimit().orElse(null), PlanningMode.REPAIR, ACTOR)).id;
        } catch (ProblemException e) {
            end(nightId, n -> {
                n.outcome = ReplanningNight.Outcome.SKIPPED;
                n.reason = "no run started: " + e.getMessage();
            });
            return;
        } catch (RuntimeException e) {
            LOG.error("Nightly re-planning " + nightId + " could not start its run", e);
            end(nightId, n -> {
                n.outcome = ReplanningNight.Outcome.FAILED;
                n.reason = Texts.truncate("the run could not start: " + e, MAX_TEXT);
            });
            return;
        }
        end(nightId, n -> n.runId = runId);
        try {
            PlanningRun run = awaitEnd(runId);
            decide(nightId, run);
        } catch (RuntimeException e) {
            LOG.error("Nightly re-planning " + nightId + " failed", e);
            end(nightId, n -> {
                n.outcome = ReplanningNight.Outcome.FAILED;
                n.reason = Texts.truncate(String.valueOf(e.getMessage()), MAX_TEXT);
            });
        }
    }

    private PlanningRun awaitEnd(long runId) {
        Duration limit = config.timeLimit().orElse(solver.timeLimit());
        Instant deadline = clock.instant().plus(limit).plus(Duration.ofMinutes(10));
        while (true) {
            PlanningRun run = runs.find(runId);
            if (!run.status.isActive()) {
                return run;
            }
            if (clock.instant().isAfter(deadline)) {
                throw new IllegalStateException("planning run " + runId + " is still " + run.status + " at " + deadline);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for planning run " + runId, e);
            }
        }
    }

    private void decide(long nightId, PlanningRun run) {
        if (!run.status.hasProposal()) {
            end(nightId, n -> {
                n.outcome = ReplanningNight.Outcome.FAILED;
                n.reason = Texts.truncate("planning run " + run.id + " ended " + run.status + ": " + run.failureMessage,
                        MAX_TEXT);
            });
            return;
        }
        List<PlanningRunChange> changes = QuarkusTransaction.requiringNew().call(
                () -> PlanningRunChange.<PlanningRunChange>list("runId = ?1 order by auditId", run.id));
        int published = (int) changes.stream().filter(c -> c.published).count();
        int changedPublished = (int) changes.stream().filter(c -> c.published && c.changed).count();
        int changed = (int) changes.stream().filter(c -> c.changed).count();
        List<ForcedMove> forced = changes.stream().filter(c -> c.published && c.changed && c.forcedBy != null)
                .map(c -> new ForcedMove(c.auditId, c.forcedBy, c.oldStart, c.newStart, c.unassignedReason)).toList();
        int allowed = budget.allowed(published);
        List<String> refusals = new ArrayList<>();
        if (!Boolean.TRUE.equals(run.feasible)) {
            refusals.add("the proposal is infeasible (" + run.score + ")");
        }
        if (changedPublished > allowed) {
            refusals.add("it changes " + changedPublished + " published audits, more than the budget of " + allowed
                    + " (" + budget + " of " + published + ")");
        }
        String applyRefusal = null;
        if (refusals.isEmpty()) {
            try {
                runs.apply(run.id, ACTOR, AuditEvent.Source.NIGHTLY_JOB);
            } catch (ProblemException e) {
                applyRefusal = "apply refused: " + e.getMessage();
            }
        }
        boolean applied = refusals.isEmpty() && applyRefusal == null;
        String reason = applied
                ? "feasible; " + changedPublished + " of " + published + " published audits changed ("
                        + forced.size() + " forced), budget " + allowed
                : applyRefusal != null ? applyRefusal : String.join("; ", refusals);
        end(nightId, n -> {
            n.outcome = applied ? ReplanningNight.Outcome.APPLIED : ReplanningNight.Outcome.NEEDS_PLANNER;
            n.applied = applied;
            n.needsPlanner = !applied;
            n.score = run.score;
            n.feasible = run.feasible;
            n.changedCount = changed;
            n.publishedCount = published;
            n.changedPublished = changedPublished;
            n.forcedCount = forced.size();
            n.churnBudget = allowed;
            n.forcedMoves = Texts.json(json, forced);
            n.reason = Texts.truncate(reason, MAX_TEXT);
        });
        LOG.infof("Nightly re-planning %d: run %d %s — %s", nightId, run.id, applied ? "applied" : "kept for a planner",
                reason);
    }

    private void end(long nightId, java.util.function.Consumer<ReplanningNight> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            ReplanningNight night = ReplanningNight.findById(nightId);
            change.accept(night);
            if (night.outcome != ReplanningNight.Outcome.RUNNING) {
                night.endedAt = clock.instant();
            }
        });
    }

    public ReplanningNightView view(long nightId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ReplanningNight night = ReplanningNight.<ReplanningNight>findByIdOptional(nightId)
                    .orElseThrow(() -> ProblemException.notFound("replanning night", nightId));
            return view(night);
        });
    }

    ReplanningNightView view(ReplanningNight n) {
        return new ReplanningNightView(n.id, n.runId, n.instance, n.startedAt, n.endedAt, n.horizonFrom, n.horizonTo,
                n.outcome, n.score, n.feasible, n.changedCount, n.publishedCount, n.changedPublished, n.forcedCount,
                n.churnBudget, n.applied, n.needsPlanner, n.reason, read(n.forcedMoves));
    }

    private List<ForcedMove> read(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, new TypeReference<List<ForcedMove>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable forced moves", e);
        }
    }
}
