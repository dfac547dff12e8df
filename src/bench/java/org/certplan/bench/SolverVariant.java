package org.certplan.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.certplan.planning.Construction;
import org.certplan.planning.PlanningSolverConfig;
import org.optaplanner.core.config.localsearch.LocalSearchType;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * A solver configuration the plan-quality bench runs: its first phase, late acceptance's accepted moves per step and
 * the moves it tries.
 */
record SolverVariant(Construction construction, int acceptedCount, MoveMix moves) {

    /** The production configuration (docs/decisions/0002 to 0006). */
    static final SolverVariant PRODUCTION = new SolverVariant(
            Construction.valueOf(PlanningSolverConfig.DEFAULT_CONSTRUCTION), PlanningSolverConfig.LATE_ACCEPTANCE_ACCEPTED_COUNT,
            MoveMix.SEAT_SWAPS_3X);

    /** Every combination the settings ask for. */
    static List<SolverVariant> of(BenchSettings settings) {
        return settings.constructions().stream().flatMap(construction -> settings.acceptedCounts().stream()
                .flatMap(count -> settings.moves().stream().map(moves -> new SolverVariant(construction, count, moves))))
                .toList();
    }

    /** "solver" for the production configuration, otherwise what differs from it (no comma: a CSV field). */
    String approach() {
        StringBuilder name = new StringBuilder("solver");
        if (construction != PRODUCTION.construction) {
            name.append(' ').append(construction.name().toLowerCase(Locale.ROOT)).append(" start");
        }
        if (acceptedCount != PRODUCTION.acceptedCount) {
            name.append(" accepted count ").append(acceptedCount);
        }
        if (moves != PRODUCTION.moves) {
            name.append(' ').append(moves.label);
        }
        return name.toString();
    }

    SolverConfig config(Duration limit) {
        return config(limit, Optional.empty());
    }

    SolverConfig config(Duration limit, Optional<Long> randomSeed) {
        SolverConfig config = PlanningSolverConfig.create(limit, Optional.empty(), "NONE", construction, moves.applyTo(
                PlanningSolverConfig.localSearch(LocalSearchType.LATE_ACCEPTANCE,
                        Optional.of(PlanningSolverConfig.LATE_ACCEPTANCE_SIZE), Optional.empty(), Optional.of(acceptedCount))));
        randomSeed.ifPresent(config::setRandomSeed);
        return config;
    }
}
