package org.certplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.planning.TestData.MONDAY;
import static org.certplan.planning.TestData.POLICY;
import static org.certplan.planning.TestData.audit;
import static org.certplan.planning.TestData.auditor;
import static org.certplan.planning.TestData.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchType;

class AuditPlanWeightsTest {

    private final SolutionManager<AuditPlan, HardMediumSoftLongScore> solutionManager = SolutionManager.create(
            SolverFactory.create(PlanningSolverConfig.create(Duration.ofSeconds(1), Optional.empty(), "NONE",
                    LocalSearchType.LATE_ACCEPTANCE)));

    private AuditPlan plan(AuditPlanWeights weights) {
        PlanningClient munich = client(1).at(48.137, 11.575).build();
        PlanningAuditor berlin = auditor(10).lead("IT").build();
        PlanningAudit audit = audit(1, munich, MONDAY, "2").target(MONDAY.plusDays(3)).build(POLICY);
        audit.getSeats().get(0).setAuditor(berlin);
        PlanningAudit empty = audit(2, munich, MONDAY.plusWeeks(2), "2").build(POLICY);
        return new AuditPlan(List.of(berlin), List.of(munich), List.of(audit, empty), POLICY, weights);
    }

    @Test
    void defaultWeights_applyPerUnit() {
        HardMediumSoftLongScore score = solutionManager.update(plan(new AuditPlanWeights()));
        // audit 2 unstaffed: SA1 6 x 100 % and 1 empty seat; 3 days early x 5, 504 km x 1, workload 2 * 2 * 100 / 150 = 2
        assertThat(score).isEqualTo(HardMediumSoftLongScore.of(0, -(600 + 1), -(15 + 504 + 2)));
    }

    @Test
    void changedWeights_changeTheScoreWithoutARebuild() {
        AuditPlanWeights weights = new AuditPlanWeights()
                .setTravelDistance(HardMediumSoftLongScore.ZERO)
                .setEarlierThanTarget(HardMediumSoftLongScore.ofSoft(100))
                .setUnstaffedSurveillance1(HardMediumSoftLongScore.ofMedium(2))
                .setSeatUnassigned(HardMediumSoftLongScore.ofMedium(7));
        assertThat(solutionManager.update(plan(weights)))
                .isEqualTo(HardMediumSoftLongScore.of(0, -(200 + 7), -(300 + 2)));
    }
}
