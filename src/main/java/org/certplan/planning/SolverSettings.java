package org.certplan.planning;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import org.optaplanner.core.config.localsearch.LocalSearchType;

/** {@code certplan.solver.*}: how long and how a planning run searches. */
@ConfigMapping(prefix = "certplan.solver")
public interface SolverSettings {

    /** Hard stop for one run, counted from its request to its stored proposal. */
    @WithDefault("PT60S")
    Duration timeLimit();

    /** The end of the time limit kept for the safety net and storing the proposal; the solver stops before it. */
    @WithDefault("PT8S")
    Duration finishReserve();

    /** Stop earlier when the best score has not improved for this long. */
    Optional<Duration> unimprovedTimeLimit();

    /** NONE, AUTO or a number; NONE keeps solving off the API's cores on small machines. */
    @WithDefault("NONE")
    String moveThreadCount();

    /** GREEDY (the greedy baseline's plan as the start) or HEURISTIC (OptaPlanner's construction over the seats). */
    @WithDefault(PlanningSolverConfig.DEFAULT_CONSTRUCTION)
    Construction construction();

    /** LATE_ACCEPTANCE or TABU_SEARCH (any OptaPlanner local search type is accepted). */
    @WithDefault("LATE_ACCEPTANCE")
    LocalSearchType localSearch();

    /** LATE_ACCEPTANCE: how many steps back a move's score is compared with (OptaPlanner's own default is 400). */
    @WithDefault("" + PlanningSolverConfig.LATE_ACCEPTANCE_SIZE)
    int lateAcceptanceSize();

    /** TABU_SEARCH: the share of the entities that are tabu; OptaPlanner's default when absent. */
    Optional<Double> entityTabuRatio();

    /** Moves accepted before a step is taken; the local search type's default when absent. */
    Optional<Integer> acceptedCountLimit();
}
