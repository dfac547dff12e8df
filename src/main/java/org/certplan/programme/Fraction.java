package org.certplan.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An exact ratio such as 1/3, so that 7 × 1/3 is not first rounded to 7 × 0.33. */
public record Fraction(int numerator, int denominator) {

    private static final int SCALE = 10;

    public Fraction {
        if (denominator <= 0) {
            throw new IllegalArgumentException("fraction denominator must be positive: " + denominator);
        }
        if (numerator < 0) {
            throw new IllegalArgumentException("fraction numerator cannot be negative: " + numerator);
        }
    }

    public static Fraction of(int numerator, int denominator) {
        return new Fraction(numerator, denominator);
    }

    /** Parses "1/3" or a whole number such as "1". */
    public static Fraction parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.trim().split("\\s*/\\s*");
        try {
            if (parts.length == 1) {
                return new Fraction(Integer.parseInt(parts[0]), 1);
            }
            if (parts.length == 2) {
                return new Fraction(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a fraction: " + text, e);
        }
        throw new IllegalArgumentException("not a fraction: " + text);
    }

    /** {@code value × numerator / denominator} to ten decimal places, for rounding afterwards. */
    public BigDecimal times(BigDecimal value) {
        return value.multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
    }

    public boolean isAtMostOne() {
        return numerator <= denominator;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
