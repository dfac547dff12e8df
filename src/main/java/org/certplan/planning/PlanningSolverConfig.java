package org.certplan.planning;

import java.time.Duration;
import java.util.Optional;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import org.optaplanner.core.config.heuristic.selector.common.SelectionCacheType;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySorterManner;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchType;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The solver configuration, as measured on these machines: start dates are pre-set to the target (see
 * {@link PlanningAudit.Builder#build}), so the construction heuristic only chooses auditors, hardest seats first
 * (a Cartesian "auditor, then start" construction cannot see overlaps and piles audits onto one auditor); then
 * local search over dates and auditors. Bavet constraint streams.
 */
public final class PlanningSolverConfig {

    private PlanningSolverConfig() {
    }

    public static SolverConfig create(SolverSettings settings) {
        return create(settings.timeLimit(), settings.unimprovedTimeLimit(), settings.moveThreadCount(),
                settings.localSearch());
    }

    public static SolverConfig create(Duration timeLimit, Optional<Duration> unimprovedTimeLimit,
            String moveThreadCount, LocalSearchType localSearch) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(timeLimit);
        unimprovedTimeLimit.ifPresent(termination::withUnimprovedSpentLimit);
        return new SolverConfig()
                .withSolutionClass(AuditPlan.class)
                .withEntityClasses(PlanningAudit.class, TeamSeat.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(AuditPlanConstraints.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withTerminationConfig(termination)
                .withMoveThreadCount(moveThreadCount)
                .withPhases(seatConstruction(), new LocalSearchPhaseConfig().withLocalSearchType(localSearch));
    }

    /**
     * First fit decreasing over the seats only: hardest seat first, each gets its best auditor. (OptaPlanner refuses
     * a construction heuristic type next to an explicit placer, so the decreasing order is the sorted selector.)
     */
    private static ConstructionHeuristicPhaseConfig seatConstruction() {
        EntitySelectorConfig seats = new EntitySelectorConfig(TeamSeat.class)
                .withId("seat")
                .withCacheType(SelectionCacheType.PHASE)
                .withSelectionOrder(SelectionOrder.SORTED)
                .withSorterManner(EntitySorterManner.DECREASING_DIFFICULTY);
        ChangeMoveSelectorConfig assignAuditor = new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef("seat"))
                .withValueSelectorConfig(new ValueSelectorConfig("auditor"));
        return new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                        .withEntitySelectorConfig(seats)
                        .withMoveSelectorConfigs(assignAuditor));
    }
}
