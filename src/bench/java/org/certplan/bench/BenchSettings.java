package org.certplan.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.certplan.dataset.DatasetProfile;
import org.certplan.dataset.DatasetSize;
import org.certplan.planning.Construction;
import org.certplan.planning.PlanningSolverConfig;

/**
 * What one bench invocation measures, from system properties (the Makefile's {@code make bench} sets them):
 * {@code certplan.bench.size} (S, M or L), {@code certplan.bench.limits} (seconds, comma-separated),
 * {@code certplan.bench.repeats}, {@code certplan.bench.exact-seconds} (CP-SAT's limit), {@code certplan.bench.benchmarker}
 * and {@code certplan.bench.benchmarker-seconds} (the OptaPlanner Benchmarker and its limit per configuration), {@code certplan.bench.parts} (periods of the
 * decomposition; 0 = none), {@code certplan.bench.constructions} (the solver's first phases to compare:
 * {@code heuristic}, {@code greedy}), {@code certplan.bench.accepted-counts} (late acceptance's accepted moves per
 * step to compare), {@code certplan.bench.moves} ({@link MoveMix}es to compare: {@code seat-swaps-3x} (production),
 * {@code optaplanner-default}, {@code change-only}), {@code certplan.bench.solver-seeds} (the solver's random seed for each repeat in turn;
 * none: OptaPlanner's fixed seed for all), {@code certplan.bench.seed} (the dataset's), {@code certplan.bench.profile}
 * (the dataset's profile: {@code realistic} or {@code understaffed}), {@code certplan.bench.reference}
 * (the dataset's reference date) and the output folders.
 */
public record BenchSettings(DatasetSize size, DatasetProfile profile, long seed, LocalDate reference, List<Duration> limits, int repeats,
        boolean exact, Duration exactLimit, boolean benchmarker, Duration benchmarkerLimit, int parts,
        List<Construction> constructions, List<Integer> acceptedCounts, List<MoveMix> moves,
        List<Long> solverSeeds, Path out, Path artefacts) {

    /** The fixed reference date of every bench dataset, so that the same seed gives the same plan problem. */
    public static final LocalDate REFERENCE = LocalDate.of(2026, 11, 22);

    public static BenchSettings fromSystemProperties() {
        DatasetSize size = DatasetSize.valueOf(System.getProperty("certplan.bench.size", "S"));
        return new BenchSettings(
                size,
                DatasetProfile.fromString(System.getProperty("certplan.bench.profile", "realistic")),
                Long.getLong("certplan.bench.seed", 42),
                LocalDate.parse(System.getProperty("certplan.bench.reference", REFERENCE.toString())),
                Arrays.stream(System.getProperty("certplan.bench.limits", "10").split(","))
                        .map(String::strip).map(s -> Duration.ofSeconds(Long.parseLong(s))).toList(),
                Integer.getInteger("certplan.bench.repeats", 3),
                Boolean.parseBoolean(System.getProperty("certplan.bench.exact", "true")),
                Duration.ofSeconds(Long.getLong("certplan.bench.exact-seconds", 60)),
                Boolean.parseBoolean(System.getProperty("certplan.bench.benchmarker", "false")),
                Duration.ofSeconds(Long.getLong("certplan.bench.benchmarker-seconds", 10)),
                Integer.getInteger("certplan.bench.parts", switch (size) {
                    case S -> 0;
                    case M -> 4;
                    case L -> 12;
                }),
                Arrays.stream(System.getProperty("certplan.bench.constructions", "heuristic,greedy").split(","))
                        .map(String::strip).map(s -> Construction.valueOf(s.toUpperCase(java.util.Locale.ROOT))).toList(),
                Arrays.stream(System.getProperty("certplan.bench.accepted-counts",
                                "" + PlanningSolverConfig.LATE_ACCEPTANCE_ACCEPTED_COUNT).split(","))
                        .map(String::strip).map(Integer::valueOf).toList(),
                Arrays.stream(System.getProperty("certplan.bench.moves", SolverVariant.PRODUCTION.moves().name()).split(","))
                        .map(String::strip).map(s -> MoveMix.valueOf(s.toUpperCase(java.util.Locale.ROOT).replace('-', '_')))
                        .toList(),
                Arrays.stream(System.getProperty("certplan.bench.solver-seeds", "").split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).map(Long::valueOf).toList(),
                Path.of(System.getProperty("certplan.bench.out", "docs/benchmarks")),
                Path.of(System.getProperty("certplan.bench.artefacts", "target/benchmarks")));
    }

    /** The solver's random seed for the given repeat (from 1), or empty for OptaPlanner's fixed one. */
    public Optional<Long> solverSeed(int repeat) {
        return solverSeeds.isEmpty() ? Optional.empty() : Optional.of(solverSeeds.get((repeat - 1) % solverSeeds.size()));
    }

    /**
     * The horizon a nightly re-planning run covers: the twelve months from the first day of the month after the
     * reference date (the horizon of the measurements in docs/planning.md).
     */
    public LocalDate horizonFrom() {
        return reference.withDayOfMonth(1).plusMonths(1);
    }

    public LocalDate horizonTo() {
        return horizonFrom().plusYears(1).minusDays(1);
    }
}
