package org.certplan.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Auditor-day rounding (AT-6): days are counted in half days, results have scale 1. */
public final class HalfDays {

    public static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private HalfDays() {
    }

    /** Nearest half day; a quarter past rounds up, so 2.25 → 2.5 and 2.75 → 3.0. */
    public static BigDecimal round(BigDecimal days) {
        return toHalves(days, RoundingMode.HALF_UP);
    }

    /** The largest half day not above {@code days}: 1.05 → 1.0, 1.45 → 1.0, 1.5 → 1.5. */
    public static BigDecimal roundDown(BigDecimal days) {
        return toHalves(days, RoundingMode.FLOOR);
    }

    private static BigDecimal toHalves(BigDecimal days, RoundingMode mode) {
        Objects.requireNonNull(days, "days");
        if (days.signum() < 0) {
            throw new IllegalArgumentException("auditor-days cannot be negative: " + days);
        }
        BigDecimal halves = days.multiply(TWO).setScale(0, mode);
        return halves.divide(TWO).setScale(1, RoundingMode.UNNECESSARY);
    }
}
