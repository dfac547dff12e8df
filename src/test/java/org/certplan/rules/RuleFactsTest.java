package org.certplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The facts the rules are decided on: qualification validity, conflict bars, rotation, capacity, travel. */
class RuleFactsTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final List<LocalDate> WEEK = WorkingCalendar.MONDAY_TO_FRIDAY.from(MONDAY, 5);

    private static Qualification q(QualificationRole role, LocalDate from, LocalDate to, String... areas) {
        return new Qualification(role, Set.of(areas), from, to);
    }

    @Test
    void comp1_aQualificationIsValidFromItsFirstToItsLastDay_openEndedWithoutOne() {
        Qualification q = q(QualificationRole.LEAD_AUDITOR, MONDAY, MONDAY.plusDays(2));
        assertThat(q.validOn(MONDAY.minusDays(1))).isFalse();
        assertThat(q.validOn(MONDAY)).isTrue();
        assertThat(q.validOn(MONDAY.plusDays(2))).isTrue();
        assertThat(q.validOn(MONDAY.plusDays(3))).isFalse();
        assertThat(q(QualificationRole.AUDITOR, MONDAY, null).validOn(MONDAY.plusYears(50))).isTrue();
    }

    @Test
    void comp1AndComp2_whatEachRoleAllows() {
        assertThat(q(QualificationRole.LEAD_AUDITOR, MONDAY, null).leads()).isTrue();
        assertThat(q(QualificationRole.LEAD_AUDITOR, MONDAY, null).countsAsAuditor()).isTrue();
        assertThat(q(QualificationRole.AUDITOR, MONDAY, null).leads()).isFalse();
        assertThat(q(QualificationRole.AUDITOR, MONDAY, null).countsAsAuditor()).isTrue();
        assertThat(q(QualificationRole.TECHNICAL_EXPERT, MONDAY, null).leads()).isFalse();
        assertThat(q(QualificationRole.TECHNICAL_EXPERT, MONDAY, null).countsAsAuditor()).isFalse();
    }

    @Test
    void comp1_renewalsChainOnTheAuditDays() {
        List<Qualification> renewed = List.of(
                q(QualificationRole.LEAD_AUDITOR, MONDAY.minusYears(1), MONDAY.plusDays(1)),
                q(QualificationRole.LEAD_AUDITOR, MONDAY.plusDays(2), MONDAY.plusYears(3)));
        assertThat(QualificationValidity.firstUncoveredDay(renewed, WEEK)).isEmpty();
        assertThat(QualificationValidity.validOnAll(renewed, WEEK)).isTrue();
        List<Qualification> gap = List.of(renewed.get(0), q(QualificationRole.LEAD_AUDITOR, MONDAY.plusDays(3), null));
        assertThat(QualificationValidity.firstUncoveredDay(gap, WEEK)).contains(MONDAY.plusDays(2));
        assertThat(QualificationValidity.validOnAll(gap, WEEK)).isFalse();
        assertThat(QualificationValidity.nextStartAfter(gap, MONDAY.plusDays(2))).contains(MONDAY.plusDays(3));
        assertThat(QualificationValidity.nextStartAfter(gap, MONDAY.plusDays(3))).isEmpty();
    }

    @Test
    void aRangeOfCalendarDaysIsCoveredByRenewalsThatFollowEachOtherWithoutAGap() {
        LocalDate end = MONDAY.plusMonths(3);
        Qualification first = q(QualificationRole.LEAD_AUDITOR, MONDAY.minusYears(1), MONDAY.plusDays(10));
        Qualification overlapping = q(QualificationRole.LEAD_AUDITOR, MONDAY.plusDays(5), MONDAY.plusMonths(2));
        Qualification renewal = q(QualificationRole.LEAD_AUDITOR, MONDAY.plusMonths(2).plusDays(1), end);

        assertThat(QualificationValidity.validThroughout(List.of(renewal, overlapping, first), MONDAY, end)).isTrue();
        assertThat(QualificationValidity.validThroughout(List.of(first, overlapping), MONDAY, end))
                .as("the last day lapses").isFalse();
        assertThat(QualificationValidity.validThroughout(List.of(first, renewal), MONDAY, end))
                .as("a gap between the first and the renewal").isFalse();
        assertThat(QualificationValidity.validThroughout(List.of(renewal), MONDAY, end)).as("begins later").isFalse();
        assertThat(QualificationValidity.validThroughout(List.of(q(QualificationRole.AUDITOR, MONDAY, null)), MONDAY,
                end.plusYears(5))).as("does not lapse").isTrue();
        assertThat(QualificationValidity.validThroughout(List.of(first), MONDAY.plusDays(10), MONDAY.plusDays(10)))
                .as("its last day").isTrue();
        assertThat(QualificationValidity.validThroughout(List.of(), MONDAY, MONDAY)).isFalse();
    }

    @Test
    void comp3_anAreaIsCoveredWhenEveryAuditDayHasAQualificationWithIt() {
        List<Qualification> renewed = List.of(
                q(QualificationRole.AUDITOR, MONDAY.minusYears(1), MONDAY.plusDays(1), "28", "33"),
                q(QualificationRole.AUDITOR, MONDAY.plusDays(2), MONDAY.plusYears(3), "28"));
        assertThat(QualificationValidity.areasCovered(renewed, WEEK)).containsExactly("28");
        assertThat(QualificationValidity.areasCovered(renewed, WEEK.subList(0, 2))).containsExactlyInAnyOrder("28",
                "33");
        assertThat(QualificationValidity.areasCovered(List.of(), WEEK)).isEmpty();
    }

    @Test
    void imp1_twoYearsCountedFromTheDayAfterTheRelationshipEnded() {
        ConflictBar bar = ConflictBar.of(7, true, "CONSULTANCY", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 30),
                2);
        assertThat(bar.rule()).isEqualTo("IMP-1");
        assertThat(bar.lastDay()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(bar.lapses()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(bar.bars(LocalDate.of(2027, 6, 30))).isTrue();
        assertThat(bar.bars(LocalDate.of(2027, 7, 1))).isFalse();
        assertThat(bar.bars(LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(bar.bars(LocalDate.of(2019, 12, 31))).isFalse();
        assertThat(ConflictBar.of(7, true, "CONSULTANCY", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 30), 3)
                .lastDay()).isEqualTo(LocalDate.of(2028, 6, 30));
    }

    @Test
    void imp1AndImp2_anOngoingRelationshipBarsIndefinitely_anotherConflictWhileInForce() {
        ConflictBar ongoing = ConflictBar.of(7, true, "EMPLOYMENT", MONDAY, null, 2);
        assertThat(ongoing.lastDay()).isNull();
        assertThat(ongoing.lapses()).isNull();
        assertThat(ongoing.bars(MONDAY.plusYears(40))).isTrue();
        ConflictBar family = ConflictBar.of(7, false, "FAMILY", MONDAY, MONDAY.plusDays(2), 2);
        assertThat(family.rule()).isEqualTo("IMP-2");
        assertThat(family.lastDay()).isEqualTo(MONDAY.plusDays(2));
        assertThat(family.lapses()).isEqualTo(MONDAY.plusDays(3));
        assertThat(ConflictBar.of(7, false, "FAMILY", MONDAY, null, 2).rule()).isEqualTo("IMP-2");
    }

    @Test
    void imp1AndImp2_barredDaysCountOnlyTheRuleAndTheClient() {
        List<ConflictBar> bars = List.of(new ConflictBar(7, "IMP-2", MONDAY.plusDays(1), MONDAY.plusDays(2)),
                new ConflictBar(8, "IMP-2", MONDAY, MONDAY.plusDays(4)),
                new ConflictBar(7, "IMP-1", MONDAY, MONDAY));
        assertThat(ConflictBar.barredDays(bars, 7, "IMP-2", WEEK)).isEqualTo(2);
        assertThat(ConflictBar.barredDays(bars, 7, "IMP-1", WEEK)).isEqualTo(1);
        assertThat(ConflictBar.barredDays(bars, 9, "IMP-1", WEEK)).isZero();
    }

    @Test
    void imp3_consecutiveCyclesCountBackFromTheOneBefore() {
        assertThat(Rotation.consecutiveCyclesLed(c -> c == 1 || c == 2, 3)).isEqualTo(2);
        assertThat(Rotation.consecutiveCyclesLed(c -> c == 1, 3)).isZero();
        assertThat(Rotation.consecutiveCyclesLed(c -> true, 2)).isEqualTo(2);
        assertThat(Rotation.consecutiveCyclesLed(c -> true, 0)).isZero();
        assertThat(Rotation.bars(2, 2)).isTrue();
        assertThat(Rotation.bars(1, 2)).isFalse();
        assertThat(Rotation.bars(5, 0)).isFalse();
    }

    @Test
    void cap3_oneDayPerWorkingDayInItsMonthAndYear() {
        List<LocalDate> days = WorkingCalendar.MONDAY_TO_FRIDAY.between(LocalDate.of(2027, 12, 30),
                LocalDate.of(2028, 1, 4));
        assertThat(Capacity.byMonth(days)).containsEntry(java.time.YearMonth.of(2027, 12), 2)
                .containsEntry(java.time.YearMonth.of(2028, 1), 2).hasSize(2);
        assertThat(Capacity.byYear(days)).containsEntry(java.time.Year.of(2027), 2)
                .containsEntry(java.time.Year.of(2028), 2).hasSize(2);
        assertThat(Capacity.limit(10, 16)).isEqualTo(10);
        assertThat(Capacity.limit(null, 16)).isEqualTo(16);
    }

    @Test
    void cap1_aFarOnSiteAuditNeedsATravelDay() {
        assertThat(Travel.needsTravelDay(false, 401, 400)).isTrue();
        assertThat(Travel.needsTravelDay(false, 400, 400)).isFalse();
        assertThat(Travel.needsTravelDay(true, 900, 400)).isFalse();
        assertThat(Travel.needsTravelDay(false, 900, 0)).isFalse();
        assertThat(Travel.busyDays(WEEK.subList(0, 2), true, WorkingCalendar.MONDAY_TO_FRIDAY))
                .containsExactly(MONDAY.minusDays(3), MONDAY, MONDAY.plusDays(1));
        assertThat(Travel.busyDays(WEEK.subList(0, 2), false, WorkingCalendar.MONDAY_TO_FRIDAY))
                .containsExactly(MONDAY, MONDAY.plusDays(1));
    }

    @Test
    void cap5_greatCircleDistance() {
        assertThat(GeoDistance.km(52.52, 13.40, 48.14, 11.58)).isBetween(500.0, 510.0);
        assertThat(GeoDistance.km(52.52, 13.40, 52.52, 13.40)).isZero();
        assertThat(GeoDistance.km(0, 0, 0, 1)).isBetween(111.0, 111.4);
        assertThat(GeoDistance.km(0, 0, 1, 0)).isBetween(111.0, 111.4);
    }

    @Test
    void cap2_anAbsenceCoversItsDaysBothEndsIncluded() {
        Absence leave = new Absence(MONDAY, MONDAY.plusDays(1), "leave");
        assertThat(leave.covers(MONDAY.minusDays(1))).isFalse();
        assertThat(leave.covers(MONDAY)).isTrue();
        assertThat(leave.covers(MONDAY.plusDays(1))).isTrue();
        assertThat(leave.covers(MONDAY.plusDays(2))).isFalse();
    }

    @Test
    void aBreachWithoutALapse() {
        assertThat(new Breach("CAP-2", "closed").lapses()).isNull();
        assertThat(RulePolicy.DEFAULTS.travelDayBeyondKm()).isEqualTo(400);
        assertThat(RulePolicy.DEFAULTS.calendar()).isEqualTo(WorkingCalendar.MONDAY_TO_FRIDAY);
    }
}
