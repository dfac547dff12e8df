package org.certplan.planning;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.certplan.planning.baseline.GreedyWarmStart;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import org.optaplanner.core.config.heuristic.selector.common.SelectionCacheType;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySorterManner;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchType;
import org.optaplanner.core.config.localsearch.decider.acceptor.AcceptorType;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The solver configuration, as measured on these machines (docs/decisions/0002 to 0006). Start dates are pre-set to
 * the target (see {@link PlanningAudit.Builder#build}). The first plan is the greedy baseline's
 * ({@link GreedyWarmStart}: audits by deadline, each on the earliest date a whole team is free), or with
 * {@link Construction#HEURISTIC} a construction heuristic that only chooses auditors, hardest seats first (a Cartesian
 * "auditor, then start" construction cannot see overlaps and piles audits onto one auditor), each from its own
 * eligible auditors ({@link SeatEligibility}); then late acceptance over dates and auditors with {@link #moves()}.
 * Bavet constraint streams.
 */
public final class PlanningSolverConfig {

    /** Measured on dataset M (docs/decisions/0002-solver-defaults.md): as many seats filled as 400, far better soft. */
    public static final int LATE_ACCEPTANCE_SIZE = 100;

    /** Moves late acceptance accepts before it takes a step (docs/decisions/0005-one-accepted-move-per-step.md). */
    public static final int LATE_ACCEPTANCE_ACCEPTED_COUNT = 1;

    /** How the first plan is built unless configured otherwise ({@code certplan.solver.construction}). */
    public static final String DEFAULT_CONSTRUCTION = "GREEDY";

    private PlanningSolverConfig() {
    }

    public static SolverConfig create(SolverSettings settings) {
        return create(settings.timeLimit(), settings.unimprovedTimeLimit(), settings.moveThreadCount(),
                settings.construction(), localSearch(settings.localSearch(), Optional.of(settings.lateAcceptanceSize()), settings.entityTabuRatio(),
                        settings.acceptedCountLimit()));
    }

    public static SolverConfig create(Duration timeLimit, Optional<Duration> unimprovedTimeLimit,
            String moveThreadCount, LocalSearchType localSearch) {
        return create(timeLimit, unimprovedTimeLimit, moveThreadCount,
                localSearch(localSearch, Optional.of(LATE_ACCEPTANCE_SIZE), Optional.empty(), Optional.empty()));
    }

    public static SolverConfig create(Duration timeLimit, Optional<Duration> unimprovedTimeLimit,
            String moveThreadCount, LocalSearchPhaseConfig localSearch) {
        return create(timeLimit, unimprovedTimeLimit, moveThreadCount, Construction.valueOf(DEFAULT_CONSTRUCTION),
                localSearch);
    }

    public static SolverConfig create(Duration timeLimit, Optional<Duration> unimprovedTimeLimit,
            String moveThreadCount, Construction construction, LocalSearchPhaseConfig localSearch) {
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
                .withPhases(construction(construction), localSearch);
    }

    /**
     * The phase that builds the first plan. The greedy phase needs no construction heuristic after it: a seat's
     * auditor is nullable, so a seat it leaves empty is already initialised, and the local search fills it.
     */
    public static PhaseConfig<?> construction(Construction construction) {
        return switch (construction) {
            case GREEDY -> new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyWarmStart.class));
            case HEURISTIC -> seatConstruction();
        };
    }

    /**
     * The local search of the given type; with a size, ratio or count given, its acceptor and forager are spelled
     * out (OptaPlanner refuses a type next to an explicit acceptor).
     */
    public static LocalSearchPhaseConfig localSearch(LocalSearchType type, Optional<Integer> lateAcceptanceSize,
            Optional<Double> entityTabuRatio, Optional<Integer> acceptedCountLimit) {
        LocalSearchPhaseConfig phase = new LocalSearchPhaseConfig().withMoveSelectorConfig(moves());
        if (type == LocalSearchType.LATE_ACCEPTANCE && (lateAcceptanceSize.isPresent() || acceptedCountLimit.isPresent())) {
            return phase.withAcceptorConfig(new LocalSearchAcceptorConfig()
                            .withAcceptorTypeList(List.of(AcceptorType.LATE_ACCEPTANCE))
                            .withLateAcceptanceSize(lateAcceptanceSize.orElse(LATE_ACCEPTANCE_SIZE)))
                    .withForagerConfig(new LocalSearchForagerConfig()
                            .withAcceptedCountLimit(acceptedCountLimit.orElse(LATE_ACCEPTANCE_ACCEPTED_COUNT)));
        }
        if (type == LocalSearchType.TABU_SEARCH && (entityTabuRatio.isPresent() || acceptedCountLimit.isPresent())) {
            return phase.withAcceptorConfig(new LocalSearchAcceptorConfig()
                            .withAcceptorTypeList(List.of(AcceptorType.ENTITY_TABU))
                            .withEntityTabuRatio(entityTabuRatio.orElse(0.2)))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(acceptedCountLimit.orElse(1000)));
        }
        return phase.withLocalSearchType(type);
    }

    /**
     * Change moves for seats and audits, and swaps of two seats' auditors tried three times as often as either
     * (docs/decisions/0006-seat-swaps-weighted.md).
     */
    public static UnionMoveSelectorConfig moves() {
        return new UnionMoveSelectorConfig().withMoveSelectors(
                new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(TeamSeat.class)),
                new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(PlanningAudit.class)),
                new SwapMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(TeamSeat.class))
                        .withFixedProbabilityWeight(3.0));
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
