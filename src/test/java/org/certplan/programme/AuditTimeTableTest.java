package org.certplan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditTimeTableTest {

    @ParameterizedTest(name = "{0} persons -> {1} days")
    @CsvSource({
        "1, 5.0", "10, 5.0",
        "11, 6.0", "15, 6.0",
        "16, 7.0", "25, 7.0",
        "26, 8.5", "45, 8.5",
        "46, 10.0", "65, 10.0",
        "66, 11.0", "85, 11.0",
        "86, 12.0", "125, 12.0",
        "126, 13.0", "175, 13.0",
        "176, 14.0", "275, 14.0",
        "276, 15.0", "425, 15.0",
        "426, 16.5", "625, 16.5",
        "626, 17.5", "875, 17.5",
        "876, 18.5", "1175, 18.5",
        "1176, 19.5", "1550, 19.5",
        "1551, 21.0", "2025, 21.0",
        "2026, 22.0", "2675, 22.0",
        "2676, 23.0", "3450, 23.0",
        "3451, 24.0", "4350, 24.0",
        "4351, 25.0", "5450, 25.0",
        "5451, 26.0", "6800, 26.0",
        "6801, 27.0", "8500, 27.0",
        "8501, 28.0", "10700, 28.0"
    })
    void at1_bandEdges(int persons, String days) {
        assertThat(AuditTimeTable.initialDays(persons)).isEqualTo(new BigDecimal(days));
    }

    @ParameterizedTest(name = "{0} persons -> {1} days")
    @CsvSource({
        "10701, 29.0", "12900, 29.0", "12901, 30.0", "15100, 30.0", "15101, 31.0",
        "100000, 69.0", "2147483647, 976153.0"
    })
    void at1_aboveTheTableOneDayPerStarted2200Persons(int persons, String days) {
        assertThat(AuditTimeTable.initialDays(persons)).isEqualTo(new BigDecimal(days));
    }

    @Test
    void at1_lessThanOnePersonIsRejected() {
        assertThatThrownBy(() -> AuditTimeTable.initialDays(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditTimeTable.initialDays(-5)).isInstanceOf(IllegalArgumentException.class);
    }
}
