package org.certplan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CycleCalendarTest {

    private final CycleCalendar calendar = new CycleCalendar(ProgrammePolicy.defaults());
    private final CycleCalendar anchored =
            new CycleCalendar(ProgrammePolicy.defaults().toBuilder().anchorSa1ToStage2(true).build());

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static Window window(String earliest, String target, String latest) {
        return new Window(day(earliest), day(target), day(latest));
    }

    // CYC-1

    @Test
    void cyc1_expiryIsThreeYearsLessOneDay() {
        assertThat(calendar.expiry(day("2025-03-15"))).isEqualTo(day("2028-03-14"));
        assertThat(calendar.expiry(day("2025-01-01"))).isEqualTo(day("2027-12-31"));
        assertThat(calendar.expiry(day("2026-01-31"))).isEqualTo(day("2029-01-30"));
    }

    @Test
    void cyc1_leapDayStartExpiresOnTheLastDayOfFebruary() {
        assertThat(calendar.expiry(day("2024-02-29"))).isEqualTo(day("2027-02-28"));
        assertThat(calendar.expiry(day("2024-03-01"))).isEqualTo(day("2027-02-28"));
        assertThat(calendar.expiry(day("2025-03-01"))).isEqualTo(day("2028-02-29"));
    }

    @Test
    void cyc1_cycleLengthFollowsPolicy() {
        CycleCalendar twoYears = new CycleCalendar(ProgrammePolicy.defaults().toBuilder().cycleYears(2).build());
        assertThat(twoYears.expiry(day("2025-03-15"))).isEqualTo(day("2027-03-14"));
    }

    // CYC-6 cycle continuation

    @Test
    void cyc6_nextCycleKeepsTheOldDatesWithoutDrift() {
        assertThat(calendar.nextCycleExpiry(day("2028-03-14"))).isEqualTo(day("2031-03-14"));
        assertThat(calendar.nextCycleStart(day("2028-03-14"))).isEqualTo(day("2028-03-15"));
        assertThat(calendar.nextCycleStart(day("2027-12-31"))).isEqualTo(day("2028-01-01"));
    }

    @Test
    void cyc6_nextCycleKeepsTwentyEighthOfFebruaryBeforeALeapYear() {
        assertThat(calendar.nextCycleExpiry(day("2025-02-28"))).isEqualTo(day("2028-02-28"));
        assertThat(calendar.expiry(calendar.nextCycleStart(day("2025-02-28")))).isEqualTo(day("2028-02-29"));
        assertThat(calendar.nextCycleExpiry(day("2028-02-29"))).isEqualTo(day("2031-02-28"));
    }

    @Test
    void cyc6_nextCycleMatchesAFreshCycleFromTheNextStartOnEveryOtherDay() {
        for (LocalDate expiry = day("2023-01-01"); expiry.isBefore(day("2033-01-01")); expiry = expiry.plusDays(1)) {
            LocalDate fresh = calendar.expiry(calendar.nextCycleStart(expiry));
            boolean twentyEighthBeforeLeapYear = expiry.getMonthValue() == 2 && expiry.getDayOfMonth() == 28
                    && expiry.plusYears(3).isLeapYear();
            if (twentyEighthBeforeLeapYear) {
                assertThat(fresh).as("expiry " + expiry).isEqualTo(calendar.nextCycleExpiry(expiry).plusDays(1));
            } else {
                assertThat(fresh).as("expiry " + expiry).isEqualTo(calendar.nextCycleExpiry(expiry));
            }
        }
    }

    @Test
    void cyc6_recertificationWindow() {
        Window window = calendar.recertification(day("2028-03-14"));
        assertThat(window).isEqualTo(window("2027-09-14", "2027-12-14", "2028-02-01"));
        assertThat(window.contains(day("2027-09-13"))).isFalse();
        assertThat(window.contains(day("2027-09-14"))).isTrue();
        assertThat(window.contains(day("2028-02-01"))).isTrue();
        assertThat(window.contains(day("2028-02-02"))).isFalse();
    }

    @Test
    void cyc6_recertificationWindowAtMonthEnd() {
        assertThat(calendar.recertification(day("2027-08-31")))
                .isEqualTo(window("2027-02-28", "2027-05-31", "2027-07-20"));
    }

    // Stage 1 and CYC-7

    @Test
    void cyc2_stage1WindowAfterApplication() {
        Window window = calendar.stage1(day("2025-01-10"));
        assertThat(window).isEqualTo(window("2025-01-24", "2025-02-09", "2025-07-10"));
        assertThat(window.contains(day("2025-01-23"))).isFalse();
        assertThat(window.contains(day("2025-07-11"))).isFalse();
    }

    @Test
    void cyc7_stage2AfterStage1Boundaries() {
        Window window = calendar.stage2AfterStage1(day("2025-01-31"));
        assertThat(window).isEqualTo(window("2025-02-14", "2025-03-02", "2025-07-31"));
        assertThat(window.contains(day("2025-02-13"))).as("gap too short").isFalse();
        assertThat(window.contains(day("2025-02-14"))).as("first allowed day").isTrue();
        assertThat(window.contains(day("2025-07-31"))).as("last allowed day").isTrue();
        assertThat(window.contains(day("2025-08-01"))).as("stage 1 must be repeated").isFalse();
    }

    @Test
    void cyc7_stage2MaximumGapAtMonthEnd() {
        assertThat(calendar.stage2AfterStage1(day("2024-08-31")).latestEnd()).isEqualTo(day("2025-02-28"));
        assertThat(calendar.stage2AfterStage1(day("2023-08-31")).latestEnd()).isEqualTo(day("2024-02-29"));
    }

    @Test
    void cyc7_stage2WindowBeforeStage1IsHeld() {
        Window stage2 = calendar.stage2(calendar.stage1(day("2025-01-10")));
        assertThat(stage2).isEqualTo(window("2025-02-07", "2025-03-11", "2026-01-10"));
    }

    @Test
    void cyc7_gapsFollowPolicy() {
        CycleCalendar custom = new CycleCalendar(ProgrammePolicy.defaults().toBuilder()
                .stage2MinGapDays(21).stage2MaxGapMonths(3).stage2TargetGapDays(28).build());
        assertThat(custom.stage2AfterStage1(day("2025-01-31")))
                .isEqualTo(window("2025-02-21", "2025-02-28", "2025-04-30"));
    }

    // CYC-3 / CYC-5: first surveillance

    @Test
    void cyc3_sa1IsDueTwelveMonthsAfterTheDecision() {
        Window window = calendar.surveillance1(day("2025-03-10"), day("2025-03-10"), null);
        assertThat(window).isEqualTo(window("2025-12-10", "2026-03-10", "2026-03-10"));
        assertThat(window.contains(day("2026-03-10"))).as("last allowed day").isTrue();
        assertThat(window.contains(day("2026-03-11"))).as("first day too late").isFalse();
        assertThat(calendar.surveillance1Deadline(day("2025-03-10"), null)).isEqualTo(day("2026-03-10"));
    }

    @Test
    void cyc3_stage2AnchorIsIgnoredUnlessThePolicyAsksForIt() {
        assertThat(calendar.surveillance1(day("2025-03-10"), day("2025-03-10"), day("2025-01-20")).latestEnd())
                .isEqualTo(day("2026-03-10"));
        assertThat(anchored.surveillance1(day("2025-03-10"), day("2025-03-10"), null).latestEnd())
                .isEqualTo(day("2026-03-10"));
    }

    @Test
    void cyc3_sa1DeadlineIsEarlierOfDecisionAndStage2Anchor() {
        Window window = anchored.surveillance1(day("2025-03-10"), day("2025-03-10"), day("2025-01-20"));
        assertThat(window).isEqualTo(window("2025-10-20", "2026-01-20", "2026-01-20"));
        assertThat(window.contains(day("2026-01-21"))).isFalse();
        assertThat(anchored.surveillance1Deadline(day("2025-03-10"), day("2025-01-20")))
                .isEqualTo(day("2026-01-20"));
        // a stage 2 date after the decision (a data error) never extends the deadline past decision + 12 months
        assertThat(anchored.surveillance1Deadline(day("2025-03-10"), day("2025-04-01")))
                .isEqualTo(day("2026-03-10"));
    }

    @Test
    void cyc3_deadlineBeforeTheWindowMovesTheWindowBack() {
        Window window = anchored.surveillance1(day("2025-03-10"), day("2025-03-10"), day("2024-10-01"));
        assertThat(window).isEqualTo(window("2025-07-01", "2025-10-01", "2025-10-01"));
    }

    @Test
    void cyc3_decisionOnJanuary31() {
        Window window = calendar.surveillance1(day("2025-01-31"), day("2025-01-31"), null);
        assertThat(window).isEqualTo(window("2025-10-31", "2026-01-31", "2026-01-31"));
        assertThat(window.contains(day("2026-02-01"))).isFalse();
    }

    @Test
    void cyc3_decisionOnLeapDay() {
        Window window = calendar.surveillance1(day("2024-02-29"), day("2024-02-29"), null);
        assertThat(window).isEqualTo(window("2024-11-28", "2025-02-28", "2025-02-28"));
        assertThat(window.contains(day("2025-02-28"))).isTrue();
        assertThat(window.contains(day("2025-03-01"))).isFalse();
    }

    @Test
    void cyc5_recertifiedCycleTargetsTheNewCycleAnniversaryWithinTheDeadline() {
        // recertification decided 2 months before the new cycle starts on 2028-03-15
        Window window = calendar.surveillance1(day("2028-01-15"), day("2028-03-15"), null);
        assertThat(window).isEqualTo(window("2028-10-15", "2029-01-15", "2029-01-15"));
    }

    @Test
    void cyc5_aDeadlineJustAfterTheUsualWindowStartStillLeavesTheUsualWindowLength() {
        // recertification decided 2026-03-15, three months before the new cycle starts on 2026-06-13: the deadline
        // 2027-03-15 falls two days after 2027-03-13, three months before the anniversary
        Window window = calendar.surveillance1(day("2026-03-15"), day("2026-06-13"), null);
        assertThat(window).isEqualTo(window("2026-12-15", "2027-03-15", "2027-03-15"));
    }

    @Test
    void cyc5_earlyRecertificationDecisionSlidesTheWindowToTheDeadline() {
        Window window = calendar.surveillance1(day("2027-11-01"), day("2028-03-15"), null);
        assertThat(window).isEqualTo(window("2028-08-01", "2028-11-01", "2028-11-01"));
    }

    @Test
    void cyc5_windowLengthFollowsPolicy() {
        CycleCalendar wide = new CycleCalendar(
                ProgrammePolicy.defaults().toBuilder().surveillanceWindowMonths(6).build());
        assertThat(wide.surveillance1(day("2025-03-10"), day("2025-03-10"), null).earliestStart())
                .isEqualTo(day("2025-09-10"));
    }

    // CYC-4 / CYC-5: second surveillance

    @Test
    void cyc4_sa2IsDueTwentyFourMonthsAfterTheDecision() {
        Window window = calendar.surveillance2(day("2025-03-10"), day("2025-03-10"), null);
        assertThat(window).isEqualTo(window("2026-12-10", "2027-03-10", "2027-03-10"));
        assertThat(window.contains(day("2027-03-10"))).isTrue();
        assertThat(window.contains(day("2027-03-11"))).isFalse();
        assertThat(calendar.surveillance2Deadline(day("2025-03-10"))).isEqualTo(day("2027-03-10"));
    }

    @Test
    void cyc5_sa2TargetsSa1DatePlusTwelveMonths() {
        Window window = calendar.surveillance2(day("2025-03-10"), day("2025-03-10"), day("2026-02-01"));
        assertThat(window).isEqualTo(window("2026-11-01", "2027-02-01", "2027-02-01"));
    }

    @Test
    void cyc4_sa2NeverStartsBeforeTheSa1YearHasEnded() {
        // SA1 held early, 20 days after the decision: the target 2026-03-30 is early in the second year
        Window window = calendar.surveillance2(day("2025-03-10"), day("2025-03-10"), day("2025-03-30"));
        assertThat(window).isEqualTo(window("2026-03-11", "2026-03-30", "2026-03-30"));
        assertThat(window.contains(day("2026-03-10"))).as("last day SA1 may be held").isFalse();
    }

    @Test
    void cyc4_whenTheTargetFallsBeforeTheSecondYearTheWindowStartsWithIt() {
        // SA1 recorded before the decision date (e.g. inherited from a transferred cycle)
        Window window = calendar.surveillance2(day("2025-03-10"), day("2025-03-10"), day("2025-03-01"));
        assertThat(window).isEqualTo(window("2026-03-11", "2026-03-11", "2026-06-11"));
    }

    @Test
    void cyc4_sa2NeverStartsOnOrBeforeTheDaySa1WasHeld() {
        // SA1 held late (after its deadline): SA2 still comes after it
        Window window = calendar.surveillance2(day("2025-03-10"), day("2025-03-10"), day("2027-01-15"));
        assertThat(window.earliestStart()).isEqualTo(day("2027-01-16"));
        assertThat(window.latestEnd()).isEqualTo(day("2027-03-10"));
    }

    @Test
    void cyc4_noDayLeftForSa2IsARuleViolation() {
        assertThatThrownBy(() -> calendar.surveillance2(day("2025-01-01"), day("2026-06-01"), null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("CYC-4"));
    }

    @Test
    void cyc4_sa2DecisionOnLeapDay() {
        Window window = calendar.surveillance2(day("2024-02-29"), day("2024-02-29"), null);
        assertThat(window).isEqualTo(window("2025-11-28", "2026-02-28", "2026-02-28"));
        assertThat(window.contains(day("2026-03-01"))).isFalse();
    }

    @Test
    void cyc4_sa1AndSa2WindowsNeverOverlap() {
        for (LocalDate decision = day("2024-01-01"); decision.isBefore(day("2026-01-01"));
                decision = decision.plusDays(1)) {
            for (int monthsBeforeStart : new int[] {0, 1, 3, 6}) {
                LocalDate base = decision.plusMonths(monthsBeforeStart);
                for (CycleCalendar cal : new CycleCalendar[] {calendar, anchored}) {
                    Window sa1 = cal.surveillance1(decision, base, decision.minusMonths(2));
                    Window sa2Planned = cal.surveillance2(decision, base, null);
                    assertThat(sa2Planned.earliestStart()).as("decision " + decision + ", base " + base)
                            .isAfter(sa1.latestEnd());
                    for (LocalDate sa1Day : new LocalDate[] {sa1.earliestStart(), sa1.target(), sa1.latestEnd()}) {
                        Window sa2 = cal.surveillance2(decision, base, sa1Day);
                        assertThat(sa2.earliestStart()).as("decision " + decision + ", SA1 " + sa1Day)
                                .isAfter(sa1.latestEnd());
                        assertThat(sa2.latestEnd()).isBeforeOrEqualTo(decision.plusMonths(24));
                    }
                }
            }
        }
    }

    // NC-2

    @Test
    void nc2_followUpWithinSixWeeksOfTheRaisingAudit() {
        Window window = calendar.followUp(day("2025-03-07"));
        assertThat(window).isEqualTo(window("2025-03-08", "2025-04-11", "2025-04-18"));
        assertThat(window.contains(day("2025-03-07"))).isFalse();
        assertThat(window.contains(day("2025-04-18"))).as("last allowed day").isTrue();
        assertThat(window.contains(day("2025-04-19"))).as("first day too late").isFalse();
    }

    @Test
    void nc2_followUpAcrossTheYearEnd() {
        assertThat(calendar.followUp(day("2024-12-31"))).isEqualTo(window("2025-01-01", "2025-02-04", "2025-02-11"));
    }

    @Test
    void nc2_followUpDeadlineFollowsPolicy() {
        CycleCalendar fourWeeks = new CycleCalendar(
                ProgrammePolicy.defaults().toBuilder().majorNcDeadlineDays(28).build());
        assertThat(fourWeeks.followUp(day("2025-03-07")).latestEnd()).isEqualTo(day("2025-04-04"));
    }

    // CYC-8

    @Test
    void cyc8_restorableWithinSixMonthsAfterExpiry() {
        LocalDate expiry = day("2027-02-28");
        assertThat(calendar.restorationLimit(expiry)).isEqualTo(day("2027-08-28"));
        assertThat(calendar.restorable(expiry, day("2027-02-28"))).as("not yet expired").isFalse();
        assertThat(calendar.restorable(expiry, day("2027-03-01"))).isTrue();
        assertThat(calendar.restorable(expiry, day("2027-08-28"))).as("last day").isTrue();
        assertThat(calendar.restorable(expiry, day("2027-08-29"))).as("first day too late").isFalse();
    }

    @Test
    void cyc8_restorationLimitAtMonthEndInALeapYear() {
        LocalDate expiry = day("2027-08-31");
        assertThat(calendar.restorationLimit(expiry)).isEqualTo(day("2028-02-29"));
        assertThat(calendar.restorable(expiry, day("2028-02-29"))).isTrue();
        assertThat(calendar.restorable(expiry, day("2028-03-01"))).isFalse();
    }

    // CYC-9

    @Test
    void cyc9_suspensionLastsAtMostSixMonths() {
        assertThat(calendar.suspensionLimit(day("2025-04-15"))).isEqualTo(day("2025-10-15"));
        assertThat(calendar.suspensionOverdue(day("2025-04-15"), day("2025-10-15"))).isFalse();
        assertThat(calendar.suspensionOverdue(day("2025-04-15"), day("2025-10-16"))).isTrue();
    }

    @Test
    void cyc9_suspensionLimitAtMonthEnd() {
        assertThat(calendar.suspensionLimit(day("2025-08-31"))).isEqualTo(day("2026-02-28"));
        assertThat(calendar.suspensionOverdue(day("2025-08-31"), day("2026-03-01"))).isTrue();
    }
}
