package org.certplan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every configuration check of {@link ProgrammePolicy}: one step past a limit is rejected with a message that names
 * the field and the limit, and a value exactly at the limit is accepted.
 */
class ProgrammePolicyValidationTest {

    private static final ProgrammePolicy DEFAULTS = ProgrammePolicy.defaults();

    private static Arguments check(String rule, UnaryOperator<ProgrammePolicy.Builder> change, String message) {
        return Arguments.of(rule, change, message);
    }

    static Stream<Arguments> onePastALimit() {
        return Stream.of(
                check("CYC-1", b -> b.cycleYears(0), "cycleYears must be at least 1 but was 0"),
                check("CYC-3", b -> b.surveillanceDeadlineMonths(0),
                        "surveillanceDeadlineMonths must be at least 1 but was 0"),
                check("CYC-5", b -> b.surveillanceWindowMonths(-1),
                        "surveillanceWindowMonths must be at least 0 but was -1"),
                check("CYC-6", b -> b.recertWindowStartMonthsBeforeExpiry(-1),
                        "recertWindowStartMonthsBeforeExpiry must be at least 0 but was -1"),
                check("CYC-6", b -> b.recertWindowEndDaysBeforeExpiry(-1),
                        "recertWindowEndDaysBeforeExpiry must be at least 0 but was -1"),
                check("CYC-6", b -> b.recertTargetMonthsBeforeExpiry(-1),
                        "recertTargetMonthsBeforeExpiry must be at least 0 but was -1"),
                check("CYC-2", b -> b.stage1EarliestDaysAfterApplication(-1),
                        "stage1EarliestDaysAfterApplication must be at least 0 but was -1"),
                check("CYC-2", b -> b.stage1TargetDaysAfterApplication(-1),
                        "stage1TargetDaysAfterApplication must be at least 0 but was -1"),
                check("CYC-2", b -> b.stage1LatestMonthsAfterApplication(-1),
                        "stage1LatestMonthsAfterApplication must be at least 0 but was -1"),
                check("CYC-7", b -> b.stage2MinGapDays(-1), "stage2MinGapDays must be at least 0 but was -1"),
                check("CYC-7", b -> b.stage2MaxGapMonths(-1), "stage2MaxGapMonths must be at least 0 but was -1"),
                check("CYC-7", b -> b.stage2TargetGapDays(-1), "stage2TargetGapDays must be at least 0 but was -1"),
                check("CYC-8", b -> b.restorationMonths(-1), "restorationMonths must be at least 0 but was -1"),
                check("CYC-9", b -> b.suspensionMaxMonths(-1), "suspensionMaxMonths must be at least 0 but was -1"),
                check("NC-2", b -> b.majorNcDeadlineDays(0).followUpTargetDaysBeforeDeadline(0),
                        "majorNcDeadlineDays must be at least 1 but was 0"),
                check("NC-2", b -> b.majorNcDeadlineDays(-1).followUpTargetDaysBeforeDeadline(0),
                        "majorNcDeadlineDays must be at least 1 but was -1"),
                check("NC-2", b -> b.followUpTargetDaysBeforeDeadline(-1),
                        "followUpTargetDaysBeforeDeadline must be at least 0 but was -1"),
                check("NC-4", b -> b.stage2CorrectionMonths(-1),
                        "stage2CorrectionMonths must be at least 0 but was -1"),
                check("AT-3", b -> b.maxReductionPercent(-1),
                        "maxReductionPercent must be between 0 and 100 but was -1"),
                check("AT-3", b -> b.maxReductionPercent(101),
                        "maxReductionPercent must be between 0 and 100 but was 101"),
                check("AT-3", b -> b.maxIncreasePercent(-1), "maxIncreasePercent must be at least 0 but was -1"),
                check("MS-4", b -> b.maxSiteReductionPercent(-1),
                        "maxSiteReductionPercent must be between 0 and 100 but was -1"),
                check("MS-4", b -> b.maxSiteReductionPercent(101),
                        "maxSiteReductionPercent must be between 0 and 100 but was 101"),
                check("MS-3", b -> b.randomSamplePercent(-1),
                        "randomSamplePercent must be between 0 and 100 but was -1"),
                check("MS-3", b -> b.randomSamplePercent(101),
                        "randomSamplePercent must be between 0 and 100 but was 101"),
                check("MS-2", b -> b.surveillanceSitePercentWithoutSampling(-1),
                        "surveillanceSitePercentWithoutSampling must be between 0 and 100 but was -1"),
                check("MS-2", b -> b.surveillanceSitePercentWithoutSampling(101),
                        "surveillanceSitePercentWithoutSampling must be between 0 and 100 but was 101"),
                check("NC-5", b -> b.followUpAuditorDays(BigDecimal.ZERO),
                        "followUpAuditorDays must be positive but was 0"),
                check("AT-4", b -> b.stage1MinDays(BigDecimal.ZERO), "stage1MinDays must be positive but was 0"),
                check("AT-4", b -> b.stage1MinDays(new BigDecimal("-0.5")),
                        "stage1MinDays must be positive but was -0.5"),
                check("AT-4", b -> b.stage1Share(new BigDecimal("-0.01")),
                        "stage1Share must be between 0 and 1 but was -0.01"),
                check("AT-4", b -> b.stage1Share(new BigDecimal("1.01")),
                        "stage1Share must be between 0 and 1 but was 1.01"),
                check("AT-8", b -> b.onsiteShare(new BigDecimal("-0.01")),
                        "onsiteShare must be between 0 and 1 but was -0.01"),
                check("AT-9", b -> b.maxRemoteShare(new BigDecimal("1.01")),
                        "maxRemoteShare must be between 0 and 1 but was 1.01"),
                check("AT-5", b -> b.surveillanceFraction(Fraction.of(4, 3)),
                        "surveillanceFraction must be between 0 and 1 but was 4/3"),
                check("AT-5", b -> b.recertificationFraction(Fraction.of(4, 3)),
                        "recertificationFraction must be between 0 and 1 but was 4/3"),
                check("CYC-6", b -> b.recertWindowStartMonthsBeforeExpiry(6).recertWindowEndDaysBeforeExpiry(169),
                        "recertWindowEndDaysBeforeExpiry (169 days) must not exceed recertWindowStartMonthsBeforeExpiry"
                                + " (6 months)"),
                check("CYC-2", b -> b.stage1LatestMonthsAfterApplication(1).stage1EarliestDaysAfterApplication(29),
                        "stage1EarliestDaysAfterApplication (29 days) must not exceed"
                                + " stage1LatestMonthsAfterApplication (1 months)"),
                check("CYC-7", b -> b.stage2MaxGapMonths(1).stage2MinGapDays(29),
                        "stage2MinGapDays (29 days) must not exceed stage2MaxGapMonths (1 months)"),
                check("NC-2", b -> b.majorNcDeadlineDays(10).followUpTargetDaysBeforeDeadline(10),
                        "followUpTargetDaysBeforeDeadline (10) must be less than majorNcDeadlineDays (10)"));
    }

    @ParameterizedTest(name = "{0} rejects: {2}")
    @MethodSource("onePastALimit")
    void policyValueOnePastItsLimit_rejectedNamingTheField(String rule, UnaryOperator<ProgrammePolicy.Builder> change,
            String message) {
        assertThatThrownBy(() -> change.apply(DEFAULTS.toBuilder()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> exactlyAtALimit() {
        return Stream.of(
                check("CYC-1", b -> b.cycleYears(1), "cycleYears"),
                check("CYC-3", b -> b.surveillanceDeadlineMonths(1), "surveillanceDeadlineMonths"),
                check("CYC-5", b -> b.surveillanceWindowMonths(0), "surveillanceWindowMonths"),
                check("CYC-6", b -> b.recertWindowStartMonthsBeforeExpiry(0).recertWindowEndDaysBeforeExpiry(0),
                        "recertWindowStartMonthsBeforeExpiry"),
                check("CYC-6", b -> b.recertTargetMonthsBeforeExpiry(0), "recertTargetMonthsBeforeExpiry"),
                check("CYC-2", b -> b.stage1EarliestDaysAfterApplication(0).stage1TargetDaysAfterApplication(0)
                        .stage1LatestMonthsAfterApplication(0), "stage1 after the application"),
                check("CYC-7", b -> b.stage2MinGapDays(0).stage2MaxGapMonths(0).stage2TargetGapDays(0), "stage 2 gap"),
                check("CYC-8", b -> b.restorationMonths(0), "restorationMonths"),
                check("CYC-9", b -> b.suspensionMaxMonths(0), "suspensionMaxMonths"),
                check("NC-2", b -> b.majorNcDeadlineDays(1).followUpTargetDaysBeforeDeadline(0), "majorNcDeadlineDays"),
                check("NC-2", b -> b.majorNcDeadlineDays(10).followUpTargetDaysBeforeDeadline(9),
                        "followUpTargetDaysBeforeDeadline"),
                check("NC-4", b -> b.stage2CorrectionMonths(0), "stage2CorrectionMonths"),
                check("AT-3", b -> b.maxReductionPercent(0).maxIncreasePercent(0), "no adjustment"),
                check("AT-3", b -> b.maxReductionPercent(100), "maxReductionPercent"),
                check("MS-4", b -> b.maxSiteReductionPercent(0), "maxSiteReductionPercent 0"),
                check("MS-4", b -> b.maxSiteReductionPercent(100), "maxSiteReductionPercent 100"),
                check("MS-3", b -> b.randomSamplePercent(0), "randomSamplePercent 0"),
                check("MS-3", b -> b.randomSamplePercent(100), "randomSamplePercent 100"),
                check("MS-2", b -> b.surveillanceSitePercentWithoutSampling(0),
                        "surveillanceSitePercentWithoutSampling 0"),
                check("MS-2", b -> b.surveillanceSitePercentWithoutSampling(100),
                        "surveillanceSitePercentWithoutSampling 100"),
                check("NC-5", b -> b.followUpAuditorDays(new BigDecimal("0.01")), "followUpAuditorDays"),
                check("AT-4", b -> b.stage1MinDays(new BigDecimal("0.01")), "stage1MinDays"),
                check("AT-4", b -> b.stage1Share(BigDecimal.ZERO), "stage1Share 0"),
                check("AT-4", b -> b.stage1Share(BigDecimal.ONE), "stage1Share 1"),
                check("AT-8", b -> b.onsiteShare(BigDecimal.ZERO), "onsiteShare 0"),
                check("AT-8", b -> b.onsiteShare(BigDecimal.ONE), "onsiteShare 1"),
                check("AT-9", b -> b.maxRemoteShare(BigDecimal.ZERO), "maxRemoteShare 0"),
                check("AT-9", b -> b.maxRemoteShare(BigDecimal.ONE), "maxRemoteShare 1"),
                check("AT-5", b -> b.surveillanceFraction(Fraction.of(1, 1)).recertificationFraction(Fraction.of(0, 1)),
                        "fractions"),
                check("CYC-6", b -> b.recertWindowStartMonthsBeforeExpiry(6).recertWindowEndDaysBeforeExpiry(168),
                        "recert window 168 days in 6 months"),
                check("CYC-2", b -> b.stage1LatestMonthsAfterApplication(1).stage1EarliestDaysAfterApplication(28),
                        "stage 1 28 days in 1 month"),
                check("CYC-7", b -> b.stage2MaxGapMonths(1).stage2MinGapDays(28), "stage 2 gap 28 days in 1 month"));
    }

    @ParameterizedTest(name = "{0} accepts {2} at its limit")
    @MethodSource("exactlyAtALimit")
    void policyValueExactlyAtItsLimit_accepted(String rule, UnaryOperator<ProgrammePolicy.Builder> change,
            String what) {
        ProgrammePolicy.Builder builder = change.apply(DEFAULTS.toBuilder());
        assertThatNoException().isThrownBy(builder::build);
        assertThat(builder.build()).isNotEqualTo(DEFAULTS);
    }

    @Test
    void missingNumbers_rejectedNamingTheField() {
        assertThatThrownBy(() -> DEFAULTS.toBuilder().followUpAuditorDays(null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("followUpAuditorDays");
        assertThatThrownBy(() -> DEFAULTS.toBuilder().stage1MinDays(null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("stage1MinDays");
        assertThatThrownBy(() -> DEFAULTS.toBuilder().stage1Share(null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("stage1Share");
        assertThatThrownBy(() -> DEFAULTS.toBuilder().maxRemoteShare(null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("maxRemoteShare");
        assertThatThrownBy(() -> DEFAULTS.toBuilder().surveillanceFraction(null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("surveillanceFraction");
        assertThatThrownBy(() -> DEFAULTS.toBuilder().recertificationFraction(null).build())
                .isInstanceOf(NullPointerException.class).hasMessage("recertificationFraction");
    }

    @Test
    void builder_carriesEveryValueOver() {
        ProgrammePolicy changed = DEFAULTS.toBuilder().cycleYears(4).surveillanceDeadlineMonths(11)
                .surveillanceWindowMonths(2).recertWindowStartMonthsBeforeExpiry(5).recertWindowEndDaysBeforeExpiry(40)
                .recertTargetMonthsBeforeExpiry(2).stage1EarliestDaysAfterApplication(10)
                .stage1TargetDaysAfterApplication(20).stage1LatestMonthsAfterApplication(5).stage2MinGapDays(10)
                .stage2MaxGapMonths(5).stage2TargetGapDays(20).restorationMonths(5).suspensionMaxMonths(5)
                .majorNcDeadlineDays(30).followUpTargetDaysBeforeDeadline(5).stage2CorrectionMonths(5)
                .followUpAuditorDays(BigDecimal.ONE).maxReductionPercent(20).maxIncreasePercent(50)
                .stage1Share(new BigDecimal("0.25")).stage1MinDays(BigDecimal.ONE).surveillanceFraction(Fraction.of(1,
                        4))
                .recertificationFraction(Fraction.of(1, 2)).onsiteShare(new BigDecimal("0.8"))
                .maxRemoteShare(new BigDecimal("0.2")).maxSiteReductionPercent(40).randomSamplePercent(20)
                .surveillanceSitePercentWithoutSampling(35).build();
        assertThat(changed.toBuilder().build()).isEqualTo(changed);
        assertThat(changed).isEqualTo(new ProgrammePolicy(4, 11, false, 2, 5, 40, 2, 10, 20, 5, 10, 5, 20, 5, 5, 30,
                5, 5,
                BigDecimal.ONE, 20, 50, new BigDecimal("0.25"), BigDecimal.ONE, Fraction.of(1, 4), Fraction.of(1, 2),
                new BigDecimal("0.8"), new BigDecimal("0.2"), 40, Stage1Basis.CENTRAL_FUNCTION, 20, 35));
    }
}
