package org.certplan.bench;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.certplan.planning.AuditPlan;
import org.certplan.planning.AuditPlanWeights;
import org.certplan.planning.PlanningAudit;
import org.certplan.planning.RunStaffing;
import org.certplan.planning.TeamSeat;
import org.certplan.programme.AuditType;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;

/**
 * A plan's figures as the report shows them: the score, how many hard matches remain, how many of the snapshot's
 * audits are fully staffed, and the soft score split into the §8 components (§8.2 target dates, §8.3 stability,
 * §8.4 continuity, §8.5 travel, §8.6 balance). Scored by the production constraints through the SolutionManager.
 */
public record PlanFigures(HardMediumSoftLongScore score, long hardMatches, long emptySeats, int audits, int assigned,
        Unstaffed unstaffed, long targetSoft, long stabilitySoft, long continuitySoft, long travelSoft,
        long balanceSoft) {

    public static final String CSV_HEADER = "score,hard,medium,soft,hardMatches,emptySeats,audits,assigned,unassigned,"
            + Unstaffed.CSV_HEADER + ",target8_2,stability8_3,continuity8_4,travel8_5,balance8_6";

    /**
     * What a plan leaves unstaffed over every audit of the snapshot, in the numbers a planner counts: by type, the
     * auditor-days, the certificates put at risk (suspension or expiry) and the §8.1 risk-weighted level.
     */
    public record Unstaffed(Map<AuditType, Integer> byType, BigDecimal auditorDays, int certificatesAtRisk,
            long riskWeighted) {

        static final String CSV_HEADER = Arrays.stream(AuditType.values()).map(t -> "unstaffed_" + t)
                .collect(Collectors.joining(",")) + ",auditorDaysNotStaffed,certificatesAtRisk,riskWeighted";

        static Unstaffed of(AuditPlan plan, List<PlanningAudit> problem) {
            Set<Long> staffed = plan.getAudits().stream()
                    .filter(audit -> audit.getSeats().stream().allMatch(TeamSeat::isAssigned))
                    .map(PlanningAudit::getId).collect(Collectors.toSet());
            RunStaffing staffing = RunStaffing.of(problem, staffed);
            long risk = problem.stream().filter(audit -> !staffed.contains(audit.getId()))
                    .mapToLong(audit -> plan.getWeights().unstaffedCost(audit, plan.getPolicy().nearDeadlineDays()))
                    .sum();
            return new Unstaffed(staffing.unstaffedByType(), staffing.auditorDaysNotStaffed(),
                    staffing.certificatesAtRisk().size(), risk);
        }

        String csv() {
            return Arrays.stream(AuditType.values()).map(t -> "" + byType.getOrDefault(t, 0))
                    .collect(Collectors.joining(",")) + "," + auditorDays + "," + certificatesAtRisk + "," + riskWeighted;
        }
    }

    /** {@code problem}: the audits of the snapshot (the guard may have dropped some from the plan). */
    public static PlanFigures of(AuditPlan plan, List<PlanningAudit> problem,
            SolutionManager<AuditPlan, HardMediumSoftLongScore> solutions) {
        ScoreExplanation<AuditPlan, HardMediumSoftLongScore> explanation = solutions.explain(plan);
        Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> totals = explanation.getConstraintMatchTotalMap();
        long hardMatches = totals.values().stream().filter(t -> t.getScore().hardScore() < 0)
                .mapToLong(ConstraintMatchTotal::getConstraintMatchCount).sum();
        int assigned = (int) plan.getAudits().stream()
                .filter(audit -> audit.getId() > 0)
                .filter(audit -> audit.getSeats().stream().allMatch(TeamSeat::isAssigned))
                .count();
        // seats of audits the guard left unplanned are not in the plan: they count as unassigned audits, not seats
        long emptySeats = plan.getSeats().stream().filter(seat -> seat.getAudit().getId() > 0 && !seat.isAssigned()).count();
        return new PlanFigures(explanation.getScore(), hardMatches, emptySeats, problem.size(), assigned,
                Unstaffed.of(plan, problem),
                soft(totals, AuditPlanWeights.EARLIER_THAN_TARGET) + soft(totals, AuditPlanWeights.LATER_THAN_TARGET),
                soft(totals, AuditPlanWeights.PUBLISHED_DATE_MOVED) + soft(totals, AuditPlanWeights.PUBLISHED_TEAM_CHANGED),
                soft(totals, AuditPlanWeights.LEAD_CONTINUITY),
                soft(totals, AuditPlanWeights.TRAVEL_DISTANCE),
                soft(totals, AuditPlanWeights.WORKLOAD_BALANCE));
    }

    private static long soft(Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> totals, String name) {
        return totals.values().stream().filter(t -> t.getConstraintName().equals(name))
                .mapToLong(t -> t.getScore().softScore()).sum();
    }

    public int unassigned() {
        return audits - assigned;
    }

    public String csv() {
        return String.join(",", score.toString(), "" + score.hardScore(), "" + score.mediumScore(),
                "" + score.softScore(), "" + hardMatches, "" + emptySeats, "" + audits, "" + assigned, "" + unassigned(),
                unstaffed.csv(), "" + targetSoft, "" + stabilitySoft, "" + continuitySoft, "" + travelSoft, "" + balanceSoft);
    }
}
