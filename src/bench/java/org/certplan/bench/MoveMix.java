package org.certplan.bench;

import org.certplan.planning.PlanningAudit;
import org.certplan.planning.PlanningSolverConfig;
import org.certplan.planning.TeamSeat;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;

/** The moves a local search tries: the production mix, OptaPlanner's default change and swap moves, or changes only. */
enum MoveMix {
    SEAT_SWAPS_3X("seat swaps weighted 3x"),
    OPTAPLANNER_DEFAULT("OptaPlanner default moves"),
    CHANGE_ONLY("change moves only");

    final String label;

    MoveMix(String label) {
        this.label = label;
    }

    /** This mix in place of the production one ({@link PlanningSolverConfig#moves()}). */
    LocalSearchPhaseConfig applyTo(LocalSearchPhaseConfig localSearch) {
        return localSearch.withMoveSelectorConfig(switch (this) {
            case SEAT_SWAPS_3X -> PlanningSolverConfig.moves();
            case OPTAPLANNER_DEFAULT -> null;
            case CHANGE_ONLY -> new UnionMoveSelectorConfig().withMoveSelectors(
                    new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(TeamSeat.class)),
                    new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(PlanningAudit.class)));
        });
    }
}
