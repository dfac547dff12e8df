package org.certplan.programme;

import java.math.BigDecimal;
import java.util.Objects;

/** Audit time of a certification as if the whole organisation worked at one site (AT-1 to AT-9). */
public final class AuditTimeCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ProgrammePolicy policy;

    public AuditTimeCalculator(ProgrammePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public AuditTime calculate(AuditTimeInput input) {
        Objects.requireNonNull(input, "input");
        checkAdjustment(input.adjustmentPercent());

        int effectivePersons = effectivePersons(input.persons(), input.identicalWorkPersons());
        BigDecimal tableDays = AuditTimeTable.initialDays(effectivePersons);
        BigDecimal initial = HalfDays.round(percentOf(tableDays, 100 + input.adjustmentPercent()));

        BigDecimal stage1 = stage1(policy, initial, initial);
        BigDecimal stage2 = initial.subtract(stage1);
        BigDecimal surveillance = HalfDays.round(policy.surveillanceFraction().times(initial));
        BigDecimal recertification = HalfDays.round(policy.recertificationFraction().times(initial));
        BigDecimal remoteShare = input.remote() ? policy.maxRemoteShare() : BigDecimal.ZERO;

        return new AuditTime(input.persons(), effectivePersons, tableDays, input.adjustmentPercent(), initial,
                stage1, stage2, surveillance, recertification, policy.onsiteShare(), remoteShare,
                HalfDays.round(policy.followUpAuditorDays()));
    }

    /** AT-4: the stage 1 share of {@code basis}, at least the policy's shortest stage 1, at most the initial time. */
    static BigDecimal stage1(ProgrammePolicy policy, BigDecimal basis, BigDecimal initial) {
        return HalfDays.round(basis.multiply(policy.stage1Share()))
                .max(HalfDays.round(policy.stage1MinDays()))
                .min(initial);
    }

    /** AT-2: persons doing identical simple work count as the square root of their number, rounded up. */
    static int effectivePersons(int persons, Integer identicalWorkPersons) {
        if (identicalWorkPersons == null) {
            return persons;
        }
        if (identicalWorkPersons < 0 || identicalWorkPersons > persons) {
            throw new IllegalArgumentException("identical-work persons must be between 0 and " + persons
                    + " but was " + identicalWorkPersons);
        }
        return persons - identicalWorkPersons + ceilSqrt(identicalWorkPersons);
    }

    static int ceilSqrt(int n) {
        int root = (int) Math.sqrt(n);
        while ((long) root * root > n) {
            root--;
        }
        while ((long) root * root < n) {
            root++;
        }
        return root;
    }

    private void checkAdjustment(int adjustmentPercent) {
        if (adjustmentPercent < -policy.maxReductionPercent()) {
            throw new RuleViolation("AT-3", "audit time may be reduced by at most " + policy.maxReductionPercent()
                    + "% but the adjustment is " + adjustmentPercent + "%");
        }
        if (adjustmentPercent > policy.maxIncreasePercent()) {
            throw new RuleViolation("AT-3", "audit time may be increased by at most " + policy.maxIncreasePercent()
                    + "% but the adjustment is +" + adjustmentPercent + "%");
        }
    }

    private static BigDecimal percentOf(BigDecimal value, int percent) {
        return value.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED);
    }
}
