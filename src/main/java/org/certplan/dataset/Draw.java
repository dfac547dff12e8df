package org.certplan.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Random draws from one seeded source, so that a seed always yields the same dataset. */
final class Draw {

    private final SplittableRandom random;

    Draw(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A whole number from {@code from} to {@code to}, both included. */
    int between(int from, int to) {
        return to <= from ? from : from + random.nextInt(to - from + 1);
    }

    LocalDate dayBetween(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double fraction() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T weighted(List<T> items, ToDoubleFunction<T> weight) {
        double total = items.stream().mapToDouble(weight).sum();
        double point = random.nextDouble() * total;
        for (T item : items) {
            point -= weight.applyAsDouble(item);
            if (point < 0) {
                return item;
            }
        }
        return items.get(items.size() - 1);
    }
}
