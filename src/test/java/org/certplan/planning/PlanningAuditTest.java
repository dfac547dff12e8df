package org.certplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.planning.TestData.POLICY;
import static org.certplan.planning.TestData.client;

import java.time.LocalDate;
import org.certplan.programme.AuditType;
import org.junit.jupiter.api.Test;

class PlanningAuditTest {

    private final PlanningClient client = client(1).areas("IT").languages("de").build();

    private PlanningAudit.Builder surveillance(String earliest, String latest) {
        return PlanningAudit.builder(1, client, AuditType.SURVEILLANCE_1)
                .window(LocalDate.parse(earliest), LocalDate.parse(latest)).onsiteDays("2");
    }

    @Test
    void noStartBeforeTheDayThePlanIsMade() {
        PlanningAudit audit = surveillance("2026-10-01", "2027-01-29").notBefore(LocalDate.parse("2026-11-30")).build(POLICY);

        assertThat(audit.getStartDateRange()).first().isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(audit.getStartDateRange()).allMatch(start -> !start.isBefore(LocalDate.parse("2026-11-30")));
        assertThat(audit.getStartDate()).isAfterOrEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(audit.daysOutsideWindow()).isZero();
    }

    @Test
    void anAuditWhoseWindowHasPassedIsOfferedTheFirstWorkingDayAndIsOverdue() {
        PlanningAudit audit = surveillance("2026-06-01", "2026-09-30").notBefore(LocalDate.parse("2026-11-28")).build(POLICY);

        assertThat(audit.getStartDateRange()).containsExactly(LocalDate.parse("2026-11-30"));
        assertThat(audit.daysOutsideWindow()).isPositive();
    }

    @Test
    void withoutADayTheWholeWindowIsOpen() {
        PlanningAudit audit = surveillance("2026-10-01", "2027-01-29").build(POLICY);

        assertThat(audit.getStartDateRange()).first().isEqualTo(LocalDate.parse("2026-10-01"));
    }
}
