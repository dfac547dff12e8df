package org.certplan.planning;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.certplan.audit.AssignmentRequest.Member;
import org.certplan.audit.AssignmentRules;
import org.certplan.audit.TeamRole;
import org.certplan.platform.problem.Problem;
import org.certplan.platform.problem.ProblemException;

/**
 * Judges a planner's date and team for one audit with the solver's constraints: a plan around the audit (its other
 * initial stage, and everything its possible auditors are booked on), the requested values put on the planning
 * entities, and the hard constraint matches that involve the audit read from an incremental score director.
 * COMP-1 (exactly one lead) and COMP-5 (team size) are structural in the planning model (seat 0 is the lead, the
 * seat count follows from the on-site days), so they are read from the model's structure here.
 */
@ApplicationScoped
public class ManualAssignmentJudge implements AssignmentRules {

    private final AuditPlanBuilder builder;
    private final PlanScoring scoring;

    public ManualAssignmentJudge(AuditPlanBuilder builder, PlanScoring scoring) {
        this.builder = builder;
        this.scoring = scoring;
    }

    @Override
    public Placement judge(long auditId, LocalDate startDate, List<Member> team) {
        PlanSnapshot snapshot = builder.snapshotAround(auditId, startDate)
                .orElseThrow(() -> ProblemException.notFound("audit", auditId));
        for (int i = 0; i < team.size(); i++) {
            if (!snapshot.hasAuditor(team.get(i).auditorId())) {
                throw ProblemException.invalid("team[" + i + "].auditorId",
                        "auditor " + team.get(i).auditorId() + " does not exist");
            }
        }
        List<Member> leads = team.stream().filter(m -> m.role() == TeamRole.LEAD).toList();
        List<Member> counting = new ArrayList<>(leads);
        team.stream().filter(m -> m.role() == TeamRole.AUDITOR).forEach(counting::add);
        PlanSnapshot.AuditRow row = snapshot.audits().get(auditId);
        AuditPlan plan = snapshot.planAround(auditId, counting.size(), new AuditPlanWeights());
        PlanningAudit audit = plan.audit(auditId);
        PlanningPolicy policy = plan.getPolicy();

        Set<Problem.RuleBreach> breaches = new LinkedHashSet<>();
        if (!team.isEmpty() && leads.size() != 1) {
            breaches.add(new Problem.RuleBreach("COMP-1", "the team has " + leads.size() + " leads; an audit has exactly one"));
        }
        if (!counting.isEmpty() && counting.size() < audit.getSeatCount()) {
            breaches.add(new Problem.RuleBreach("COMP-5", audit.getOnsiteDays() + " on-site days need at least "
                    + audit.getSeatCount() + " auditors (lead included) of at most "
                    + policy.maxConsecutiveDaysPerAuditor() + " days each; the team has " + counting.size()));
        }
        BigDecimal share = Proposal.seatDays(row.auditorDays(), audit.getSeatCount());
        List<Member> withDays = team.stream().map(m -> m.days() != null ? m
                : new Member(m.auditorId(), m.role(), m.counts() ? share : BigDecimal.valueOf(audit.getDurationDays())))
                .toList();
        BigDecimal max = BigDecimal.valueOf(policy.maxConsecutiveDaysPerAuditor());
        for (Member m : withDays) {
            BigDecimal onsite = onsiteShare(m.days(), row);
            if (m.counts() && onsite.compareTo(max) > 0) {
                breaches.add(new Problem.RuleBreach("COMP-5", "auditor " + m.auditorId() + " would spend " + onsite
                        + " of " + m.days() + " auditor-days on site, more than " + max + " consecutive days"));
            }
        }
        if (startDate == null) {
            return new Placement(null, withDays, List.copyOf(breaches));
        }

        audit.setStartDate(startDate);
        List<TeamSeat> seats = audit.getSeats();
        for (TeamSeat seat : seats) {
            seat.setStartDate(startDate);
            seat.setAuditor(null);
        }
        int offset = leads.isEmpty() ? 1 : 0;
        for (int i = 0; i < counting.size() && i + offset < seats.size(); i++) {
            seats.get(i + offset).setAuditor(snapshot.auditor(counting.get(i).auditorId()));
        }
        try (IncrementalPlanScore score = scoring.open(withTeamFacts(plan, audit, team, snapshot))) {
            score.hardMatches(auditId).forEach(match -> breaches.add(new Problem.RuleBreach(match.ruleId(), match.text())));
        }
        return new Placement(audit.lastDay(), withDays, List.copyOf(breaches));
    }

    /** A member's on-site days: their auditor-days at the audit's on-site share. */
    private static BigDecimal onsiteShare(BigDecimal days, PlanSnapshot.AuditRow row) {
        if (row.auditorDays() == null || row.auditorDays().signum() == 0) {
            return days;
        }
        return days.multiply(row.onsiteDays()).divide(row.auditorDays(), 1, RoundingMode.HALF_UP);
    }

    /** The plan with the audit's technical experts and interpreter as requested (they hold no seat). */
    private static AuditPlan withTeamFacts(AuditPlan plan, PlanningAudit audit, List<Member> team, PlanSnapshot snapshot) {
        audit.supportedBy(team.stream().filter(m -> m.role() == TeamRole.TECHNICAL_EXPERT)
                        .map(m -> snapshot.auditor(m.auditorId())).toList(),
                team.stream().anyMatch(m -> m.role() == TeamRole.INTERPRETER));
        return plan;
    }
}
