package org.certplan.programme;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Every number of the programme rules (domain rules §1–4) that is a certification body's policy or a parameter of
 * a normative rule. {@link #defaults()} is the rule book; {@link #toBuilder()} changes single values.
 *
 * @param cycleYears CYC-1 length of a certification cycle
 * @param surveillanceDeadlineMonths CYC-3 latest first surveillance after the certification decision
 * @param anchorSa1ToStage2 CYC-3 option: the first surveillance is also due 12 months after the last stage 2 day
 * @param surveillanceWindowMonths CYC-5 planning window before the surveillance target
 * @param recertWindowStartMonthsBeforeExpiry CYC-6 earliest recertification start before expiry
 * @param recertWindowEndDaysBeforeExpiry CYC-6 latest recertification end before expiry
 * @param recertTargetMonthsBeforeExpiry CYC-6 recertification target before expiry
 * @param stage1EarliestDaysAfterApplication earliest stage 1 after the application
 * @param stage1TargetDaysAfterApplication stage 1 target after the application
 * @param stage1LatestMonthsAfterApplication latest stage 1 after the application
 * @param stage2MinGapDays CYC-7 minimum gap between stage 1 and stage 2
 * @param stage2MaxGapMonths CYC-7 maximum gap; beyond it stage 1 is repeated
 * @param stage2TargetGapDays CYC-7 target gap
 * @param restorationMonths CYC-8 restoration period after expiry
 * @param suspensionMaxMonths CYC-9 longest suspension
 * @param majorNcDeadlineDays NC-2 follow-up deadline for a major nonconformity
 * @param followUpTargetDaysBeforeDeadline NC-2 follow-up target, this many days before its deadline
 * @param stage2CorrectionMonths NC-4 latest verification of stage 2 corrections
 * @param followUpAuditorDays NC-5 length of a follow-up (also used for special audits)
 * @param maxReductionPercent AT-3 largest total reduction of audit time
 * @param maxIncreasePercent AT-3 largest total increase of audit time
 * @param stage1Share AT-4 stage 1 share of initial audit time
 * @param stage1MinDays AT-4 shortest stage 1
 * @param surveillanceFraction AT-5 surveillance time as a fraction of initial time
 * @param recertificationFraction AT-5 recertification time as a fraction of initial time
 * @param onsiteShare AT-8 on-site share of audit time
 * @param maxRemoteShare AT-9 largest remote share of on-site time
 * @param maxSiteReductionPercent MS-4 largest reduction of a site's table time
 * @param multiSiteStage1Basis AT-4 for a multi-site client: the time stage 1 takes its share of
 * @param randomSamplePercent MS-3 share of a site sample drawn at random
 * @param surveillanceSitePercentWithoutSampling MS-2 sites visited per surveillance when sampling is not allowed
 */
public record ProgrammePolicy(
        int cycleYears,
        int surveillanceDeadlineMonths,
        boolean anchorSa1ToStage2,
        int surveillanceWindowMonths,
        int recertWindowStartMonthsBeforeExpiry,
        int recertWindowEndDaysBeforeExpiry,
        int recertTargetMonthsBeforeExpiry,
        int stage1EarliestDaysAfterApplication,
        int stage1TargetDaysAfterApplication,
        int stage1LatestMonthsAfterApplication,
        int stage2MinGapDays,
        int stage2MaxGapMonths,
        int stage2TargetGapDays,
        int restorationMonths,
        int suspensionMaxMonths,
        int majorNcDeadlineDays,
        int followUpTargetDaysBeforeDeadline,
        int stage2CorrectionMonths,
        BigDecimal followUpAuditorDays,
        int maxReductionPercent,
        int maxIncreasePercent,
        BigDecimal stage1Share,
        BigDecimal stage1MinDays,
        Fraction surveillanceFraction,
        Fraction recertificationFraction,
        BigDecimal onsiteShare,
        BigDecimal maxRemoteShare,
        int maxSiteReductionPercent,
        Stage1Basis multiSiteStage1Basis,
        int randomSamplePercent,
        int surveillanceSitePercentWithoutSampling) {

    /** Shortest month, used to check that month-based and day-based limits cannot cross. */
    private static final int DAYS_IN_SHORTEST_MONTH = 28;

    public ProgrammePolicy {
        atLeast("cycleYears", cycleYears, 1);
        atLeast("surveillanceDeadlineMonths", surveillanceDeadlineMonths, 1);
        atLeast("surveillanceWindowMonths", surveillanceWindowMonths, 0);
        atLeast("recertWindowStartMonthsBeforeExpiry", recertWindowStartMonthsBeforeExpiry, 0);
        atLeast("recertWindowEndDaysBeforeExpiry", recertWindowEndDaysBeforeExpiry, 0);
        atLeast("recertTargetMonthsBeforeExpiry", recertTargetMonthsBeforeExpiry, 0);
        atLeast("stage1EarliestDaysAfterApplication", stage1EarliestDaysAfterApplication, 0);
        atLeast("stage1TargetDaysAfterApplication", stage1TargetDaysAfterApplication, 0);
        atLeast("stage1LatestMonthsAfterApplication", stage1LatestMonthsAfterApplication, 0);
        atLeast("stage2MinGapDays", stage2MinGapDays, 0);
        atLeast("stage2MaxGapMonths", stage2MaxGapMonths, 0);
        atLeast("stage2TargetGapDays", stage2TargetGapDays, 0);
        atLeast("restorationMonths", restorationMonths, 0);
        atLeast("suspensionMaxMonths", suspensionMaxMonths, 0);
        atLeast("majorNcDeadlineDays", majorNcDeadlineDays, 1);
        atLeast("followUpTargetDaysBeforeDeadline", followUpTargetDaysBeforeDeadline, 0);
        atLeast("stage2CorrectionMonths", stage2CorrectionMonths, 0);
        percent("maxReductionPercent", maxReductionPercent);
        atLeast("maxIncreasePercent", maxIncreasePercent, 0);
        percent("maxSiteReductionPercent", maxSiteReductionPercent);
        percent("randomSamplePercent", randomSamplePercent);
        percent("surveillanceSitePercentWithoutSampling", surveillanceSitePercentWithoutSampling);
        positiveDays("followUpAuditorDays", followUpAuditorDays);
        positiveDays("stage1MinDays", stage1MinDays);
        share("stage1Share", stage1Share);
        share("onsiteShare", onsiteShare);
        share("maxRemoteShare", maxRemoteShare);
        fraction("surveillanceFraction", surveillanceFraction);
        fraction("recertificationFraction", recertificationFraction);
        Objects.requireNonNull(multiSiteStage1Basis, "multiSiteStage1Basis");

        notLonger("recertWindowEndDaysBeforeExpiry", recertWindowEndDaysBeforeExpiry,
                "recertWindowStartMonthsBeforeExpiry", recertWindowStartMonthsBeforeExpiry);
        notLonger("stage1EarliestDaysAfterApplication", stage1EarliestDaysAfterApplication,
                "stage1LatestMonthsAfterApplication", stage1LatestMonthsAfterApplication);
        notLonger("stage2MinGapDays", stage2MinGapDays, "stage2MaxGapMonths", stage2MaxGapMonths);
        if (followUpTargetDaysBeforeDeadline >= majorNcDeadlineDays) {
            throw new IllegalArgumentException("followUpTargetDaysBeforeDeadline (" + followUpTargetDaysBeforeDeadline
                    + ") must be less than majorNcDeadlineDays (" + majorNcDeadlineDays + ")");
        }
    }

    /** The rule-book defaults of domain rules §1–4. */
    public static ProgrammePolicy defaults() {
        return new ProgrammePolicy(
                3, 12, false, 3,
                6, 42, 3,
                14, 30, 6,
                14, 6, 30,
                6, 6,
                42, 7, 6, new BigDecimal("0.5"),
                30, 100,
                new BigDecimal("0.30"), new BigDecimal("0.5"),
                Fraction.of(1, 3), Fraction.of(2, 3),
                new BigDecimal("0.70"), new BigDecimal("0.30"),
                50, Stage1Basis.CENTRAL_FUNCTION, 25, 30);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    private static void atLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + " but was " + value);
        }
    }

    private static void percent(String name, int value) {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException(name + " must be between 0 and 100 but was " + value);
        }
    }

    private static void positiveDays(String name, BigDecimal value) {
        Objects.requireNonNull(value, name);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive but was " + value);
        }
    }

    private static void share(String name, BigDecimal value) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be between 0 and 1 but was " + value);
        }
    }

    private static void fraction(String name, Fraction value) {
        Objects.requireNonNull(value, name);
        if (!value.isAtMostOne()) {
            throw new IllegalArgumentException(name + " must be between 0 and 1 but was " + value);
        }
    }

    private static void notLonger(String daysName, int days, String monthsName, int months) {
        if (days > months * DAYS_IN_SHORTEST_MONTH) {
            throw new IllegalArgumentException(daysName + " (" + days + " days) must not exceed " + monthsName
                    + " (" + months + " months)");
        }
    }

    /** Copies a policy and changes single values; {@link #build()} validates. */
    public static final class Builder {
        private int cycleYears;
        private int surveillanceDeadlineMonths;
        private boolean anchorSa1ToStage2;
        private int surveillanceWindowMonths;
        private int recertWindowStartMonthsBeforeExpiry;
        private int recertWindowEndDaysBeforeExpiry;
        private int recertTargetMonthsBeforeExpiry;
        private int stage1EarliestDaysAfterApplication;
        private int stage1TargetDaysAfterApplication;
        private int stage1LatestMonthsAfterApplication;
        private int stage2MinGapDays;
        private int stage2MaxGapMonths;
        private int stage2TargetGapDays;
        private int restorationMonths;
        private int suspensionMaxMonths;
        private int majorNcDeadlineDays;
        private int followUpTargetDaysBeforeDeadline;
        private int stage2CorrectionMonths;
        private BigDecimal followUpAuditorDays;
        private int maxReductionPercent;
        private int maxIncreasePercent;
        private BigDecimal stage1Share;
        private BigDecimal stage1MinDays;
        private Fraction surveillanceFraction;
        private Fraction recertificationFraction;
        private BigDecimal onsiteShare;
        private BigDecimal maxRemoteShare;
        private int maxSiteReductionPercent;
        private Stage1Basis multiSiteStage1Basis;
        private int randomSamplePercent;
        private int surveillanceSitePercentWithoutSampling;

        private Builder(ProgrammePolicy p) {
            cycleYears = p.cycleYears;
            surveillanceDeadlineMonths = p.surveillanceDeadlineMonths;
            anchorSa1ToStage2 = p.anchorSa1ToStage2;
            surveillanceWindowMonths = p.surveillanceWindowMonths;
            recertWindowStartMonthsBeforeExpiry = p.recertWindowStartMonthsBeforeExpiry;
            recertWindowEndDaysBeforeExpiry = p.recertWindowEndDaysBeforeExpiry;
            recertTargetMonthsBeforeExpiry = p.recertTargetMonthsBeforeExpiry;
            stage1EarliestDaysAfterApplication = p.stage1EarliestDaysAfterApplication;
            stage1TargetDaysAfterApplication = p.stage1TargetDaysAfterApplication;
            stage1LatestMonthsAfterApplication = p.stage1LatestMonthsAfterApplication;
            stage2MinGapDays = p.stage2MinGapDays;
            stage2MaxGapMonths = p.stage2MaxGapMonths;
            stage2TargetGapDays = p.stage2TargetGapDays;
            restorationMonths = p.restorationMonths;
            suspensionMaxMonths = p.suspensionMaxMonths;
            majorNcDeadlineDays = p.majorNcDeadlineDays;
            followUpTargetDaysBeforeDeadline = p.followUpTargetDaysBeforeDeadline;
            stage2CorrectionMonths = p.stage2CorrectionMonths;
            followUpAuditorDays = p.followUpAuditorDays;
            maxReductionPercent = p.maxReductionPercent;
            maxIncreasePercent = p.maxIncreasePercent;
            stage1Share = p.stage1Share;
            stage1MinDays = p.stage1MinDays;
            surveillanceFraction = p.surveillanceFraction;
            recertificationFraction = p.recertificationFraction;
            onsiteShare = p.onsiteShare;
            maxRemoteShare = p.maxRemoteShare;
            maxSiteReductionPercent = p.maxSiteReductionPercent;
            multiSiteStage1Basis = p.multiSiteStage1Basis;
            randomSamplePercent = p.randomSamplePercent;
            surveillanceSitePercentWithoutSampling = p.surveillanceSitePercentWithoutSampling;
        }

        public Builder cycleYears(int v) { cycleYears = v; return this; }
        public Builder surveillanceDeadlineMonths(int v) { surveillanceDeadlineMonths = v; return this; }
        public Builder anchorSa1ToStage2(boolean v) { anchorSa1ToStage2 = v; return this; }
        public Builder surveillanceWindowMonths(int v) { surveillanceWindowMonths = v; return this; }
        public Builder recertWindowStartMonthsBeforeExpiry(int v) { recertWindowStartMonthsBeforeExpiry = v; return this; }
        public Builder recertWindowEndDaysBeforeExpiry(int v) { recertWindowEndDaysBeforeExpiry = v; return this; }
        public Builder recertTargetMonthsBeforeExpiry(int v) { recertTargetMonthsBeforeExpiry = v; return this; }
        public Builder stage1EarliestDaysAfterApplication(int v) { stage1EarliestDaysAfterApplication = v; return this; }
        public Builder stage1TargetDaysAfterApplication(int v) { stage1TargetDaysAfterApplication = v; return this; }
        public Builder stage1LatestMonthsAfterApplication(int v) { stage1LatestMonthsAfterApplication = v; return this; }
        public Builder stage2MinGapDays(int v) { stage2MinGapDays = v; return this; }
        public Builder stage2MaxGapMonths(int v) { stage2MaxGapMonths = v; return this; }
        public Builder stage2TargetGapDays(int v) { stage2TargetGapDays = v; return this; }
        public Builder restorationMonths(int v) { restorationMonths = v; return this; }
        public Builder suspensionMaxMonths(int v) { suspensionMaxMonths = v; return this; }
        public Builder majorNcDeadlineDays(int v) { majorNcDeadlineDays = v; return this; }
        public Builder followUpTargetDaysBeforeDeadline(int v) { followUpTargetDaysBeforeDeadline = v; return this; }
        public Builder stage2CorrectionMonths(int v) { stage2CorrectionMonths = v; return this; }
        public Builder followUpAuditorDays(BigDecimal v) { followUpAuditorDays = v; return this; }
        public Builder maxReductionPercent(int v) { maxReductionPercent = v; return this; }
        public Builder maxIncreasePercent(int v) { maxIncreasePercent = v; return this; }
        public Builder stage1Share(BigDecimal v) { stage1Share = v; return this; }
        public Builder stage1MinDays(BigDecimal v) { stage1MinDays = v; return this; }
        public Builder surveillanceFraction(Fraction v) { surveillanceFraction = v; return this; }
        public Builder recertificationFraction(Fraction v) { recertificationFraction = v; return this; }
        public Builder onsiteShare(BigDecimal v) { onsiteShare = v; return this; }
        public Builder maxRemoteShare(BigDecimal v) { maxRemoteShare = v; return this; }
        public Builder maxSiteReductionPercent(int v) { maxSiteReductionPercent = v; return this; }
        public Builder multiSiteStage1Basis(Stage1Basis v) { multiSiteStage1Basis = v; return this; }
        public Builder randomSamplePercent(int v) { randomSamplePercent = v; return this; }
        public Builder surveillanceSitePercentWithoutSampling(int v) { surveillanceSitePercentWithoutSampling = v; return this; }

        public ProgrammePolicy build() {
            return new ProgrammePolicy(
                    cycleYears, surveillanceDeadlineMonths, anchorSa1ToStage2, surveillanceWindowMonths,
                    recertWindowStartMonthsBeforeExpiry, recertWindowEndDaysBeforeExpiry,
                    recertTargetMonthsBeforeExpiry,
                    stage1EarliestDaysAfterApplication, stage1TargetDaysAfterApplication,
                    stage1LatestMonthsAfterApplication,
                    stage2MinGapDays, stage2MaxGapMonths, stage2TargetGapDays,
                    restorationMonths, suspensionMaxMonths,
                    majorNcDeadlineDays, followUpTargetDaysBeforeDeadline, stage2CorrectionMonths,
                    followUpAuditorDays,
                    maxReductionPercent, maxIncreasePercent,
                    stage1Share, stage1MinDays,
                    surveillanceFraction, recertificationFraction,
                    onsiteShare, maxRemoteShare,
                    maxSiteReductionPercent, multiSiteStage1Basis, randomSamplePercent,
                    surveillanceSitePercentWithoutSampling);
        }
    }
}
