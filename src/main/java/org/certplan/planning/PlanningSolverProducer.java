package org.certplan.planning;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverManagerConfig;

/** Wires plain OptaPlanner into CDI (the Quarkus extension does not run on this Quarkus version). */
@Singleton
public class PlanningSolverProducer {

    @Produces
    @Singleton
    SolverFactory<AuditPlan> solverFactory(SolverSettings settings) {
        return SolverFactory.create(PlanningSolverConfig.create(settings));
    }

    /** One solve at a time: solving shares the machine with the API. */
    @Produces
    @Singleton
    SolverManager<AuditPlan, Long> solverManager(SolverFactory<AuditPlan> solverFactory) {
        return SolverManager.create(solverFactory, new SolverManagerConfig().withParallelSolverCount("1"));
    }

    void closeSolverManager(@Disposes SolverManager<AuditPlan, Long> solverManager) {
        solverManager.close();
    }

    @Produces
    @Singleton
    SolutionManager<AuditPlan, HardMediumSoftLongScore> solutionManager(SolverFactory<AuditPlan> solverFactory) {
        return SolutionManager.create(solverFactory);
    }

    @Produces
    @Singleton
    PlanExplainer planExplainer(SolutionManager<AuditPlan, HardMediumSoftLongScore> solutionManager) {
        return new PlanExplainer(solutionManager);
    }
}
