package org.certplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.certplan.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 5, 10);

    @Test
    void missingBoundsDefaultToThreeMonthsFromToday() {
        assertThat(DateRange.parse(null, null, TODAY, 731)).isEqualTo(new DateRange(TODAY, LocalDate.of(2027, 8, 10)));
        assertThat(DateRange.parse("2027-01-01", "", TODAY, 731).to()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(DateRange.parse(null, "2027-04-01", TODAY, 731).from()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aRangeMayBeOneDayOrTheMaximumButNotInvertedOrLonger() {
        assertThat(DateRange.parse("2027-03-01", "2027-03-01", TODAY, 731).days()).isEqualTo(1);
        assertThat(DateRange.parse("2027-01-01", "2028-12-31", TODAY, 731).days()).isEqualTo(731);
        assertThatThrownBy(() -> DateRange.parse("2027-01-01", "2029-01-01", TODAY, 731))
                .isInstanceOf(ProblemException.class).hasMessageContaining("longer than 731 days");
        assertThatThrownBy(() -> DateRange.parse("2027-03-02", "2027-03-01", TODAY, 731))
                .isInstanceOf(ProblemException.class).hasMessage("to: lies before from 2027-03-02");
        assertThatThrownBy(() -> DateRange.parse("1 March", null, TODAY, 731))
                .isInstanceOf(ProblemException.class).hasMessageStartingWith("from:");
    }

    @Test
    void capacitySharesCountEachMonthAndYearByTheFractionOfItsDaysInTheRange() {
        DateRange year = new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        assertThat(DashboardService.share(year, true)).isEqualByComparingTo("12");
        assertThat(DashboardService.share(year, false)).isEqualByComparingTo("1");
        // 16 of January's 31 days and 14 of February's 28
        DateRange straddling = new DateRange(LocalDate.of(2027, 1, 16), LocalDate.of(2027, 2, 14));
        assertThat(DashboardService.share(straddling, true)).isEqualByComparingTo("1.016129");
        assertThat(DashboardService.share(straddling, false)).isEqualByComparingTo("0.082192");
        // a leap year: 29 of 366 days
        DateRange leapFebruary = new DateRange(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29));
        assertThat(DashboardService.share(leapFebruary, true)).isEqualByComparingTo("1");
        assertThat(DashboardService.share(leapFebruary, false)).isEqualByComparingTo("0.079235");
    }
}
