package org.certplan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.certplan.planning.AuditPlan;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.constructionheuristic.scope.ConstructionHeuristicPhaseScope;
import org.optaplanner.core.impl.localsearch.scope.LocalSearchPhaseScope;
import org.optaplanner.core.impl.phase.custom.scope.CustomPhaseScope;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * One solve with the figures the public API does not give: when the best plan first had hard score 0 and when it
 * first reached its final hard score, score calculations per second, local search steps, and the heap (sampled
 * peak, and live heap after a full GC with the solved plan still referenced).
 */
public final class SolverRun {

    /** A point of the best-score trajectory. */
    public record BestPoint(long millis, HardMediumSoftLongScore score) {
    }

    public record Result(AuditPlan best, long millis, long constructionMillis, Long firstFeasibleMillis,
            long hardFloorMillis, long calcPerSecond, long localSearchSteps, long localSearchMillis, long peakHeapBytes,
            long liveHeapBytes, List<BestPoint> trajectory) {

        public double stepsPerSecond() {
            return localSearchMillis == 0 ? 0 : localSearchSteps * 1000.0 / localSearchMillis;
        }

        /** The trajectory for the charts: every change of hard or medium score, the last point, else one a second. */
        public List<BestPoint> sampledTrajectory() {
            List<BestPoint> kept = new ArrayList<>();
            for (int i = 0; i < trajectory.size(); i++) {
                BestPoint point = trajectory.get(i);
                BestPoint previous = kept.isEmpty() ? null : kept.get(kept.size() - 1);
                if (previous == null || i == trajectory.size() - 1 || point.millis() - previous.millis() >= 1000
                        || point.score().hardScore() != previous.score().hardScore()
                        || point.score().mediumScore() != previous.score().mediumScore()) {
                    kept.add(point);
                }
            }
            return kept;
        }
    }

    private SolverRun() {
    }

    public static Result solve(SolverConfig config, AuditPlan problem) {
        DefaultSolver<AuditPlan> solver = (DefaultSolver<AuditPlan>) SolverFactory.<AuditPlan>create(config).buildSolver();
        List<BestPoint> trajectory = new ArrayList<>();
        long[] phases = new long[3];
        AtomicLong started = new AtomicLong();
        solver.addEventListener(event -> {
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
            if (score.isSolutionInitialized()) {
                trajectory.add(new BestPoint(System.currentTimeMillis() - started.get(), score));
            }
        });
        solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void phaseEnded(AbstractPhaseScope<AuditPlan> phase) {
                if (phase instanceof ConstructionHeuristicPhaseScope || phase instanceof CustomPhaseScope) {
                    phases[0] = phase.calculatePhaseTimeMillisSpentUpToNow();
                } else if (phase instanceof LocalSearchPhaseScope) {
                    phases[1] = phase.getNextStepIndex();
                    phases[2] = phase.calculatePhaseTimeMillisSpentUpToNow();
                }
            }
        });
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        started.set(System.currentTimeMillis());
        AuditPlan best = solver.solve(problem);
        long millis = System.currentTimeMillis() - started.get();
        sampler.interrupt();
        System.gc();
        long live = memory.getHeapMemoryUsage().getUsed();
        HardMediumSoftLongScore last = best.getScore();
        Long firstFeasible = trajectory.stream().filter(p -> p.score().hardScore() == 0).map(BestPoint::millis)
                .findFirst().orElse(null);
        long hardFloor = trajectory.stream().filter(p -> p.score().hardScore() == last.hardScore())
                .map(BestPoint::millis).findFirst().orElse(millis);
        return new Result(best, millis, phases[0], firstFeasible, hardFloor,
                solver.getSolverScope().getScoreCalculationSpeed(), phases[1], phases[2], peak.get(), live,
                List.copyOf(trajectory));
    }
}
