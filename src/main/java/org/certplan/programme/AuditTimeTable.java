package org.certplan.programme;

import java.math.BigDecimal;

/**
 * Initial audit time (stage 1 and stage 2 together) by effective number of persons — AT-1, ISO/IEC 27006:2015
 * Table B.1 / ISO/IEC 27006-1:2024 Annex C.
 *
 * <p>Above 10,700 persons the standard only says "continue the progression". This table adds one day for every
 * started 2,200 persons above 10,700, 2,200 being the width of the last band (8,501–10,700): 10,701–12,900 → 29,
 * 12,901–15,100 → 30, and so on.
 */
public final class AuditTimeTable {

    private static final int[] UPPER_BOUNDS = {
        10, 15, 25, 45, 65, 85, 125, 175, 275, 425, 625, 875, 1175, 1550, 2025, 2675, 3450, 4350, 5450, 6800,
        8500, 10700
    };
    private static final BigDecimal[] DAYS = days(
            "5", "6", "7", "8.5", "10", "11", "12", "13", "14", "15", "16.5", "17.5", "18.5", "19.5", "21", "22",
            "23", "24", "25", "26", "27", "28");
    private static final int LAST_BOUND = 10_700;
    private static final int PROGRESSION_STEP = 2_200;

    private AuditTimeTable() {
    }

    public static BigDecimal initialDays(int effectivePersons) {
        if (effectivePersons < 1) {
            throw new IllegalArgumentException("effective persons must be at least 1 but was " + effectivePersons);
        }
        for (int i = 0; i < UPPER_BOUNDS.length; i++) {
            if (effectivePersons <= UPPER_BOUNDS[i]) {
                return DAYS[i];
            }
        }
        long startedSteps = ((long) effectivePersons - LAST_BOUND + PROGRESSION_STEP - 1) / PROGRESSION_STEP;
        return DAYS[DAYS.length - 1].add(BigDecimal.valueOf(startedSteps));
    }

    private static BigDecimal[] days(String... values) {
        BigDecimal[] result = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = new BigDecimal(values[i]).setScale(1);
        }
        return result;
    }
}
