package org.certplan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The edges of the audit-time inputs (AT-1, AT-2) and of the on-site share (AT-8). */
class AuditTimeEdgesTest {

    private final AuditTimeCalculator calculator = new AuditTimeCalculator(ProgrammePolicy.defaults());

    private static BigDecimal days(String value) {
        return new BigDecimal(value);
    }

    @Test
    void at1_onePersonOrganisation_takesTheSmallestBand() {
        AuditTime time = calculator.calculate(new AuditTimeInput(1, null, 0, false));
        assertThat(time.persons()).isEqualTo(1);
        assertThat(time.effectivePersons()).isEqualTo(1);
        assertThat(time.tableDays()).isEqualByComparingTo("5");
        assertThat(time.initialAuditorDays()).isEqualTo(days("5.0"));
        assertThat(time.stage1Days()).isEqualTo(days("1.5"));
        assertThat(time.stage2Days()).isEqualTo(days("3.5"));
        assertThat(time.surveillanceDays()).isEqualTo(days("1.5"));
        assertThat(time.recertificationDays()).isEqualTo(days("3.5"));
    }

    @Test
    void at1_zeroPersons_rejected() {
        assertThatThrownBy(() -> new AuditTimeInput(0, null, 0, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("persons must be at least 1 but was 0");
    }

    @Test
    void at2_zeroIdenticalWorkPersons_countsEveryone() {
        assertThat(AuditTimeCalculator.effectivePersons(20, 0)).isEqualTo(20);
        AuditTime time = calculator.calculate(new AuditTimeInput(20, 0, 0, false));
        assertThat(time.effectivePersons()).isEqualTo(20);
        assertThat(time.tableDays()).isEqualByComparingTo("7");
    }

    @Test
    void at2_identicalWorkEqualToPersons_countsOnlyTheRoot() {
        assertThat(AuditTimeCalculator.effectivePersons(16, 16)).isEqualTo(4);
        assertThat(AuditTimeCalculator.effectivePersons(17, 17)).isEqualTo(5);
        assertThat(AuditTimeCalculator.effectivePersons(1, 1)).isEqualTo(1);
        AuditTime time = calculator.calculate(new AuditTimeInput(400, 400, 0, false));
        assertThat(time.effectivePersons()).isEqualTo(20);
        assertThat(time.tableDays()).isEqualByComparingTo("7");
    }

    @Test
    void at2_identicalWorkOutsideZeroToPersons_rejected() {
        assertThatThrownBy(() -> AuditTimeCalculator.effectivePersons(10, 11))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("identical-work persons must be between 0 and 10 but was 11");
        assertThatThrownBy(() -> AuditTimeCalculator.effectivePersons(10, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("identical-work persons must be between 0 and 10 but was -1");
        assertThatThrownBy(() -> new AuditTimeInput(10, -1, 0, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("identical-work persons must be between 0 and 10 but was -1");
    }

    @Test
    void at2_squareRootRoundedUp_atAndAroundSquares() {
        assertThat(AuditTimeCalculator.ceilSqrt(0)).isZero();
        assertThat(AuditTimeCalculator.ceilSqrt(1)).isEqualTo(1);
        assertThat(AuditTimeCalculator.ceilSqrt(2)).isEqualTo(2);
        assertThat(AuditTimeCalculator.ceilSqrt(24)).isEqualTo(5);
        assertThat(AuditTimeCalculator.ceilSqrt(25)).isEqualTo(5);
        assertThat(AuditTimeCalculator.ceilSqrt(26)).isEqualTo(6);
        assertThat(AuditTimeCalculator.ceilSqrt(Integer.MAX_VALUE)).isEqualTo(46341);
    }

    private static AuditTime withFollowUp(BigDecimal followUpDays) {
        return new AuditTime(20, 20, days("7"), 0, days("7.0"), days("2.0"), days("5.0"), days("2.5"), days("4.5"),
                days("0.70"), days("0.30"), followUpDays);
    }

    @Test
    void at8_zeroDayAudit_hasNoOnsiteDays() {
        AuditTime time = withFollowUp(BigDecimal.ZERO);
        assertThat(time.onsiteDaysFor(AuditType.FOLLOW_UP)).isEqualTo(days("0.0"));
        assertThat(time.onsiteDaysFor(AuditType.SPECIAL)).isEqualTo(days("0.0"));
        assertThat(time.remoteDaysFor(AuditType.FOLLOW_UP)).isEqualTo(days("0.0"));
    }

    @Test
    void at8_halfDayAudit_keepsHalfADayOnSite() {
        AuditTime time = withFollowUp(days("0.5"));
        assertThat(time.onsiteDaysFor(AuditType.FOLLOW_UP)).isEqualTo(days("0.5"));
        assertThat(time.remoteDaysFor(AuditType.FOLLOW_UP)).isEqualTo(days("0.0"));
        assertThat(time.onsiteDaysFor(AuditType.STAGE_2)).isEqualTo(days("3.5"));
        assertThat(time.remoteDaysFor(AuditType.STAGE_2)).isEqualTo(days("1.0"));
    }

    @Test
    void at8_shortFollowUpOfThePolicy_roundsToNoDays() {
        ProgrammePolicy tenthOfADay = ProgrammePolicy.defaults().toBuilder().followUpAuditorDays(days("0.1")).build();
        AuditTime time = new AuditTimeCalculator(tenthOfADay).calculate(new AuditTimeInput(5, null, 0, false));
        assertThat(time.followUpDays()).isEqualTo(days("0.0"));
        assertThat(time.onsiteDaysFor(AuditType.FOLLOW_UP)).isEqualTo(days("0.0"));
    }

    @Test
    void at9_remoteShareOnlyWhenRemote() {
        assertThat(calculator.calculate(new AuditTimeInput(20, null, 0, true)).remoteShare())
                .isEqualByComparingTo("0.30");
        assertThat(calculator.calculate(new AuditTimeInput(20, null, 0, false)).remoteShare()).isZero();
    }

    @Test
    void at2_moreIdenticalWorkPersonsThanPersons_rejectedByTheInput() {
        assertThatThrownBy(() -> new AuditTimeInput(10, 11, 0, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("identical-work persons must be between 0 and 10 but was 11");
        assertThat(new AuditTimeInput(10, 10, 0, false).identicalWorkPersons()).isEqualTo(10);
    }

    @Test
    void ms4_siteWithNegativePersons_rejected_unmannedSiteAccepted() {
        assertThatThrownBy(() -> new SiteInput(1, "Data centre", -1, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("site persons cannot be negative: -1");
        assertThat(new SiteInput(1, "Data centre", 0, false).persons()).isZero();
    }

    @Test
    void at5_fractionWithANegativeNumerator_rejected_zeroAccepted() {
        assertThatThrownBy(() -> Fraction.of(-1, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fraction numerator cannot be negative: -1");
        assertThatThrownBy(() -> Fraction.of(1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("fraction denominator must be positive: 0");
        assertThat(Fraction.of(0, 3).times(new BigDecimal("7"))).isEqualByComparingTo("0");
        assertThat(Fraction.of(3, 3).isAtMostOne()).isTrue();
        assertThat(Fraction.of(4, 3).isAtMostOne()).isFalse();
    }

    @Test
    void ms4_negativeSiteReduction_rejected() {
        assertThatThrownBy(() -> new SiteInput(1, "Depot", 5, false, -1, "none"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a site reduction cannot be negative: -1");
        assertThat(new SiteInput(1, "Depot", 5, false, 0, null).reductionPercent()).isZero();
    }
}
