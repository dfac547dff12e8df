package org.certplan.bench;

import java.util.Map;
import org.certplan.planning.AuditPlan;
import org.certplan.planning.AuditPlanWeights;
import org.certplan.planning.TeamSeat;
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
        long targetSoft, long stabilitySoft, long continuitySoft, long travelSoft, long balanceSoft) {

    public static final String CSV_HEADER = "score,hard,medium,soft,hardMatches,emptySeats,audits,assigned,unassigned,"
            + "target8_2,stability8_3,continuity8_4,travel8_5,balance8_6";

    /** {@code audits}: the number of audits of the snapshot (the guard may have dropped some from the plan). */
    public static PlanFigures of(AuditPlan plan, int audits, SolutionManager<AuditPlan, HardMediumSoftLongScore> solutions) {
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
        return new PlanFigures(explanation.getScore(), hardMatches, emptySeats, audits, assigned,
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
                "" + targetSoft, "" + stabilitySoft, "" + continuitySoft, "" + travelSoft, "" + balanceSoft);
    }
}
