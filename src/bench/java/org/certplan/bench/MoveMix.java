package org.certplan.bench;

import org.certplan.planning.PlanningAudit;
import org.certplan.planning.TeamSeat;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;

/** The moves a local search tries: OptaPlanner's default change and swap moves, or a mix of the bench's own. */
enum MoveMix {
    DEFAULT("default moves"),
    CHANGE_ONLY("change moves only"),
    SEAT_SWAPS_3X("seat swaps weighted 3x");

    final String label;

    MoveMix(String label) {
        this.label = label;
    }

    LocalSearchPhaseConfig applyTo(LocalSearchPhaseConfig localSearch) {
        return switch (this) {
            case DEFAULT -> localSearch;
            case CHANGE_ONLY -> localSearch.withMoveSelectorConfig(union(seatChanges(), auditChanges()));
            case SEAT_SWAPS_3X -> localSearch.withMoveSelectorConfig(union(seatChanges(), auditChanges(),
                    new SwapMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(TeamSeat.class))
                            .withFixedProbabilityWeight(3.0)));
        };
    }

    private static UnionMoveSelectorConfig union(MoveSelectorConfig<?>... moves) {
        return new UnionMoveSelectorConfig().withMoveSelectors(moves);
    }

    private static ChangeMoveSelectorConfig seatChanges() {
        return new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(TeamSeat.class));
    }

    private static ChangeMoveSelectorConfig auditChanges() {
        return new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(PlanningAudit.class));
    }
}
