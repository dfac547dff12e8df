package org.certplan.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certplan.planning.AuditPlan;
import org.certplan.planning.Construction;
import org.certplan.planning.PlanningSolverConfig;
import org.certplan.planning.TeamSeat;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.ProblemBenchmarksConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.benchmark.config.statistic.ProblemStatisticType;
import org.optaplanner.benchmark.impl.DefaultPlannerBenchmark;
import org.optaplanner.benchmark.impl.result.SolverBenchmarkResult;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchType;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The solver configurations compared with the OptaPlanner Benchmarker on one problem: the production default
 * against other construction heuristics, local search types, acceptor settings and move selectors. The HTML
 * report lands in {@code target/benchmarks/benchmarker-<size>/}; the ranking goes to {@code benchmarker.csv}.
 */
final class SolverConfigurations {

    private SolverConfigurations() {
    }

    static Map<String, SolverConfig> candidates(Duration limit) {
        Map<String, SolverConfig> configs = new LinkedHashMap<>();
        SolverVariant production = SolverVariant.PRODUCTION;
        int otherCount = production.acceptedCount() == 1 ? 4 : 1;
        configs.put("default (" + start(production.construction()) + " - late acceptance 100 - accepted count "
                + production.acceptedCount() + ")", production.config(limit));
        configs.put("late acceptance 400", withLocalSearch(limit, la(400, production.acceptedCount())));
        configs.put("late acceptance 100 - accepted count " + otherCount, withLocalSearch(limit, la(100, otherCount)));
        configs.put("tabu search (entity ratio 0.02 - accepted count 100)", withLocalSearch(limit,
                PlanningSolverConfig.localSearch(LocalSearchType.TABU_SEARCH, Optional.empty(), Optional.of(0.02),
                        Optional.of(100))));
        for (MoveMix moves : List.of(MoveMix.OPTAPLANNER_DEFAULT, MoveMix.CHANGE_ONLY)) {
            configs.put("late acceptance 100 - " + moves.label,
                    new SolverVariant(production.construction(), production.acceptedCount(), moves).config(limit));
        }
        configs.put("seat first fit unsorted - late acceptance 100", withConstruction(limit, firstFitSeats()));
        for (Construction construction : Construction.values()) {
            if (construction != production.construction()) {
                configs.put(start(construction) + " - late acceptance 100",
                        new SolverVariant(construction, production.acceptedCount(), production.moves()).config(limit));
            }
        }
        return configs;
    }

    private static String start(Construction construction) {
        return construction == Construction.GREEDY ? "greedy start" : "seat FFD";
    }

    static void benchmark(String size, AuditPlan problem, Duration limit, Path artefacts, CsvFile results) {
        List<SolverBenchmarkConfig> solverBenchmarks = new ArrayList<>();
        candidates(limit).forEach((name, config) -> solverBenchmarks.add(new SolverBenchmarkConfig()
                .withName(name).withSolverConfig(config).withSubSingleCount(1)
                .withProblemBenchmarksConfig(new ProblemBenchmarksConfig().withProblemStatisticTypes(
                        ProblemStatisticType.BEST_SCORE, ProblemStatisticType.STEP_SCORE,
                        ProblemStatisticType.SCORE_CALCULATION_SPEED, ProblemStatisticType.MOVE_COUNT_PER_STEP))));
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig();
        config.setName("certplan " + size + " " + limit.toSeconds() + " s");
        config.setBenchmarkDirectory(artefacts.resolve("benchmarker-" + size).toFile());
        config.setParallelBenchmarkCount("1");
        config.setWarmUpSecondsSpentLimit(limit.toSeconds()); // no configuration ranked on a cold JIT
        config.setSolverBenchmarkConfigList(solverBenchmarks);
        DefaultPlannerBenchmark benchmark = (DefaultPlannerBenchmark) PlannerBenchmarkFactory.create(config)
                .buildPlannerBenchmark(problem);
        benchmark.benchmark();
        double load = MachineLoad.oneMinute();
        for (SolverBenchmarkResult result : benchmark.getPlannerBenchmarkResult().getSolverBenchmarkResultList()) {
            results.add(size, limit.toSeconds(), result.getRanking(), result.getName(), result.getAverageScore(),
                    result.getAverageScoreCalculationSpeed(), load,
                    artefacts.getFileName().resolve("benchmarker-" + size));
        }
    }

    static final String HEADER = "size,limitSeconds,ranking,configuration,bestScore,calcPerSecond,load1,report";

    private static LocalSearchPhaseConfig la(int size, int acceptedCount) {
        return PlanningSolverConfig.localSearch(LocalSearchType.LATE_ACCEPTANCE, Optional.of(size), Optional.empty(),
                Optional.of(acceptedCount));
    }

    private static SolverConfig withLocalSearch(Duration limit, LocalSearchPhaseConfig localSearch) {
        return PlanningSolverConfig.create(limit, Optional.empty(), "NONE", localSearch);
    }

    private static SolverConfig withConstruction(Duration limit, ConstructionHeuristicPhaseConfig construction) {
        SolverConfig config = PlanQualityBench.solverConfig(limit);
        List<PhaseConfig> phases = new ArrayList<>(config.getPhaseConfigList());
        phases.set(0, construction);
        return config.withPhaseList(phases);
    }

    /** The seats in plan order, each given its first best auditor (no difficulty sorting). */
    private static ConstructionHeuristicPhaseConfig firstFitSeats() {
        EntitySelectorConfig seats = new EntitySelectorConfig(TeamSeat.class).withId("seat");
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(seats)
                .withMoveSelectorConfigs(new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef("seat"))
                        .withValueSelectorConfig(new ValueSelectorConfig("auditor"))));
    }
}
