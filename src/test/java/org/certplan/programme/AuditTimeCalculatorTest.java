package org.certplan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditTimeCalculatorTest {

    private final ProgrammePolicy policy = ProgrammePolicy.defaults();
    private final AuditTimeCalculator calculator = new AuditTimeCalculator(policy);

    private static BigDecimal d(String days) {
        return new BigDecimal(days);
    }

    private static AuditTimeInput singleSite(int persons) {
        return new AuditTimeInput(persons, null, 0, false);
    }

    @Test
    void workedExample_20PersonsNoAdjustment() {
        AuditTime time = calculator.calculate(singleSite(20));

        assertThat(time.persons()).isEqualTo(20);
        assertThat(time.effectivePersons()).isEqualTo(20);
        assertThat(time.tableDays()).isEqualTo(d("7.0"));
        assertThat(time.initialAuditorDays()).isEqualTo(d("7.0"));
        assertThat(time.stage1Days()).isEqualTo(d("2.0"));
        assertThat(time.stage2Days()).isEqualTo(d("5.0"));
        assertThat(time.surveillanceDays()).isEqualTo(d("2.5"));
        assertThat(time.recertificationDays()).isEqualTo(d("4.5"));
    }

    @Test
    void at2_identicalWorkCountsAsSquareRootRoundedUp() {
        AuditTime time = calculator.calculate(new AuditTimeInput(120, 101, 0, false));
        // 19 others + ceil(sqrt(101)) = 19 + 11
        assertThat(time.effectivePersons()).isEqualTo(30);
        assertThat(time.tableDays()).isEqualTo(d("8.5"));
        assertThat(time.persons()).isEqualTo(120);
    }

    @ParameterizedTest(name = "{0} persons, {1} identical -> {2}")
    @CsvSource({"50, 0, 50", "50, 1, 50", "50, 4, 48", "50, 5, 48", "50, 50, 8", "49, 49, 7", "1, 1, 1",
        "10000, 10000, 100", "10000, 9999, 101"})
    void at2_effectivePersons(int persons, int identical, int effective) {
        assertThat(AuditTimeCalculator.effectivePersons(persons, identical)).isEqualTo(effective);
    }

    @Test
    void at2_offWhenNotGiven() {
        assertThat(AuditTimeCalculator.effectivePersons(50, null)).isEqualTo(50);
    }

    @Test
    void at2_moreIdenticalThanPersonsIsRejected() {
        assertThatThrownBy(() -> calculator.calculate(new AuditTimeInput(10, 11, 0, false)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditTimeCalculator.effectivePersons(10, 11))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditTimeInput(10, -1, 0, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void at1_noPersonsIsRejected() {
        assertThatThrownBy(() -> singleSite(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void at3_reductionUpToTheCap() {
        AuditTime time = calculator.calculate(new AuditTimeInput(20, null, -30, false));
        // 7 × 0.7 = 4.9 → 5.0
        assertThat(time.adjustmentPercent()).isEqualTo(-30);
        assertThat(time.tableDays()).isEqualTo(d("7.0"));
        assertThat(time.initialAuditorDays()).isEqualTo(d("5.0"));
    }

    @Test
    void at3_reductionBeyondTheCapIsARuleViolation() {
        assertThatThrownBy(() -> calculator.calculate(new AuditTimeInput(20, null, -31, false)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("AT-3"))
                .hasMessageContaining("30%");
    }

    @Test
    void at3_increaseUpToTheMaximum() {
        AuditTime time = calculator.calculate(new AuditTimeInput(20, null, 100, false));
        assertThat(time.initialAuditorDays()).isEqualTo(d("14.0"));
        assertThatThrownBy(() -> calculator.calculate(new AuditTimeInput(20, null, 101, false)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("AT-3"));
    }

    @Test
    void at3_capFollowsPolicy() {
        AuditTimeCalculator strict = new AuditTimeCalculator(policy.toBuilder().maxReductionPercent(10).build());
        assertThatThrownBy(() -> strict.calculate(new AuditTimeInput(20, null, -11, false)))
                .isInstanceOf(RuleViolation.class);
        assertThat(strict.calculate(new AuditTimeInput(20, null, -10, false)).initialAuditorDays())
                .isEqualTo(d("6.5"));
    }

    @Test
    void at3_adjustedTimeIsRoundedToHalfDays() {
        // 8.5 × 1.15 = 9.775 → 10.0; 8.5 × 0.85 = 7.225 → 7.0
        assertThat(calculator.calculate(new AuditTimeInput(30, null, 15, false)).initialAuditorDays())
                .isEqualTo(d("10.0"));
        assertThat(calculator.calculate(new AuditTimeInput(30, null, -15, false)).initialAuditorDays())
                .isEqualTo(d("7.0"));
    }

    @ParameterizedTest(name = "{0} persons: stage 1 {1}, stage 2 {2}")
    @CsvSource({"5, 1.5, 3.5", "30, 2.5, 6.0", "50, 3.0, 7.0", "500, 5.0, 11.5", "10700, 8.5, 19.5"})
    void at4_stageSplit(int persons, String stage1, String stage2) {
        AuditTime time = calculator.calculate(singleSite(persons));
        assertThat(time.stage1Days()).isEqualTo(d(stage1));
        assertThat(time.stage2Days()).isEqualTo(d(stage2));
        assertThat(time.stage1Days().add(time.stage2Days())).isEqualTo(time.initialAuditorDays());
    }

    @Test
    void at4_stage1AtLeastTheMinimum() {
        ProgrammePolicy tinyStage1 = policy.toBuilder().stage1Share(new BigDecimal("0.04")).build();
        AuditTime time = new AuditTimeCalculator(tinyStage1).calculate(singleSite(5));
        // 5 × 0.04 = 0.2 rounds to 0.0, raised to the 0.5 minimum
        assertThat(time.stage1Days()).isEqualTo(d("0.5"));
        assertThat(time.stage2Days()).isEqualTo(d("4.5"));

        ProgrammePolicy noStage1Share = policy.toBuilder().stage1Share(BigDecimal.ZERO)
                .stage1MinDays(new BigDecimal("1.0")).build();
        AuditTime minimum = new AuditTimeCalculator(noStage1Share).calculate(singleSite(5));
        assertThat(minimum.stage1Days()).isEqualTo(d("1.0"));
        assertThat(minimum.stage2Days()).isEqualTo(d("4.0"));
    }

    @ParameterizedTest(name = "initial {0}: surveillance {1}, recertification {2}")
    @CsvSource({"5, 5.0, 1.5, 3.5", "20, 7.0, 2.5, 4.5", "30, 8.5, 3.0, 5.5", "50, 10.0, 3.5, 6.5",
        "70, 11.0, 3.5, 7.5", "1000, 18.5, 6.0, 12.5"})
    void at5_surveillanceAndRecertificationAreThirdsOfInitialTime(int persons, String initial, String surveillance,
                                                                  String recertification) {
        AuditTime time = calculator.calculate(singleSite(persons));
        assertThat(time.initialAuditorDays()).isEqualTo(d(initial));
        assertThat(time.surveillanceDays()).isEqualTo(d(surveillance));
        assertThat(time.recertificationDays()).isEqualTo(d(recertification));
    }

    @Test
    void at6_allDayValuesHaveScaleOne() {
        AuditTime time = calculator.calculate(new AuditTimeInput(30, 9, -20, true));
        assertThat(List.of(time.tableDays(), time.initialAuditorDays(), time.stage1Days(), time.stage2Days(),
                time.surveillanceDays(), time.recertificationDays(), time.followUpDays()))
                .allSatisfy(days -> assertThat(days.scale()).isEqualTo(1));
    }

    @Test
    void at8_onsiteDaysAreSeventyPercentRoundedToHalfDays() {
        AuditTime time = calculator.calculate(singleSite(20));
        assertThat(time.onsiteShare()).isEqualTo(d("0.70"));
        assertThat(time.onsiteDaysFor(AuditType.STAGE_1)).isEqualTo(d("1.5"));   // 2.0 × 0.7 = 1.4
        assertThat(time.onsiteDaysFor(AuditType.STAGE_2)).isEqualTo(d("3.5"));   // 5.0 × 0.7
        assertThat(time.onsiteDaysFor(AuditType.SURVEILLANCE_1)).isEqualTo(d("2.0")); // 2.5 × 0.7 = 1.75
        assertThat(time.onsiteDaysFor(AuditType.RECERTIFICATION)).isEqualTo(d("3.0")); // 4.5 × 0.7 = 3.15
    }

    @Test
    void at8_onsiteDaysAtLeastHalfADay() {
        AuditTime time = calculator.calculate(singleSite(20));
        // follow-up 0.5 × 0.7 = 0.35 → 0.5
        assertThat(time.onsiteDaysFor(AuditType.FOLLOW_UP)).isEqualTo(d("0.5"));
        ProgrammePolicy lowOnsite = policy.toBuilder().onsiteShare(new BigDecimal("0.10")).build();
        AuditTime low = new AuditTimeCalculator(lowOnsite).calculate(singleSite(20));
        // 2.0 × 0.1 = 0.2 → 0.0, raised to 0.5
        assertThat(low.onsiteDaysFor(AuditType.STAGE_1)).isEqualTo(d("0.5"));
    }

    @Test
    void at9_remoteDaysAreAtMostThirtyPercentOfOnsiteRoundedDown() {
        AuditTime remote = calculator.calculate(new AuditTimeInput(20, null, 0, true));
        assertThat(remote.remoteShare()).isEqualTo(d("0.30"));
        assertThat(remote.remoteDaysFor(AuditType.STAGE_2)).isEqualTo(d("1.0"));   // 3.5 × 0.3 = 1.05
        assertThat(remote.remoteDaysFor(AuditType.STAGE_1)).isEqualTo(d("0.0"));   // 1.5 × 0.3 = 0.45

        AuditTime large = calculator.calculate(new AuditTimeInput(10700, null, 0, true));
        // stage 2 19.5 → on site 13.5 (13.65) → remote 4.0 (4.05)
        assertThat(large.onsiteDaysFor(AuditType.STAGE_2)).isEqualTo(d("13.5"));
        assertThat(large.remoteDaysFor(AuditType.STAGE_2)).isEqualTo(d("4.0"));
    }

    @Test
    void at9_noRemoteDaysWhenNotRemote() {
        AuditTime onsite = calculator.calculate(singleSite(10700));
        assertThat(onsite.remoteShare()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(onsite.remoteDaysFor(AuditType.STAGE_2)).isEqualTo(d("0.0"));
    }

    @Test
    void nc5_followUpAndSpecialAuditsTakeThePolicyLength() {
        AuditTime time = calculator.calculate(singleSite(20));
        assertThat(time.daysFor(AuditType.FOLLOW_UP)).isEqualTo(d("0.5"));
        assertThat(time.daysFor(AuditType.SPECIAL)).isEqualTo(d("0.5"));
        assertThat(time.daysFor(AuditType.SURVEILLANCE_2)).isEqualTo(d("2.5"));
        assertThat(time.daysFor(AuditType.STAGE_1)).isEqualTo(d("2.0"));
        assertThat(time.daysFor(AuditType.STAGE_2)).isEqualTo(d("5.0"));
        assertThat(time.daysFor(AuditType.RECERTIFICATION)).isEqualTo(d("4.5"));

        ProgrammePolicy dayLong = policy.toBuilder().followUpAuditorDays(new BigDecimal("1")).build();
        AuditTime calculatedWithDayLong = new AuditTimeCalculator(dayLong).calculate(singleSite(20));
        assertThat(calculatedWithDayLong.followUpDays()).isEqualTo(d("1.0"));
        assertThat(calculatedWithDayLong.daysFor(AuditType.SPECIAL)).isEqualTo(d("1.0"));
    }
}
