package org.certplan.planning;

import jakarta.enterprise.context.ApplicationScoped;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.score.director.InnerScoreDirectorFactory;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * Opens incremental score directors on the solver's own {@link AuditPlanConstraints}, so a change judged outside a
 * run (a planner's assignment, a candidate) is scored by exactly the rules the solver uses, move by move.
 */
@ApplicationScoped
public class PlanScoring {

    private final InnerScoreDirectorFactory<AuditPlan, HardMediumSoftLongScore> factory;

    public PlanScoring(SolverFactory<AuditPlan> solverFactory) {
        // the score director factory is not on the public SolverFactory API; the solver builds its own the same way
        this.factory = ((DefaultSolverFactory<AuditPlan>) solverFactory).getScoreDirectorFactory();
    }

    /** A score director working on {@code plan} itself, with constraint matches for {@link IncrementalPlanScore#hardMatches}. */
    public IncrementalPlanScore open(AuditPlan plan) {
        return new IncrementalPlanScore(factory.buildScoreDirector(false, true), plan);
    }

    /** A score director without constraint matches: faster, for scoring many moves. */
    public IncrementalPlanScore openForSearch(AuditPlan plan) {
        return new IncrementalPlanScore(factory.buildScoreDirector(false, false), plan);
    }
}
