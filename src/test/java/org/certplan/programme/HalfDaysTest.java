package org.certplan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HalfDaysTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2.1, 2.0", "2.24, 2.0", "2.25, 2.5", "2.33, 2.5", "2.5, 2.5", "2.74, 2.5", "2.75, 3.0",
        "4.67, 4.5", "4.75, 5.0", "4.6666666667, 4.5", "2.3333333333, 2.5", "0, 0.0", "0.2, 0.0", "0.25, 0.5",
        "7, 7.0", "28, 28.0"
    })
    void at6_roundsToNearestHalfDayQuartersUp(String days, String expected) {
        BigDecimal rounded = HalfDays.round(new BigDecimal(days));
        assertThat(rounded).isEqualTo(new BigDecimal(expected));
        assertThat(rounded.scale()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1.05, 1.0", "1.49, 1.0", "1.5, 1.5", "1.99, 1.5", "0.45, 0.0", "3, 3.0"})
    void at9_roundDownToHalfDay(String days, String expected) {
        assertThat(HalfDays.roundDown(new BigDecimal(days))).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void at6_negativeDaysAreRejected() {
        assertThatThrownBy(() -> HalfDays.round(new BigDecimal("-0.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }
}
