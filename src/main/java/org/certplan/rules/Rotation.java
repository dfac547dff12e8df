package org.certplan.rules;

import java.util.function.IntPredicate;

/**
 * IMP-3, per certification: the cycles counted are those of the certification the audit belongs to, and the
 * same person may lead at most the policy's number of them in a row.
 */
public final class Rotation {

    private Rotation() {
    }

    /** How many cycles in a row, counting back from the one before {@code cycle}, the person led. */
    public static int consecutiveCyclesLed(IntPredicate led, int cycle) {
        int count = 0;
        while (cycle - count - 1 >= 0 && led.test(cycle - count - 1)) {
            count++;
        }
        return count;
    }

    /** Leading once more would exceed {@code maxCycles} in a row (0 switches the rule off). */
    public static boolean bars(int consecutiveCyclesLed, int maxCycles) {
        return maxCycles > 0 && consecutiveCyclesLed >= maxCycles;
    }
}
