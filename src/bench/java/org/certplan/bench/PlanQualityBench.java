package org.certplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certplan.dataset.Dataset;
import org.certplan.dataset.DatasetGenerator;
import org.certplan.dataset.DatasetImporter;
import org.certplan.planning.AuditPlan;
import org.certplan.planning.AuditPlanBuilder;
import org.certplan.planning.AuditPlanWeights;
import org.certplan.planning.HardRuleGuard;
import org.certplan.planning.PlanningAudit;
import org.certplan.planning.PlanSnapshot;
import org.certplan.planning.UnplaceableAudits;
import org.certplan.planning.baseline.GreedyPlanner;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * Plan quality and solver speed on one generated dataset ({@link BenchSettings}): the dataset is imported through
 * the services into the embedded database, the nightly horizon is read with the production {@link AuditPlanBuilder},
 * and the same problem is planned by the greedy baseline and by the production solver configuration at each time
 * limit, several times. Every plan is scored by the production constraints; the solver's plan is also shown as
 * proposed, the production way: {@link UnplaceableAudits} split off before the search and the {@link HardRuleGuard}
 * after it. Writes {@code plan-quality-<size>.csv} and {@code trajectory-<size>.csv} to {@code certplan.bench.out}.
 */
@QuarkusTest
class PlanQualityBench {

    private static final Logger LOG = Logger.getLogger(PlanQualityBench.class);
    static final int EXACT_MAX_AUDITS = 300;
    static final String HEADER = "size,approach,limitSeconds,repeat,solverSeed,load1,millis,constructionMillis,firstFeasibleMillis,"
            + "hardFloorMillis,calcPerSecond,localSearchSteps,stepsPerSecond,peakHeapMiB,liveHeapMiB,solverBest,"
            + PlanFigures.CSV_HEADER;

    @Inject
    DatasetGenerator generator;
    @Inject
    DatasetImporter importer;
    @Inject
    AuditPlanBuilder builder;

    @Test
    void measure() {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        String size = settings.size().name();
        PlanSnapshot snapshot = load(settings);
        SolverFactory<AuditPlan> scoring = SolverFactory.create(solverConfig(Duration.ofSeconds(1)));
        SolutionManager<AuditPlan, HardMediumSoftLongScore> solutions = SolutionManager.create(scoring);
        List<PlanningAudit> audits = snapshot.plan(new AuditPlanWeights()).getAudits().stream()
                .filter(audit -> audit.getId() > 0).toList();
        CsvFile results = new CsvFile(settings.out().resolve("plan-quality-" + size + ".csv"), HEADER);
        CsvFile trajectory = new CsvFile(settings.out().resolve("trajectory-" + size + ".csv"),
                "size,limitSeconds,repeat,millis,hard,medium,soft,approach");

        for (int repeat = 1; repeat <= settings.repeats(); repeat++) {
            AuditPlan problem = snapshot.plan(new AuditPlanWeights());
            double load = MachineLoad.oneMinute();
            long started = System.nanoTime();
            AuditPlan plan = GreedyPlanner.plan(problem);
            long millis = (System.nanoTime() - started) / 1_000_000;
            PlanFigures figures = PlanFigures.of(plan, audits, solutions);
            LOG.infof("bench %s greedy #%d: %s in %d ms", size, repeat, figures.score(), millis);
            results.add(size, "greedy", "", repeat, "", load, millis, "", "", "", "", "", "", "", "", "", figures.csv());
        }

        // the production configuration's runs feed the exact and decomposition comparisons; the configurations
        // take turns within each repeat, so that a change in the machine's load falls on all of them alike
        Map<Long, List<PlanFigures>> solverFigures = new LinkedHashMap<>();
        for (Duration limit : settings.limits()) {
            for (int repeat = 1; repeat <= settings.repeats(); repeat++) {
                Optional<Long> seed = settings.solverSeed(repeat);
                for (SolverVariant variant : SolverVariant.of(settings)) {
                    String approach = variant.approach();
                    double load = MachineLoad.oneMinute();
                    UnplaceableAudits problem = UnplaceableAudits.of(snapshot.plan(new AuditPlanWeights()));
                    SolverRun.Result run = SolverRun.solve(variant.config(limit, seed), problem.solvable());
                    AuditPlan proposed = new HardRuleGuard(solutions).guard(problem.restore(run.best())).plan();
                    PlanFigures figures = PlanFigures.of(proposed, audits, solutions);
                    if (variant.equals(SolverVariant.PRODUCTION)) {
                        solverFigures.computeIfAbsent(limit.toSeconds(), k -> new ArrayList<>()).add(figures);
                    }
                    LOG.infof("bench %s %s %ds #%d (seed %s): best %s, proposed %s, construction %d ms, first feasible %s ms, "
                                    + "%d calc/s, %d steps, load %.1f", size, approach, limit.toSeconds(), repeat,
                            seed.map(String::valueOf).orElse("fixed"), run.best().getScore(), figures.score(), run.constructionMillis(), run.firstFeasibleMillis(),
                            run.calcPerSecond(), run.localSearchSteps(), load);
                    results.add(size, approach, limit.toSeconds(), repeat, seed.orElse(null), load, run.millis(), run.constructionMillis(),
                            run.firstFeasibleMillis(), run.hardFloorMillis(), run.calcPerSecond(), run.localSearchSteps(),
                            Math.round(run.stepsPerSecond()), run.peakHeapBytes() >> 20, run.liveHeapBytes() >> 20,
                            run.best().getScore(), figures.csv());
                    for (SolverRun.BestPoint point : run.sampledTrajectory()) {
                        trajectory.add(size, limit.toSeconds(), repeat, point.millis(), point.score().hardScore(),
                                point.score().mediumScore(), point.score().softScore(), approach);
                    }
                    assertThat(figures.score().hardScore()).as("a proposal breaks no hard rule").isZero();
                }
            }
        }

        int parts = settings.parts();
        if (parts > 1) {
            Duration longest = settings.limits().get(settings.limits().size() - 1);
            CsvFile decomposition = new CsvFile(settings.out().resolve("decomposition-" + size + ".csv"),
                    "approach,periods,totalSeconds,repeat,millis,score,assigned,unassigned,medium,soft,load1");
            for (int repeat = 1; repeat <= settings.repeats(); repeat++) {
                double load = MachineLoad.oneMinute();
                long started = System.nanoTime();
                AuditPlan plan = PeriodDecomposition.solve(snapshot, parts, longest, PlanQualityBench::solverConfig, solutions);
                long millis = (System.nanoTime() - started) / 1_000_000;
                PlanFigures figures = PlanFigures.of(plan, audits, solutions);
                LOG.infof("bench %s %d periods, %d s in all, #%d: %s", size, parts, longest.toSeconds(), repeat, figures.score());
                decomposition.add("split by period + final pass", parts, longest.toSeconds(), repeat, millis, figures.score(),
                        figures.assigned(), figures.unassigned(), -figures.score().mediumScore(), figures.score().softScore(), load);
            }
            for (PlanFigures single : solverFigures.getOrDefault(longest.toSeconds(), List.of())) {
                decomposition.add("one solve of the whole horizon", 1, longest.toSeconds(), "", "", single.score(),
                        single.assigned(), single.unassigned(), -single.score().mediumScore(), single.score().softScore(), "");
            }
        }

        if (settings.exact() && audits.size() <= EXACT_MAX_AUDITS) {
            exact(settings, snapshot, audits, solutions, solverFigures);
        }

        if (settings.benchmarker()) {
            CsvFile ranking = new CsvFile(settings.out().resolve("benchmarker-" + size + ".csv"), SolverConfigurations.HEADER);
            SolverConfigurations.benchmark(size, UnplaceableAudits.of(snapshot.plan(new AuditPlanWeights())).solvable(),
                    settings.benchmarkerLimit(), settings.artefacts(), ranking);
        }
    }

    /**
     * CP-SAT on the same problem ({@link ExactReference}); its plan goes through the same guard and scoring. The
     * solver's rows are the median run (by score) of each time limit above.
     */
    private void exact(BenchSettings settings, PlanSnapshot snapshot, List<PlanningAudit> audits,
            SolutionManager<AuditPlan, HardMediumSoftLongScore> solutions, Map<Long, List<PlanFigures>> solverFigures) {
        String size = settings.size().name();
        double load = MachineLoad.oneMinute();
        AuditPlan plan = snapshot.plan(new AuditPlanWeights());
        ExactReference.Result exact = ExactReference.solve(plan, settings.exactLimit());
        HardMediumSoftLongScore unguarded = solutions.update(plan);
        AuditPlan proposed = new HardRuleGuard(solutions).guard(plan).plan();
        PlanFigures cp = PlanFigures.of(proposed, audits, solutions);
        // the model leaves out constants (pinned audits, left-out audits): shift its bound by the offset between its
        // objective and the production score of the same plan, before the guard changes it
        long cost = -unguarded.mediumScore() * ExactReference.MEDIUM - unguarded.softScore();
        long bound = Math.round(exact.bound() + (cost - exact.objective()));
        long boundMedium = Math.floorDiv(bound, ExactReference.MEDIUM);
        CsvFile csv = new CsvFile(settings.out().resolve("exact-" + size + ".csv"),
                "approach,limitSeconds,status,proposedScore,assigned,unassigned,riskWeighted,soft,softVsCpSatPercent,"
                        + "boundMedium,boundSoft,cpSatModelledAudits,cpSatLeftOut,cpSatBeforeGuard,load1");
        csv.add("CP-SAT", settings.exactLimit().toSeconds(), exact.status(), cp.score(), cp.assigned(), cp.unassigned(),
                cp.unstaffed().riskWeighted(), cp.score().softScore(), 0, boundMedium,
                boundMedium == -unguarded.mediumScore() ? -Math.floorMod(bound, ExactReference.MEDIUM) : "not proven",
                exact.modelledAudits(), exact.leftOut(), unguarded, load);
        LOG.infof("bench %s CP-SAT %s in %.1f s: %s, risk-weighted %d (bound on the medium level %d)", size,
                exact.status(), exact.seconds(), cp.score(), cp.unstaffed().riskWeighted(), boundMedium);
        solverFigures.forEach((limit, runs) -> {
            PlanFigures median = runs.stream().sorted(java.util.Comparator.comparingLong(
                            (PlanFigures f) -> f.unstaffed().riskWeighted()).thenComparing(f -> -f.score().softScore()))
                    .toList().get((runs.size() - 1) / 2);
            csv.add("solver (median of " + runs.size() + ")", limit, "", median.score(), median.assigned(),
                    median.unassigned(), median.unstaffed().riskWeighted(), median.score().softScore(),
                    median.unstaffed().riskWeighted() == cp.unstaffed().riskWeighted()
                            ? percent(median.score().softScore(), cp.score().softScore()) : "risk differs",
                    boundMedium, "", "", "", "", load);
        });
    }

    /** How much worse (more negative) {@code soft} is than {@code reference}, in percent of the reference. */
    private static String percent(long soft, long reference) {
        return reference == 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f", 100.0 * (reference - soft) / Math.abs(reference));
    }

    private PlanSnapshot load(BenchSettings settings) {
        long started = System.nanoTime();
        Dataset dataset = generator.generate(settings.size(), settings.profile(), settings.seed(), settings.reference());
        importer.importDataset(dataset);
        long imported = System.nanoTime();
        PlanSnapshot snapshot = builder.snapshot(settings.horizonFrom(), settings.horizonTo());
        AuditPlan plan = snapshot.plan(new AuditPlanWeights());
        long built = System.nanoTime();
        CsvFile problem = new CsvFile(settings.out().resolve("problem-" + settings.size() + ".csv"),
                "size,seed,reference,horizonFrom,horizonTo,auditors,clients,audits,seats,fixedLoad,importSeconds,snapshotMillis,"
                        + "unplaceable");
        problem.add(settings.size(), settings.seed(), settings.reference(), settings.horizonFrom(), settings.horizonTo(),
                plan.getAuditors().size(), dataset.clients().size(), snapshot.audits().size(),
                plan.getSeats().stream().filter(seat -> seat.getAudit().getId() > 0).count(), snapshot.fixedLoad().size(),
                (imported - started) / 1_000_000_000, (built - imported) / 1_000_000,
                UnplaceableAudits.of(plan).leftOut().size());
        LOG.infof("bench %s: %d audits in the horizon %s..%s", settings.size(), snapshot.audits().size(),
                settings.horizonFrom(), settings.horizonTo());
        return snapshot;
    }

    /** The production configuration with the given time limit. */
    static SolverConfig solverConfig(Duration limit) {
        return SolverVariant.PRODUCTION.config(limit);
    }
}
