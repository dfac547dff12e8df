package org.certplan.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.localsearch.LocalSearchType;

@QuarkusTest
class PlanningSolverProducerTest {

    @Inject
    SolverFactory<AuditPlan> solverFactory;

    @Inject
    SolverManager<AuditPlan, Long> solverManager;

    @Inject
    SolverSettings settings;

    @Inject
    PlanExplainer explainer;

    @Test
    void injectedSolverFactorySolvesATinyPlan() {
        AuditPlan solved = solverFactory.buildSolver().solve(SmallCbScenario.plan(3));

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isEqualTo(-1);
        assertThat(explainer.explain(solved, SmallCbScenario.ENERGY_AUDIT))
                .extracting(RuleImpact::ruleId).contains("§8.1");
    }

    @Test
    void injectedSolverManagerSolvesATinyPlan() throws ExecutionException, InterruptedException {
        AuditPlan solved = solverManager.solve(1L, SmallCbScenario.plan(2)).getFinalBestSolution();

        assertThat(solved.getScore().isSolutionInitialized()).isTrue();
        assertThat(solved.getSeats()).filteredOn(TeamSeat::isAssigned).hasSize(solved.getSeats().size() - 1);
    }

    @Test
    void settingsComeFromConfiguration() {
        assertThat(settings.timeLimit()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.unimprovedTimeLimit()).contains(Duration.ofSeconds(1));
        assertThat(settings.moveThreadCount()).isEqualTo("NONE");
        assertThat(settings.localSearch()).isEqualTo(LocalSearchType.LATE_ACCEPTANCE);
        assertThat(settings.lateAcceptanceSize()).isEqualTo(PlanningSolverConfig.LATE_ACCEPTANCE_SIZE);
        assertThat(settings.construction()).isEqualTo(Construction.valueOf(PlanningSolverConfig.DEFAULT_CONSTRUCTION));
    }
}
