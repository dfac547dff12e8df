package org.certplan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ProgrammePolicyTest {

    private static final ProgrammePolicy DEFAULTS = ProgrammePolicy.defaults();

    private static void rejected(UnaryOperator<ProgrammePolicy.Builder> change, String messagePart) {
        assertThatThrownBy(() -> change.apply(DEFAULTS.toBuilder()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(messagePart);
    }

    @Test
    void defaultsAreTheRuleBook() {
        ProgrammePolicy p = DEFAULTS;
        assertThat(p.cycleYears()).isEqualTo(3);
        assertThat(p.surveillanceDeadlineMonths()).isEqualTo(12);
        assertThat(p.anchorSa1ToStage2()).isFalse();
        assertThat(p.surveillanceWindowMonths()).isEqualTo(3);
        assertThat(p.recertWindowStartMonthsBeforeExpiry()).isEqualTo(6);
        assertThat(p.recertWindowEndDaysBeforeExpiry()).isEqualTo(42);
        assertThat(p.recertTargetMonthsBeforeExpiry()).isEqualTo(3);
        assertThat(p.stage1EarliestDaysAfterApplication()).isEqualTo(14);
        assertThat(p.stage1TargetDaysAfterApplication()).isEqualTo(30);
        assertThat(p.stage1LatestMonthsAfterApplication()).isEqualTo(6);
        assertThat(p.stage2MinGapDays()).isEqualTo(14);
        assertThat(p.stage2MaxGapMonths()).isEqualTo(6);
        assertThat(p.stage2TargetGapDays()).isEqualTo(30);
        assertThat(p.restorationMonths()).isEqualTo(6);
        assertThat(p.suspensionMaxMonths()).isEqualTo(6);
        assertThat(p.majorNcDeadlineDays()).isEqualTo(42);
        assertThat(p.followUpTargetDaysBeforeDeadline()).isEqualTo(7);
        assertThat(p.stage2CorrectionMonths()).isEqualTo(6);
        assertThat(p.followUpAuditorDays()).isEqualByComparingTo("0.5");
        assertThat(p.maxReductionPercent()).isEqualTo(30);
        assertThat(p.maxIncreasePercent()).isEqualTo(100);
        assertThat(p.stage1Share()).isEqualByComparingTo("0.30");
        assertThat(p.stage1MinDays()).isEqualByComparingTo("0.5");
        assertThat(p.surveillanceFraction()).isEqualTo(Fraction.of(1, 3));
        assertThat(p.recertificationFraction()).isEqualTo(Fraction.of(2, 3));
        assertThat(p.onsiteShare()).isEqualByComparingTo("0.70");
        assertThat(p.maxRemoteShare()).isEqualByComparingTo("0.30");
        assertThat(p.maxSiteReductionPercent()).isEqualTo(50);
        assertThat(p.multiSiteStage1Basis()).isEqualTo(Stage1Basis.CENTRAL_FUNCTION);
        assertThat(p.randomSamplePercent()).isEqualTo(25);
        assertThat(p.surveillanceSitePercentWithoutSampling()).isEqualTo(30);
    }

    @Test
    void builderChangesOneValueAndKeepsTheRest() {
        ProgrammePolicy anchored = DEFAULTS.toBuilder().anchorSa1ToStage2(true).build();
        assertThat(anchored.anchorSa1ToStage2()).isTrue();
        assertThat(anchored.toBuilder().anchorSa1ToStage2(false).build()).isEqualTo(DEFAULTS);
        assertThat(DEFAULTS.toBuilder().build()).isEqualTo(DEFAULTS);
    }

    @Test
    void negativeNumbersAreRejected() {
        rejected(b -> b.majorNcDeadlineDays(-1), "majorNcDeadlineDays");
        rejected(b -> b.stage2MinGapDays(-1), "stage2MinGapDays");
        rejected(b -> b.restorationMonths(-1), "restorationMonths");
        rejected(b -> b.maxIncreasePercent(-5), "maxIncreasePercent");
        rejected(b -> b.followUpAuditorDays(new BigDecimal("-0.5")), "followUpAuditorDays");
        rejected(b -> b.cycleYears(0), "cycleYears");
    }

    @Test
    void sharesOutsideZeroToOneAreRejected() {
        rejected(b -> b.onsiteShare(new BigDecimal("1.01")), "onsiteShare must be between 0 and 1");
        rejected(b -> b.maxRemoteShare(new BigDecimal("-0.1")), "maxRemoteShare");
        rejected(b -> b.stage1Share(new BigDecimal("2")), "stage1Share");
        rejected(b -> b.surveillanceFraction(Fraction.of(4, 3)), "surveillanceFraction");
    }

    @Test
    void percentagesAboveHundredAreRejected() {
        rejected(b -> b.maxReductionPercent(101), "maxReductionPercent");
        rejected(b -> b.maxSiteReductionPercent(120), "maxSiteReductionPercent");
        rejected(b -> b.randomSamplePercent(101), "randomSamplePercent");
    }

    @Test
    void limitsThatWouldInvertAWindowAreRejected() {
        rejected(b -> b.recertWindowEndDaysBeforeExpiry(200), "recertWindowEndDaysBeforeExpiry");
        rejected(b -> b.stage2MinGapDays(200), "stage2MinGapDays");
        rejected(b -> b.followUpTargetDaysBeforeDeadline(42), "followUpTargetDaysBeforeDeadline");
    }

    @Test
    void missingValuesAreRejected() {
        assertThatThrownBy(() -> DEFAULTS.toBuilder().onsiteShare(null).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("onsiteShare");
    }

    @Test
    void at5_fractionsAreExact() {
        assertThat(Fraction.of(1, 3).times(new BigDecimal("7"))).isEqualByComparingTo("2.3333333333");
        assertThat(Fraction.of(2, 3).times(new BigDecimal("7"))).isEqualByComparingTo("4.6666666667");
        assertThat(Fraction.parse("2/3")).isEqualTo(Fraction.of(2, 3));
        assertThat(Fraction.parse(" 1 / 4 ")).isEqualTo(Fraction.of(1, 4));
        assertThat(Fraction.parse("1")).isEqualTo(Fraction.of(1, 1));
        assertThat(Fraction.of(1, 3)).hasToString("1/3");
        assertThatThrownBy(() -> Fraction.parse("a/3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fraction.parse("1/2/3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
