package org.certplan.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchType;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;

class AuditPlanSolverTest {

    private static SolverConfig config(Duration limit, LocalSearchType localSearch) {
        return PlanningSolverConfig.create(limit, Optional.empty(), "NONE", localSearch);
    }

    @Test
    void solvesASmallCertificationBodyFeasiblyAndLeavesOnlyTheUnstaffableSeatEmpty() {
        SolverFactory<AuditPlan> factory = SolverFactory.create(config(Duration.ofSeconds(5), LocalSearchType.LATE_ACCEPTANCE));
        AuditPlan solved = factory.buildSolver().solve(SmallCbScenario.plan(29));

        assertThat(solved.getScore().hardScore()).isZero();
        List<TeamSeat> empty = solved.getSeats().stream().filter(seat -> !seat.isAssigned()).toList();
        assertThat(empty).extracting(seat -> seat.getAudit().getId()).containsExactly(SmallCbScenario.ENERGY_AUDIT);
        assertThat(solved.getScore().mediumScore()).as("one SA1 unstaffed at 6 × 100 %, and its empty seat")
                .isEqualTo(-(600 + 1));
        assertThat(solved.getAudits()).allSatisfy(audit -> {
            assertThat(audit.getStartDate()).isBetween(audit.getEarliestStart(), audit.getLatestEnd());
            assertThat(audit.getSeats()).allSatisfy(seat -> assertThat(seat.getStartDate()).isEqualTo(audit.getStartDate()));
        });

        List<CandidateVerdict> candidates = new EligibilityCheck(solved).candidatesFor(empty.get(0));
        assertThat(candidates).noneMatch(CandidateVerdict::eligible);
        CandidateVerdict expert = candidates.stream()
                .filter(c -> c.auditor().getId() == SmallCbScenario.ENERGY_EXPERT).findFirst().orElseThrow();
        // where the search leaves the audit's date decides whether CAP-1 comes on top; IMP-1 bars the expert anyway
        RuleBreach coolingOff = expert.breaches().stream().filter(b -> b.ruleId().equals("IMP-1")).findFirst()
                .orElseThrow();
        assertThat(coolingOff.until()).as("the first day the bar no longer applies").hasToString("2029-01-01");
        assertThat(expert.breaches()).extracting(RuleBreach::ruleId).isSubsetOf("IMP-1", "CAP-1");
        assertThat(candidates).filteredOn(c -> c.auditor().getId() != SmallCbScenario.ENERGY_EXPERT)
                .allSatisfy(c -> assertThat(c.breaches()).extracting(RuleBreach::ruleId).contains("COMP-3"));
    }

    @Test
    void theGreedyWarmStartThenLateAcceptanceReachesTheSamePlanQualityWithAnIncrementalScoreThatHolds() {
        SolverConfig greedy = PlanningSolverConfig.create(Duration.ofSeconds(4), Optional.empty(), "NONE",
                        Construction.GREEDY, PlanningSolverConfig.localSearch(LocalSearchType.LATE_ACCEPTANCE,
                                Optional.of(PlanningSolverConfig.LATE_ACCEPTANCE_SIZE), Optional.empty(), Optional.empty()))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        AuditPlan solved = SolverFactory.<AuditPlan>create(greedy).buildSolver().solve(SmallCbScenario.plan(15));

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getSeats().stream().filter(seat -> !seat.isAssigned()))
                .extracting(seat -> seat.getAudit().getId()).containsExactly(SmallCbScenario.ENERGY_AUDIT);
        assertThat(solved.getAudits()).allSatisfy(audit -> assertThat(audit.getSeats())
                .allSatisfy(seat -> assertThat(seat.getStartDate()).isEqualTo(audit.getStartDate())));
    }

    @Test
    void tabuSearchAlsoReachesAFeasiblePlan() {
        SolverFactory<AuditPlan> factory = SolverFactory.create(config(Duration.ofSeconds(3), LocalSearchType.TABU_SEARCH));
        AuditPlan solved = factory.buildSolver().solve(SmallCbScenario.plan(15));
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isEqualTo(-(600 + 1));
    }

    @Test
    void incrementalScoreMatchesAFullRecalculation() {
        SolverConfig fullAssert = config(Duration.ofSeconds(3), LocalSearchType.LATE_ACCEPTANCE)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        AuditPlan solved = SolverFactory.<AuditPlan>create(fullAssert).buildSolver().solve(SmallCbScenario.plan(8));
        assertThat(solved.getScore().hardScore()).isZero();
    }

    @Test
    void explainerListsTheRulesTouchingOneAudit() {
        SolverFactory<AuditPlan> factory = SolverFactory.create(config(Duration.ofSeconds(2), LocalSearchType.LATE_ACCEPTANCE));
        AuditPlan solved = factory.buildSolver().solve(SmallCbScenario.plan(6));
        PlanExplainer explainer = new PlanExplainer(SolutionManager.<AuditPlan, HardMediumSoftLongScore>create(factory));

        List<RuleImpact> energy = explainer.explain(solved, SmallCbScenario.ENERGY_AUDIT);
        assertThat(energy).anySatisfy(impact -> {
            assertThat(impact.ruleId()).isEqualTo("§8.1");
            assertThat(impact.constraintName()).isEqualTo(AuditPlanWeights.UNSTAFFED_SURVEILLANCE_1);
            assertThat(impact.impact()).isEqualTo(HardMediumSoftLongScore.ofMedium(-600));
            assertThat(impact.text()).contains("audit 1000", "has no whole team", "suspension");
        });
        assertThat(energy).anySatisfy(impact -> {
            assertThat(impact.constraintName()).isEqualTo(AuditPlanWeights.SEAT_UNASSIGNED);
            assertThat(impact.impact()).isEqualTo(HardMediumSoftLongScore.ofMedium(-1));
            assertThat(impact.text()).contains("1 of 1 seats of audit 1000");
        });
        assertThat(energy).allSatisfy(impact -> assertThat(impact.text()).contains("audit 1000"));

        PlanningAudit staffed = solved.audit(100);
        List<RuleImpact> travel = explainer.explain(solved, 100).stream()
                .filter(impact -> impact.ruleId().equals("CAP-5")).toList();
        assertThat(travel).hasSize(staffed.getSeatCount());
        assertThat(travel.get(0).auditorId()).isEqualTo(staffed.getSeats().get(0).getAuditor().getId());
    }
}
