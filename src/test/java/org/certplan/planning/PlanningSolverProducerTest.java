package org.certplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchType;
import org.optaplanner.core.config.solver.SolverConfig;

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
        assertThat(solved.getScore().mediumScore()).isEqualTo(-(600 + 1));
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

    @Test
    void everyLocalSearchTriesSeatSwapsThreeTimesAsOftenAsEachChange() {
        for (LocalSearchType type : List.of(LocalSearchType.LATE_ACCEPTANCE, LocalSearchType.TABU_SEARCH)) {
            SolverConfig config = PlanningSolverConfig.create(Duration.ofSeconds(1), Optional.empty(), "NONE", type);
            LocalSearchPhaseConfig localSearch = (LocalSearchPhaseConfig) config.getPhaseConfigList().get(1);
            UnionMoveSelectorConfig moves = (UnionMoveSelectorConfig) localSearch.getMoveSelectorConfig();

            assertThat(moves.getMoveSelectorList()).as(type.name())
                    .extracting(move -> move.getClass().getSimpleName(), MoveSelectorConfig::getFixedProbabilityWeight)
                    .containsExactly(tuple("ChangeMoveSelectorConfig", null), tuple("ChangeMoveSelectorConfig", null),
                            tuple("SwapMoveSelectorConfig", 3.0));
        }
    }
}
