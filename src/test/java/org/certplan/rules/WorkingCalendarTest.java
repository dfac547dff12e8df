package org.certplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final WorkingCalendar SUNDAY_TO_THURSDAY = new WorkingCalendar(EnumSet.of(DayOfWeek.SUNDAY,
            DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));

    @Test
    void cap4_theWorkingDaysAreThePolicys() {
        assertThat(WorkingCalendar.MONDAY_TO_FRIDAY.isWorkingDay(MONDAY.plusDays(4))).isTrue();
        assertThat(WorkingCalendar.MONDAY_TO_FRIDAY.isWorkingDay(MONDAY.plusDays(5))).isFalse();
        assertThat(SUNDAY_TO_THURSDAY.isWorkingDay(MONDAY.plusDays(4))).isFalse();
        assertThat(SUNDAY_TO_THURSDAY.isWorkingDay(MONDAY.plusDays(6))).isTrue();
        assertThat(SUNDAY_TO_THURSDAY.weekdays()).hasSize(5).contains(DayOfWeek.SUNDAY);
    }

    @Test
    void cap4_atLeastOneWorkingDay() {
        assertThatThrownBy(() -> new WorkingCalendar(Set.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CAP-4");
    }

    @Test
    void cap4_fromTheStartThenTheFollowingWorkingDays() {
        assertThat(WorkingCalendar.MONDAY_TO_FRIDAY.from(MONDAY.plusDays(3), 3))
                .containsExactly(MONDAY.plusDays(3), MONDAY.plusDays(4), MONDAY.plusDays(7));
        assertThat(SUNDAY_TO_THURSDAY.from(MONDAY.plusDays(3), 2)).containsExactly(MONDAY.plusDays(3),
                MONDAY.plusDays(6));
        assertThat(WorkingCalendar.MONDAY_TO_FRIDAY.from(MONDAY.plusDays(5), 1)).containsExactly(MONDAY.plusDays(5));
    }

    @Test
    void cap4_betweenBothEndsIncluded() {
        assertThat(WorkingCalendar.MONDAY_TO_FRIDAY.between(MONDAY.minusDays(1), MONDAY.plusDays(5)))
                .containsExactly(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(3),
                        MONDAY.plusDays(4));
        assertThat(WorkingCalendar.MONDAY_TO_FRIDAY.between(MONDAY, MONDAY)).containsExactly(MONDAY);
        assertThat(WorkingCalendar.MONDAY_TO_FRIDAY.between(MONDAY.plusDays(5), MONDAY.plusDays(6))).isEmpty();
    }

    @Test
    void cap1_theWorkingDayBefore() {
        assertThat(WorkingCalendar.MONDAY_TO_FRIDAY.workingDayBefore(MONDAY)).isEqualTo(MONDAY.minusDays(3));
        assertThat(WorkingCalendar.MONDAY_TO_FRIDAY.workingDayBefore(MONDAY.plusDays(1))).isEqualTo(MONDAY);
        assertThat(SUNDAY_TO_THURSDAY.workingDayBefore(MONDAY)).isEqualTo(MONDAY.minusDays(1));
    }

    @Test
    void nearest_theCandidateClosestToTheTarget_theEarlierOnATie() {
        List<LocalDate> candidates = List.of(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(4));
        assertThat(WorkingCalendar.nearest(candidates, MONDAY.plusDays(3))).isEqualTo(MONDAY.plusDays(2));
        assertThat(WorkingCalendar.nearest(candidates, MONDAY.plusDays(4))).isEqualTo(MONDAY.plusDays(4));
        assertThat(WorkingCalendar.nearest(candidates, MONDAY.minusDays(9))).isEqualTo(MONDAY);
    }

    @Test
    void equalWhenTheWorkingDaysAre() {
        WorkingCalendar weekdays = new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(weekdays).isEqualTo(WorkingCalendar.MONDAY_TO_FRIDAY).isNotEqualTo(SUNDAY_TO_THURSDAY)
                .isNotEqualTo("Monday to Friday");
        assertThat(weekdays.hashCode()).isEqualTo(WorkingCalendar.MONDAY_TO_FRIDAY.hashCode());
        assertThat(weekdays.toString()).isEqualTo("working days [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]");
    }
}
