package org.certplan.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.certplan.platform.paging.PageParams;
import org.certplan.platform.paging.PageResult;
import org.certplan.platform.problem.IfMatch;
import org.certplan.platform.problem.Problem;
import org.certplan.platform.problem.ProblemException;
import org.certplan.platform.text.Texts;
import org.certplan.programme.AuditType;
import org.certplan.programme.CycleCalendar;
import org.certplan.programme.RuleViolation;
import org.certplan.programme.Window;

/** Reads audits and records that they were held, with their findings. */
@ApplicationScoped
public class AuditService {

    private static final int MAX_REASON = 4000;

    private static final int MAX_UNASSIGNED_REASON = 2000;

    @Inject
    AuditTrail trail;

    @Inject
    Findings findings;

    @Inject
    CycleCalendar calendar;

    @Inject
    TeamView teams;

    @Inject
    Event<AuditCompleted> completed;

    @Inject
    Clock clock;

    @Inject
    AssignmentRules assignmentRules;

    @Inject
    TeamSeats seats;

    @Inject
    EntityManager em;

    public Audit find(long id) {
        return Audit.<Audit>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("audit", id));
    }

    public AuditView view(long id) {
        return view(find(id));
    }

    public AuditView view(Audit audit) {
        return AuditView.of(audit, teams.of(audit.id), seats);
    }

    public PageResult<AuditView> list(AuditFilter filter, PageParams paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.from() != null) {
            where.append(" and coalesce(endDate, latestEnd) >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and coalesce(startDate, earliestStart) <= :to");
            params.and("to", filter.to());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.type() != null) {
            where.append(" and type = :type");
            params.and("type", filter.type());
        }
        if (filter.clientId() != null) {
            where.append(" and clientId = :clientId");
            params.and("clientId", filter.clientId());
        }
        if (filter.certificationId() != null) {
            where.append(" and certificationId = :certificationId");
            params.and("certificationId", filter.certificationId());
        }
        if (filter.auditorId() != null) {
            where.append(" and id in (select m.auditId from TeamMember m where m.auditorId = :auditorId)");
            params.and("auditorId", filter.auditorId());
        }
        PanacheQuery<Audit> query = Audit.find(where + " order by coalesce(startDate, targetDate), id", params)
                .page(paging.panache());
        return new PageResult<>(query.list(), paging.page, paging.size, query.count()).map(this::view);
    }

    public List<Audit> ofCertification(long certificationId) {
        return Audit.list("certificationId = ?1 order by cycleNumber, earliestStart, id", certificationId);
    }

    public Optional<Audit> openOfType(long certificationId, int cycleNumber, AuditType type) {
        return Audit.<Audit>find("certificationId = ?1 and cycleNumber = ?2 and type = ?3 and status not in ?4",
                certificationId, cycleNumber, type, List.of(AuditStatus.COMPLETED, AuditStatus.CANCELLED))
                .firstResultOptional();
    }

    public Optional<Audit> completedOfType(long certificationId, int cycleNumber, AuditType type) {
        return Audit.<Audit>find("certificationId = ?1 and cycleNumber = ?2 and type = ?3 and status = ?4 "
                        + "order by endDate desc", certificationId, cycleNumber, type, AuditStatus.COMPLETED)
                .firstResultOptional();
    }

    @Transactional
    public AuditView complete(long id, CompletionRequest request) {
        Audit audit = find(id);
        if (!audit.isOpen()) {
            throw ProblemException.invalidState("audit " + id + " is " + audit.status + "; only an open audit can be completed");
        }
        LocalDate start = request.startDate() != null ? request.startDate() : audit.startDate;
        if (start == null) {
            throw ProblemException.invalid("startDate", "is required: the audit has no planned start date");
        }
        if (request.endDate().isBefore(start)) {
            throw ProblemException.invalid("endDate", "must not be before the start date " + start);
        }
        if (request.endDate().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("endDate", "lies in the future; record an audit once it has been held");
        }
        if (audit.type == AuditType.STAGE_2) {
            requireStage1Before(audit, start);
        }
        audit.startDate = start;
        audit.endDate = request.endDate();
        audit.status = AuditStatus.COMPLETED;
        String actor = request.actor() == null ? "planner" : request.actor();
        trail.record(audit, AuditEvent.Source.PLANNER, actor, "COMPLETED",
                "held " + start + " .. " + audit.endDate + ", " + request.findingsOrEmpty().size() + " finding(s)",
                null);
        findings.raise(audit, request.findingsOrEmpty());
        completed.fire(new AuditCompleted(audit.id, audit.certificationId, audit.type, start, audit.endDate));
        return view(audit);
    }

    /**
     * A planner's manual assignment: judged against the hard rules, written only when it breaks none or is forced
     * with a reason, and recorded in the trail with what changed, why and which rules were overridden. A date
     * needs a whole team (COMP-7); an empty team without a new date releases the audit: UNPLANNED, no date.
     *
     * <p>The audit is read, judged and written in turns that each hold at most one connection, and none while the
     * rules are scored. The write locks the audit and refuses with 409 when it changed after it was read, so of
     * concurrent assignments of one version exactly one is written.
     */
    public AuditView assign(long id, AssignmentRequest request, String ifMatch) {
        Judgement judgement = judge(QuarkusTransaction.joiningExisting().call(() -> asked(id, request, ifMatch)));
        return QuarkusTransaction.joiningExisting().call(() -> write(judgement));
    }

    /** What is asked of the audit as it stands: the team and start to judge. */
    private record Asked(long auditId, long version, AssignmentRequest request, List<AssignmentRequest.Member> team,
            LocalDate start, BigDecimal onsiteDays) {
    }

    /** The asked placement with the rules it breaks and, when a date comes without a whole team, what is missing. */
    private record Judgement(Asked asked, AssignmentRules.Placement placement, List<Problem.RuleBreach> breaches,
            Optional<String> missing) {

        List<String> overridden() {
            return breaches.stream().map(Problem.RuleBreach::rule).distinct().toList();
        }
    }

    private Asked asked(long id, AssignmentRequest request, String ifMatch) {
        Audit audit = find(id);
        requireVersion(audit, request.version(), ifMatch);
        requireOpen(audit);
        List<AssignmentRequest.Member> team = request.team() != null ? request.team() : members(teamOf(id));
        requireDistinct(team);
        LocalDate start = request.releases() ? null : request.startDate() != null ? request.startDate()
                : audit.startDate;
        if (start == null && !team.isEmpty()) {
            throw ProblemException.invalid("startDate", "is required: audit " + id
                    + " has no date, and a team is judged on its dates");
        }
        return new Asked(id, audit.version, request, team, start, audit.onsiteDays);
    }

    private Judgement judge(Asked asked) {
        AssignmentRules.Placement placement = assignmentRules.judge(asked.auditId(), asked.start(), asked.team());
        List<Problem.RuleBreach> breaches = new ArrayList<>(placement.breaches());
        Optional<String> missing = asked.start() == null ? Optional.empty()
                : seats.missing(asked.onsiteDays(), asked.team().stream().map(AssignmentRequest.Member::role).toList());
        missing.ifPresent(gap -> breaches.add(new Problem.RuleBreach(TeamSeats.RULE, "audit " + asked.auditId()
                + " would have a date without a whole team (" + gap + "); an audit is planned only with a lead and "
                + "every seat filled")));
        Judgement judgement = new Judgement(asked, placement, breaches, missing);
        if (!judgement.overridden().isEmpty() && !asked.request().forced()) {
            throw ProblemException.rules(breaches);
        }
        return judgement;
    }

    private AuditView write(Judgement judgement) {
        Asked asked = judgement.asked();
        AssignmentRequest request = asked.request();
        long id = asked.auditId();
        Audit audit = em.find(Audit.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (audit == null) {
            throw ProblemException.notFound("audit", id);
        }
        if (audit.version != asked.version()) {
            throw ProblemException.staleVersion("audit " + id, asked.version(), audit.version);
        }
        List<TeamMember> current = teamOf(id);
        String before = describe(audit, members(current));
        AuditStatus oldStatus = audit.status;
        LocalDate start = asked.start();
        boolean dateChanged = !Objects.equals(start, audit.startDate);
        if (request.team() != null) {
            replaceTeam(id, current, judgement.placement().team());
        }
        audit.startDate = start;
        audit.endDate = judgement.placement().endDate();
        if (request.pinned() != null) {
            audit.pinned = request.pinned();
        }
        String actor = actor(request.actor());
        if (start == null) {
            audit.status = AuditStatus.UNPLANNED;
            if (request.releases()) {
                audit.unassignedReason = Texts.truncate("released by " + actor + ": " + request.reason().strip(),
                        MAX_UNASSIGNED_REASON);
            }
        } else {
            if (audit.status != AuditStatus.CONFIRMED || dateChanged) {
                audit.status = AuditStatus.PLANNED;
            }
            audit.unassignedReason = judgement.missing().map(gap -> Texts.truncate(TeamSeats.RULE
                    + ": incomplete team (" + gap + ") forced by " + actor + ": " + request.reason().strip(),
                    MAX_UNASSIGNED_REASON)).orElse(null);
        }
        em.lock(audit, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        List<String> overridden = judgement.overridden();
        String after = describe(audit, judgement.placement().team());
        String detail = before + " -> " + after
                + (oldStatus == audit.status ? "" : "; status " + oldStatus + " -> " + audit.status)
                + (overridden.isEmpty() ? "" : "; overrode " + String.join(", ", overridden));
        trail.record(audit, AuditEvent.Source.PLANNER, actor,
                overridden.isEmpty() ? "ASSIGNED" : "ASSIGNED_OVERRIDING_RULES", Texts.truncate(detail, MAX_REASON),
                request.reason().strip());
        em.flush();
        return view(audit);
    }

    /**
     * The old members go by their ids, not by a range over the audit's rows: a range delete would lock the index
     * gap beside the audit's rows, and concurrent assignments of neighbouring audits would deadlock on it.
     */
    private static void replaceTeam(long auditId, List<TeamMember> current, List<AssignmentRequest.Member> team) {
        if (!current.isEmpty()) {
            TeamMember.delete("id in ?1", current.stream().map(m -> m.id).toList());
        }
        for (AssignmentRequest.Member m : team) {
            TeamMember member = new TeamMember();
            member.auditId = auditId;
            member.auditorId = m.auditorId();
            member.role = m.role();
            member.days = m.days();
            member.persist();
        }
    }

    private static List<TeamMember> teamOf(long auditId) {
        return TeamMember.list("auditId = ?1 order by id", auditId);
    }

    private static List<AssignmentRequest.Member> members(List<TeamMember> team) {
        return team.stream().filter(m -> m.auditorId != null)
                .map(m -> new AssignmentRequest.Member(m.auditorId, m.role, m.days)).toList();
    }

    private static void requireOpen(Audit audit) {
        if (!audit.isOpen()) {
            throw ProblemException.invalidState("audit " + audit.id + " is " + audit.status + "; a " + audit.status
                    + " audit cannot be reassigned");
        }
    }

    /** The client agreed to the date: CONFIRMED and pinned, so that planning runs keep it. */
    @Transactional
    public AuditView confirm(long id, ConfirmationRequest request, String ifMatch) {
        Audit audit = find(id);
        requireVersion(audit, request == null ? null : request.version(), ifMatch);
        if (audit.status != AuditStatus.PLANNED) {
            throw ProblemException.invalidState("audit " + id + " is " + audit.status
                    + "; only a PLANNED audit (with a date and a team) can be confirmed");
        }
        audit.status = AuditStatus.CONFIRMED;
        audit.pinned = true;
        em.lock(audit, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        trail.record(audit, AuditEvent.Source.PLANNER, actor(request == null ? null : request.actor()), "CONFIRMED",
                "date " + audit.startDate + ".." + audit.endDate + " agreed with the client; status PLANNED -> CONFIRMED, pinned",
                request == null || request.reason() == null || request.reason().isBlank() ? null : request.reason().strip());
        em.flush();
        return view(audit);
    }

    private static void requireVersion(Audit audit, Long bodyVersion, String ifMatch) {
        Long headerVersion = IfMatch.parse(ifMatch).map(IfMatch::version).orElse(null);
        if (bodyVersion != null && headerVersion != null && !bodyVersion.equals(headerVersion)) {
            throw ProblemException.invalid("version", "body version " + bodyVersion + " and If-Match " + headerVersion
                    + " differ");
        }
        Long sent = bodyVersion != null ? bodyVersion : headerVersion;
        if (sent != null && sent != audit.version) {
            throw ProblemException.staleVersion("audit " + audit.id, sent, audit.version);
        }
    }

    private static void requireDistinct(List<AssignmentRequest.Member> team) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < team.size(); i++) {
            if (!seen.add(team.get(i).auditorId())) {
                throw ProblemException.invalid("team[" + i + "].auditorId", "auditor " + team.get(i).auditorId()
                        + " is on the team twice");
            }
        }
    }

    private static String describe(Audit audit, List<AssignmentRequest.Member> team) {
        String dates = audit.startDate == null ? "no date" : audit.startDate + ".." + audit.endDate;
        String members = team.stream().map(m -> m.role() + " " + m.auditorId() + " (" + m.days() + " d)")
                .collect(Collectors.joining(", "));
        return dates + ", team " + (members.isEmpty() ? "none" : members) + (audit.pinned ? ", pinned" : "");
    }

    private static String actor(String actor) {
        return actor == null || actor.isBlank() ? "planner" : actor.strip();
    }

    /** Moves an open audit's window, e.g. when the audit it depends on was held (CYC-5, CYC-7). */
    public void reschedule(Audit audit, Window window, String why) {
        if (!audit.isOpen()) {
            return;
        }
        audit.earliestStart = window.earliestStart();
        audit.targetDate = window.target();
        audit.latestEnd = window.latestEnd();
        trail.system(audit, "WINDOW_CHANGED", "due " + window.earliestStart() + " .. " + window.latestEnd()
                + ", target " + window.target() + ": " + why);
    }

    /** Cancels every open audit of a certification, e.g. at withdrawal. */
    public void cancelOpen(long certificationId, String actor, String reason) {
        for (Audit audit : ofCertification(certificationId)) {
            if (audit.isOpen()) {
                audit.status = AuditStatus.CANCELLED;
                trail.record(audit, AuditEvent.Source.PLANNER, actor, "CANCELLED", null, reason);
            }
        }
    }

    public List<AuditEventView> history(long id) {
        find(id);
        return trail.history(id).stream().map(AuditEventView::of).toList();
    }

    /** CYC-7: stage 2 is held after stage 1, not sooner than the minimum gap and not later than the maximum. */
    private void requireStage1Before(Audit stage2, LocalDate start) {
        Audit stage1 = completedOfType(stage2.certificationId, stage2.cycleNumber, AuditType.STAGE_1)
                .orElseThrow(() -> ProblemException.invalidState("stage 1 of certification "
                        + stage2.certificationId + " has not been completed; stage 2 cannot be recorded before it"));
        Window allowed = calendar.stage2AfterStage1(stage1.endDate);
        if (start.isBefore(allowed.earliestStart())) {
            throw new RuleViolation("CYC-7", "stage 2 may start on " + allowed.earliestStart()
                    + " at the earliest, after stage 1 ended on " + stage1.endDate);
        }
        if (start.isAfter(allowed.latestEnd())) {
            throw new RuleViolation("CYC-7", "stage 1 (ended " + stage1.endDate + ") is no longer valid after "
                    + allowed.latestEnd() + "; stage 1 must be repeated");
        }
    }

    public List<AuditView> views(List<Audit> audits) {
        List<AuditView> views = new ArrayList<>();
        audits.forEach(a -> views.add(view(a)));
        return views;
    }
}
