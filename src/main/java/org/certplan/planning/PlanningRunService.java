package org.certplan.planning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.certplan.audit.Audit;
import org.certplan.audit.AuditEvent;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.AuditTrail;
import org.certplan.audit.TeamMember;
import org.certplan.audit.TeamRole;
import org.certplan.audit.TeamSeats;
import org.certplan.planning.replanning.AuditorLeaveChange;
import org.certplan.planning.replanning.NewAuditsChange;
import org.certplan.planning.replanning.RepairScope;
import org.certplan.planning.replanning.Replica;
import org.certplan.planning.weights.WeightsService;
import org.certplan.platform.problem.ProblemException;
import org.certplan.platform.text.Texts;
import org.certplan.programme.AuditType;
import org.jboss.logging.Logger;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.optaplanner.core.api.solver.change.ProblemChange;

/**
 * Planning runs: one active at a time (the unique {@code active} column makes the database refuse a second), each
 * solved asynchronously by the {@link SolverManager} from a {@link PlanSnapshot}; its best scores and, at the end,
 * its proposal are stored; applying writes the proposal in one transaction unless an audit changed meanwhile.
 */
@ApplicationScoped
public class PlanningRunService {

    private static final int MAX_TEXT = 2000;

    private static final Logger LOG = Logger.getLogger(PlanningRunService.class);

    /** What a run holds in memory while it solves. */
    private static final class Solving {
        volatile Instant readAt;
        volatile PlanSnapshot snapshot;
        volatile RepairScope scope = RepairScope.none();
        volatile UnplaceableAudits unplaceable = UnplaceableAudits.none();
        volatile boolean cancelRequested;
        final AtomicInteger fedInputs = new AtomicInteger();
        final CompletableFuture<Void> done = new CompletableFuture<>();
    }

    /**
     * A run this replica is solving: when it began reading its snapshot, and the snapshot with every change fed
     * in so far.
     */
    public record SolvingRun(long id, Instant readAt, PlanSnapshot snapshot) {
    }

    private final SolverManager<AuditPlan, Long> solverManager;
    private final SolutionManager<AuditPlan, HardMediumSoftLongScore> solutionManager;
    private final PlanExplainer explainer;
    private final AuditPlanBuilder builder;
    private final SolverSettings settings;
    private final AuditTrail trail;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;
    private final WeightsService weights;
    private final RunStaffingReader staffing;
    private final PlanningRunEvents events;
    private final Replica replica;
    private final Event<ProposalApplied> applied;
    private final ApplyAttempts attempts;
    private final TeamSeats seats;
    private final Map<Long, Solving> solving = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "planning-run-timer");
        thread.setDaemon(true);
        return thread;
    });

    public PlanningRunService(SolverManager<AuditPlan, Long> solverManager,
            SolutionManager<AuditPlan, HardMediumSoftLongScore> solutionManager, PlanExplainer explainer,
            AuditPlanBuilder builder, SolverSettings settings, AuditTrail trail, EntityManager em, ObjectMapper json,
            Clock clock, WeightsService weights, PlanningRunEvents events, Replica replica,
            Event<ProposalApplied> applied, ApplyAttempts attempts, TeamSeats seats, RunStaffingReader staffing) {
        this.seats = seats;
        this.staffing = staffing;
        this.replica = replica;
        this.applied = applied;
        this.attempts = attempts;
        this.solverManager = solverManager;
        this.solutionManager = solutionManager;
        this.explainer = explainer;
        this.builder = builder;
        this.settings = settings;
        this.trail = trail;
        this.em = em;
        this.json = json;
        this.clock = clock;
        this.weights = weights;
        this.events = events;
    }

    /**
     * A run this replica left active when it stopped can never finish: it is marked FAILED so a new one may start.
     * Runs of other replicas are left to their owners (and to {@code RunLiveness} when an owner stops beating).
     */
    void failInterruptedRuns(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> PlanningRun.<PlanningRun>list(
                "active = true and (ownerInstance is null or ownerInstance = ?1)", replica.id()).forEach(run -> {
            run.failureMessage = "the service stopped while the run was " + run.status;
            run.finish(PlanningRunStatus.FAILED, clock.instant());
        }));
    }

    @PreDestroy
    void stopTimer() {
        timer.shutdownNow();
    }

    public PlanningRun start(PlanningRunRequest request) {
        if (request.to().isBefore(request.from())) {
            throw ProblemException.invalid("to", "lies before from " + request.from());
        }
        if (request.timeLimit() != null && (request.timeLimit().isNegative() || request.timeLimit().isZero())) {
            throw ProblemException.invalid("timeLimit", "must be positive");
        }
        Duration limit = request.timeLimit() == null || request.timeLimit().compareTo(settings.timeLimit()) > 0
                ? settings.timeLimit() : request.timeLimit();
        long runId;
        try {
            runId = QuarkusTransaction.requiringNew().call(() -> {
                refuseWhileActive();
                PlanningRun run = new PlanningRun();
                run.status = PlanningRunStatus.QUEUED;
                run.mode = request.mode() == null ? PlanningMode.FULL : request.mode();
                run.horizonFrom = request.from();
                run.horizonTo = request.to();
                run.timeLimit = limit.toString();
                run.active = true;
                run.ownerInstance = replica.id();
                run.heartbeatAt = clock.instant();
                run.requestedBy = request.requestedBy() == null || request.requestedBy().isBlank()
                        ? "planner" : request.requestedBy();
                run.persistAndFlush();
                return run.id;
            });
        } catch (PersistenceException raced) {
            // another request inserted its active run between our check and our insert
            QuarkusTransaction.requiringNew().run(this::refuseWhileActive);
            throw raced;
        }
        Solving state = new Solving();
        solving.put(runId, state);
        events.open(runId);
        solverManager.solveAndListen(runId,
                id -> problem(id, state, limit),
                best -> recordBest(runId, best),
                last -> finish(runId, state, last),
                (id, failure) -> fail(runId, state, failure));
        return find(runId);
    }

    private void refuseWhileActive() {
        PlanningRun.<PlanningRun>find("active = true").firstResultOptional().ifPresent(active -> {
            throw ProblemException.conflict("planning run " + active.id + " is " + active.status
                    + "; one run at a time (stop it with DELETE /api/v1/planning-runs/" + active.id + ")");
        });
    }

    private AuditPlan problem(long runId, Solving state, Duration limit) {
        PlanningRun started = QuarkusTransaction.requiringNew().call(() -> {
            PlanningRun run = PlanningRun.findById(runId);
            run.status = PlanningRunStatus.SOLVING;
            run.startedAt = clock.instant();
            return run;
        });
        state.readAt = clock.instant();
        PlanSnapshot snapshot = builder.snapshot(started.horizonFrom, started.horizonTo);
        AuditPlanWeights weights = this.weights.current();
        AuditPlan plan = snapshot.plan(weights);
        if (started.mode == PlanningMode.REPAIR) {
            state.scope = RepairScope.of(snapshot, plan, solutionManager);
            plan = snapshot.plan(weights, state.scope.kept());
        }
        state.unplaceable = UnplaceableAudits.of(plan);
        // last: a set snapshot tells live changes that the run's scope is ready
        state.snapshot = snapshot;
        Duration solving = limit.minus(Duration.between(started.createdAt, clock.instant())).minus(settings.finishReserve());
        timer.schedule(() -> solverManager.terminateEarly(runId), Math.max(solving.toMillis(), limit.toMillis() / 2),
                TimeUnit.MILLISECONDS);
        return state.unplaceable.solvable();
    }

    private void recordBest(long runId, AuditPlan best) {
        if (best.getScore() == null || !best.getScore().isSolutionInitialized()) {
            return;
        }
        Instant at = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            PlanningRunScore point = new PlanningRunScore();
            point.runId = runId;
            point.at = at;
            point.score = best.getScore().toString();
            point.persist();
        });
        events.progress(runId, PlanningRunEvent.progress(runId, best, at));
    }

    private void finish(long runId, Solving state, AuditPlan solved) {
        try {
            // a short solve may end before the best-solution consumer saw its last best score
            if (solved.getScore() != null && !events.latestScore(runId).equals(Optional.of(solved.getScore().toString()))) {
                recordBest(runId, solved);
            }
            GuardedPlan guarded = new HardRuleGuard(solutionManager).guard(state.unplaceable.restore(solved));
            Proposal proposal = Proposal.of(state.snapshot, guarded, explainer);
            QuarkusTransaction.requiringNew().run(() -> store(runId, proposal, state));
        } catch (RuntimeException e) {
            fail(runId, state, e);
            return;
        }
        solving.remove(runId);
        announceEnd(runId);
        state.done.complete(null);
    }

    /** Tells the run's subscribers its final state; its channel is dropped a minute later. */
    private void announceEnd(long runId) {
        try {
            PlanningRun run = QuarkusTransaction.requiringNew().call(() -> PlanningRun.<PlanningRun>findById(runId));
            if (run != null) {
                events.end(runId, PlanningRunEvent.of(run));
            }
            timer.schedule(() -> events.forget(runId), 1, TimeUnit.MINUTES);
        } catch (RuntimeException e) {
            LOG.warn("Could not announce the end of planning run " + runId, e);
            events.forget(runId);
        }
    }

    private void store(long runId, Proposal proposal, Solving state) {
        PlanningRun run = PlanningRun.findById(runId);
        if (!run.status.isActive()) {
            LOG.warn("Planning run " + runId + " ended " + run.status + " while solving (" + run.failureMessage
                    + "); its proposal is dropped");
            return;
        }
        HardMediumSoftLongScore score = proposal.score();
        run.score = score.toString();
        run.hardScore = score.hardScore();
        run.mediumScore = score.mediumScore();
        run.softScore = score.softScore();
        run.feasible = score.isFeasible();
        run.assignedCount = (int) proposal.assigned();
        run.unassignedCount = (int) proposal.unassigned();
        run.changedCount = (int) proposal.changed();
        run.fedInputs = state.fedInputs.get();
        // the best-solution consumer skips events while busy, so the final best may not have been recorded yet
        Optional<PlanningRunScore> last = PlanningRunScore.<PlanningRunScore>find("runId = ?1 order by at desc, id desc", runId)
                .firstResultOptional();
        if (last.isEmpty() || !last.get().score.equals(run.score)) {
            PlanningRunScore point = new PlanningRunScore();
            point.runId = runId;
            point.at = clock.instant();
            point.score = run.score;
            point.persist();
        }
        for (Proposal.Item item : proposal.items()) {
            PlanSnapshot.AuditRow read = item.read();
            PlanningRunChange change = new PlanningRunChange();
            change.runId = runId;
            change.auditId = read.id();
            change.auditVersion = read.version();
            change.changed = item.changed();
            change.oldStart = read.startDate();
            change.oldEnd = read.endDate();
            change.newStart = item.newStart();
            change.newEnd = item.newEnd();
            change.oldTeam = Texts.json(json, read.team());
            change.newTeam = Texts.json(json, item.newTeam());
            change.unassignedReason = item.unassignedReason();
            change.published = read.isPublished();
            change.forcedBy = item.changed() ? state.scope.forcedBy(read.id()) : null;
            change.explanationSummary = Texts.truncate(item.explanationSummary(), MAX_TEXT);
            change.explanation = Texts.json(json, item.impacts().stream().map(ImpactView::of).toList());
            change.persist();
        }
        run.finish(state.cancelRequested ? PlanningRunStatus.CANCELLED : PlanningRunStatus.COMPLETED, clock.instant());
    }

    private void fail(long runId, Solving state, Throwable failure) {
        LOG.error("Planning run " + runId + " failed", failure);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                PlanningRun run = PlanningRun.findById(runId);
                if (run != null && run.status.isActive()) {
                    run.failureMessage = Texts.truncate(String.valueOf(failure.getMessage()), MAX_TEXT);
                    run.finish(PlanningRunStatus.FAILED, clock.instant());
                }
            });
        } finally {
            solving.remove(runId);
            announceEnd(runId);
            state.done.complete(null);
        }
    }

    @Transactional
    public PlanningRun find(long id) {
        return PlanningRun.<PlanningRun>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("planning run", id));
    }

    @Transactional
    public PlanningRunView view(long id) {
        PlanningRun run = find(id);
        List<PlanningRunView.ScorePoint> history = PlanningRunScore.<PlanningRunScore>list("runId = ?1 order by at, id", id)
                .stream().map(p -> new PlanningRunView.ScorePoint(p.at, p.score)).toList();
        return PlanningRunView.of(run, history, run.status.hasProposal() ? staffing.of(id) : null);
    }

    /**
     * The run's progress as a stream: live while it solves in this process, otherwise its stored state once.
     * 404 for an unknown run.
     */
    @Transactional
    public Multi<PlanningRunEvent> events(long id) {
        PlanningRun run = find(id);
        return events.stream(id).orElseGet(() -> Multi.createFrom().item(PlanningRunEvent.of(run)));
    }

    /**
     * Stops a run early and waits (briefly) for it to store the best solution found so far as its proposal; the
     * run ends CANCELLED. A run that never started solving ends CANCELLED without a proposal.
     */
    public PlanningRunView cancel(long id) {
        PlanningRun run = find(id);
        if (!run.status.isActive()) {
            throw ProblemException.invalidState("planning run " + id + " is " + run.status + "; only an active run can be stopped");
        }
        Solving state = solving.get(id);
        if (state != null) {
            state.cancelRequested = true;
            solverManager.terminateEarly(id);
            if (state.snapshot == null && solverManager.getSolverStatus(id) == SolverStatus.NOT_SOLVING) {
                endWithoutProposal(id, state);
            }
            try {
                state.done.get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warn("Planning run " + id + " did not end within 30 s of being stopped", e);
            }
        } else {
            endWithoutProposal(id, null);
        }
        return view(id);
    }

    private void endWithoutProposal(long id, Solving state) {
        QuarkusTransaction.requiringNew().run(() -> {
            PlanningRun run = PlanningRun.findById(id);
            if (run.status.isActive()) {
                run.failureMessage = "stopped before solving began";
                run.finish(PlanningRunStatus.CANCELLED, clock.instant());
            }
        });
        if (state != null) {
            solving.remove(id);
        }
        announceEnd(id);
        if (state != null) {
            state.done.complete(null);
        }
    }

    @Transactional
    public List<PlanningChangeView> changes(long id) {
        PlanningRun run = find(id);
        requireProposal(run);
        return PlanningRunChange.<PlanningRunChange>list("runId = ?1 and changed = true order by auditId", id).stream()
                .map(c -> new PlanningChangeView(c.auditId, c.auditVersion,
                        new PlanningChangeView.Placement(c.oldStart, c.oldEnd, team(c.oldTeam)),
                        new PlanningChangeView.Placement(c.newStart, c.newEnd, team(c.newTeam)),
                        c.unassignedReason, c.explanationSummary, c.published, c.forcedBy))
                .toList();
    }

    /**
     * Writes every change of the proposal in one transaction, with an audit-trail entry per audit. Refused, with
     * nothing written, when an audit changed since the run read it or the proposal was already applied.
     */
    @Transactional
    public ApplyResult apply(long id, String appliedBy) {
        return apply(id, appliedBy, AuditEvent.Source.PLANNING_RUN);
    }

    /** {@link #apply(long, String)} with the audit trail naming {@code source} (the nightly job, say). */
    @Transactional
    public ApplyResult apply(long id, String appliedBy, AuditEvent.Source source) {
        attempts.begin(id, appliedBy);
        try {
            return write(id, appliedBy, source);
        } catch (RuntimeException e) {
            attempts.abandon(id);
            throw e;
        }
    }

    private ApplyResult write(long id, String appliedBy, AuditEvent.Source source) {
        PlanningRun run = em.find(PlanningRun.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw ProblemException.notFound("planning run", id);
        }
        requireProposal(run);
        if (run.appliedAt != null) {
            throw ProblemException.conflict("planning run " + id + " was already applied at " + run.appliedAt
                    + " by " + run.appliedBy);
        }
        String actor = appliedBy == null || appliedBy.isBlank() ? run.requestedBy : appliedBy;
        List<PlanningRunChange> changes = PlanningRunChange.list("runId = ?1 and changed = true order by auditId", id);
        List<Long> ids = changes.stream().map(c -> c.auditId).toList();
        Map<Long, Audit> audits = ids.isEmpty() ? Map.of() : em.createQuery("from Audit a where a.id in :ids", Audit.class)
                .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .collect(Collectors.toMap(a -> a.id, a -> a));
        List<String> stale = new ArrayList<>();
        for (PlanningRunChange change : changes) {
            Audit audit = audits.get(change.auditId);
            if (audit == null) {
                stale.add("audit " + change.auditId + " was deleted");
            } else if (audit.version != change.auditVersion) {
                stale.add("audit " + change.auditId + " is at version " + audit.version + ", the run read version "
                        + change.auditVersion);
            }
        }
        if (!stale.isEmpty()) {
            throw ProblemException.conflict("the plan changed since planning run " + id + " read it; nothing was "
                    + "applied; start a new run: " + String.join("; ", stale));
        }
        Map<Long, List<TeamMember>> currentTeams = ids.isEmpty() ? Map.of()
                : TeamMember.<TeamMember>list("auditId in ?1", ids).stream()
                        .collect(Collectors.groupingBy(m -> m.auditId));
        List<Long> replaced = new ArrayList<>();
        for (PlanningRunChange change : changes) {
            List<TeamEntry> team = team(change.newTeam);
            Set<Long> newMembers = team.stream().map(TeamEntry::auditorId).collect(Collectors.toSet());
            currentTeams.getOrDefault(change.auditId, List.of()).stream()
                    .filter(m -> m.role == TeamRole.LEAD || m.role == TeamRole.AUDITOR || newMembers.contains(m.auditorId))
                    .forEach(m -> replaced.add(m.id));
        }
        if (!replaced.isEmpty()) {
            TeamMember.delete("id in ?1", replaced);
        }
        for (PlanningRunChange change : changes) {
            Audit audit = audits.get(change.auditId);
            Placement placement = wholeOrNone(change, audit);
            audit.startDate = placement.start();
            audit.endDate = placement.end();
            audit.status = placement.start() == null ? AuditStatus.UNPLANNED : AuditStatus.PLANNED;
            audit.unassignedReason = placement.reason();
            for (TeamEntry entry : placement.team()) {
                TeamMember member = new TeamMember();
                member.auditId = audit.id;
                member.auditorId = entry.auditorId();
                member.role = entry.role();
                member.days = entry.days();
                member.persist();
            }
            em.lock(audit, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            trail.record(audit, source, actor, audit.status.name(), describe(change, placement),
                    "planning run " + id + " applied");
        }
        run.appliedAt = clock.instant();
        run.appliedBy = actor;
        applied.fire(new ProposalApplied(id, actor, changes));
        em.flush();
        attempts.end(id);
        return new ApplyResult(id, run.appliedAt, actor, ids);
    }

    /** The runs this replica is solving right now, their snapshots read. */
    public List<SolvingRun> solvingRuns() {
        List<SolvingRun> runs = new ArrayList<>();
        solving.forEach((runId, state) -> {
            if (state.snapshot != null && solverManager.getSolverStatus(runId) == SolverStatus.SOLVING_ACTIVE) {
                runs.add(new SolvingRun(runId, state.readAt, state.snapshot));
            }
        });
        return runs;
    }

    /**
     * Feeds an auditor's new leave to a run this replica is solving, without restarting it; false when the run is
     * not solving here. In a REPAIR run a published audit the leave now breaks is released as forced by CAP-2.
     */
    public boolean addAuditorLeave(long runId, long auditorId, List<LocalDate> days) {
        Solving state = solving.get(runId);
        if (state == null || state.snapshot == null) {
            return false;
        }
        return feed(runId, new AuditorLeaveChange(auditorId, days, state.scope, state.fedInputs::incrementAndGet));
    }

    /**
     * Feeds audits created since a run read its snapshot ({@code added}, read over the run's horizon) to the run
     * solving here, without restarting it; once in, they belong to its snapshot and so to its proposal. False when
     * the run is not solving here.
     */
    public boolean addAudits(long runId, PlanSnapshot added) {
        Solving state = solving.get(runId);
        if (state == null || state.snapshot == null) {
            return false;
        }
        DateRange known = state.snapshot.span();
        return feed(runId, new NewAuditsChange(added, known,
                audit -> state.unplaceable = state.unplaceable.with(audit), () -> {
                    state.snapshot = state.snapshot.including(added);
                    state.fedInputs.addAndGet(added.audits().size());
                }));
    }

    private boolean feed(long runId, ProblemChange<AuditPlan> change) {
        if (solverManager.getSolverStatus(runId) != SolverStatus.SOLVING_ACTIVE) {
            return false;
        }
        solverManager.addProblemChange(runId, change);
        return true;
    }

    /** The latest run with a proposal that planned the audit, with that audit's row. */
    @Transactional
    public Optional<PlanningRunChange> latestProposalFor(long auditId) {
        return em.createQuery("""
                        select c from PlanningRunChange c, PlanningRun r
                        where r.id = c.runId and c.auditId = :audit and r.status in :done
                        order by r.id desc""", PlanningRunChange.class)
                .setParameter("audit", auditId)
                .setParameter("done", List.of(PlanningRunStatus.COMPLETED, PlanningRunStatus.CANCELLED))
                .setMaxResults(1).getResultStream().findFirst();
    }

    List<ImpactView> impacts(PlanningRunChange change) {
        try {
            return json.readValue(change.explanation, new TypeReference<List<ImpactView>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable explanation of audit " + change.auditId, e);
        }
    }

    private static void requireProposal(PlanningRun run) {
        if (!run.status.hasProposal()) {
            throw ProblemException.invalidState("planning run " + run.id + " is " + run.status
                    + "; only a COMPLETED or CANCELLED run has a proposal");
        }
    }

    /** What apply writes for a change: its date and team when the team is whole (COMP-7), otherwise neither. */
    private record Placement(LocalDate start, LocalDate end, List<TeamEntry> team, String reason) {
    }

    private Placement wholeOrNone(PlanningRunChange change, Audit audit) {
        List<TeamEntry> team = team(change.newTeam);
        if (change.newStart == null) {
            return new Placement(null, null, team, change.unassignedReason);
        }
        Optional<String> missing = seats.missing(audit.onsiteDays, team.stream().map(TeamEntry::role).toList());
        if (missing.isEmpty()) {
            return new Placement(change.newStart, change.newEnd, team, change.unassignedReason);
        }
        String reason = change.unassignedReason != null ? change.unassignedReason
                : "left unplanned without a whole team (" + TeamSeats.RULE + "): " + missing.get();
        return new Placement(null, null, List.of(), Texts.truncate(reason, MAX_TEXT));
    }

    private static String describe(PlanningRunChange change, Placement placement) {
        String dates = Objects.equals(change.oldStart, placement.start()) && Objects.equals(change.oldEnd, placement.end())
                ? (placement.start() == null ? "unscheduled" : placement.start() + ".." + placement.end())
                : (change.oldStart == null ? "unscheduled" : change.oldStart + ".." + change.oldEnd) + " -> "
                        + (placement.start() == null ? "unscheduled" : placement.start() + ".." + placement.end());
        String members = placement.team().stream().map(m -> m.role() + " " + m.auditorId()).collect(Collectors.joining(", "));
        return dates + "; team: " + (members.isEmpty() ? "none" : members)
                + (placement.reason() == null ? "" : "; " + placement.reason());
    }

    private List<TeamEntry> team(String text) {
        try {
            return json.readValue(text, new TypeReference<List<TeamEntry>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable team " + text, e);
        }
    }
}
