package org.certplan.auditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

    private final PublicHolidays holidays = new PublicHolidays();

    @Test
    void cap2ChristmasAndGermanUnityDayAreGermanHolidaysButTheMondayAfterChristmasIsNot() {
        assertThat(holidays.isHoliday("DE", LocalDate.of(2027, 12, 25))).isTrue();
        assertThat(holidays.isHoliday("DE", LocalDate.of(2027, 10, 3))).isTrue();
        assertThat(holidays.isHoliday("DE", LocalDate.of(2027, 12, 27))).isFalse();
    }

    @Test
    void cap2HolidaysDifferByCountry() {
        LocalDate bastilleDay = LocalDate.of(2027, 7, 14);
        assertThat(holidays.isHoliday("FR", bastilleDay)).isTrue();
        assertThat(holidays.isHoliday("DE", bastilleDay)).isFalse();
        assertThat(holidays.isHoliday("fr", bastilleDay)).isTrue();
    }

    @Test
    void betweenListsTheHolidaysOfAPeriodInDateOrderAcrossYears() {
        assertThat(holidays.between("DE", LocalDate.of(2027, 12, 20), LocalDate.of(2028, 1, 5)))
                .extracting(PublicHolidays.Holiday::date)
                .containsExactly(LocalDate.of(2027, 12, 25), LocalDate.of(2027, 12, 26), LocalDate.of(2028, 1, 1));
    }

    @Test
    void aCountryWithoutACalendarHasNoHolidays() {
        assertThat(holidays.supports("XX")).isFalse();
        assertThat(holidays.isHoliday("XX", LocalDate.of(2027, 12, 25))).isFalse();
        assertThat(holidays.between("XX", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))).isEmpty();
    }
}
