package org.certplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.planning.TestData.MONDAY;
import static org.certplan.planning.TestData.POLICY;
import static org.certplan.planning.TestData.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.certplan.programme.AuditType;
import org.junit.jupiter.api.Test;

class DateCausesTest {

    private static final int MAX_REMOTE = POLICY.maxRemotePercent();

    private static PlanningAudit.Builder audit(PlanningClient client, String onsiteDays, LocalDate from, LocalDate to) {
        return PlanningAudit.builder(7, client, AuditType.SURVEILLANCE_1).certification(7L).window(from, to)
                .target(from).onsiteDays(onsiteDays);
    }

    private static String causeOf(PlanningAudit audit) {
        return DateCauses.of(audit, MAX_REMOTE).orElseThrow();
    }

    @Test
    void anAuditWithAStartThatKeepsItsOwnRulesHasNoDateCause() {
        PlanningClient closed = client(1).blackout(MONDAY, MONDAY.plusDays(6)).build();

        assertThat(DateCauses.of(audit(closed, "2", MONDAY, MONDAY.plusDays(9)).build(POLICY), MAX_REMOTE)).isEmpty();
        assertThat(DateCauses.of(audit(closed, "2", MONDAY, MONDAY.plusDays(1)).pinned(true).build(POLICY),
                MAX_REMOTE)).as("a pinned audit is never released").isEmpty();
    }

    @Test
    void at9ARemoteShareAboveTheLimitNamesTheHalfDaysToHoldOnSite() {
        PlanningAudit audit = audit(client(1).build(), "2", MONDAY, MONDAY.plusMonths(2))
                .remote(true).remoteDays(BigDecimal.ONE).build(POLICY);

        assertThat(causeOf(audit)).isEqualTo(DateCauses.PREFIX + " (AT-9): 1 of its 2 on-site days are remote, above "
                + "the 30% allowed. Remedies: 1) hold 0.5 days of them on-site, so at most 0.6 days stay remote");
    }

    @Test
    void cyc3AWindowClosedBeforeTheRunMayPlanIsOverdueWithWhatItRisks() {
        PlanningAudit audit = audit(client(1).build(), "2", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 26))
                .notBefore(MONDAY).build(POLICY);

        assertThat(causeOf(audit)).isEqualTo(DateCauses.PREFIX + " (CYC-3): its window (CYC-3, 2027-01-04..2027-02-26)"
                + " closed before the first day this run may plan, 2027-03-01. Remedies: 1) hold it as soon as it can"
                + " be staffed, from 2027-03-01, forced with a reason (PATCH /api/v1/audits/7), and decide on the "
                + "certificate: " + RunStaffing.risk(AuditType.SURVEILLANCE_1));
    }

    @Test
    void cyc3AWindowShorterThanTheAuditNamesTheTeamThatFitsIt() {
        PlanningAudit audit = audit(client(1).build(), "8", MONDAY, MONDAY.plusDays(2)).build(POLICY);
        assertThat(audit.getSeatCount()).isEqualTo(2);

        assertThat(causeOf(audit)).startsWith(DateCauses.PREFIX + " (CYC-3): what remains of its window (CYC-3, "
                        + "2027-03-01..2027-03-03) has 3 working days from 2027-03-01, and with 2 auditors it takes 4. "
                        + "Remedies: 1) a team of 3 auditors by hand")
                .contains("which holds it in 3 days; 2) hold it as soon as it can be staffed, from 2027-03-01");
    }

    @Test
    void cyc10BlackoutsOverTheWholeWindowRankTheStartsByTheFewestDaysToOpen() {
        PlanningClient closed = client(1).blackout(MONDAY, LocalDate.of(2027, 3, 10))
                .blackout(LocalDate.of(2027, 3, 12), LocalDate.of(2027, 3, 31)).build();
        PlanningAudit audit = audit(closed, "2", MONDAY, LocalDate.of(2027, 3, 31)).build(POLICY);

        assertThat(causeOf(audit)).isEqualTo(DateCauses.PREFIX + " (CYC-10): each of the 22 starts in its window "
                + "(CYC-3, 2027-03-01..2027-03-31) puts a day of the 2-day audit on the client's blackouts. Remedies, "
                + "fewest days first: 1) run it 2027-03-10..2027-03-11 if the client opens 2027-03-10 of its blackout "
                + "(1 day); 2) run it 2027-03-11..2027-03-12 if the client opens 2027-03-12 of its blackout (1 day); "
                + "3) run it 2027-03-01..2027-03-02 if the client opens 2027-03-01..2027-03-02 of its blackout "
                + "(2 days)");
    }

    @Test
    void cyc10DaysToOpenAcrossAWeekendAreOneRangeAndAStartAskingMoreIsNoOption() {
        PlanningClient closed = client(1).blackout(LocalDate.of(2027, 3, 4), LocalDate.of(2027, 3, 8)).build();
        PlanningAudit audit = audit(closed, "3", LocalDate.of(2027, 3, 4), LocalDate.of(2027, 3, 9)).build(POLICY);

        assertThat(causeOf(audit)).endsWith("Remedies, fewest days first: 1) run it 2027-03-05..2027-03-09 if the "
                + "client opens 2027-03-05..2027-03-08 of its blackout (2 days)");
    }

    @Test
    void cap2APublicHolidayOnTheOneStartAsksTheSiteToOpen() {
        PlanningClient client = client(1).holiday(MONDAY.plusDays(1)).build();
        PlanningAudit audit = audit(client, "2", MONDAY, MONDAY.plusDays(1)).build(POLICY);

        assertThat(causeOf(audit)).isEqualTo(DateCauses.PREFIX + " (CAP-2): the one start in its window (CYC-3, "
                + "2027-03-01..2027-03-02) puts a day of the 2-day audit on its sites' public holidays. Remedies, "
                + "fewest days first: 1) run it 2027-03-01..2027-03-02 if its site opens on the public holiday "
                + "2027-03-02 (1 day)");
    }

    @Test
    void cyc10AndCap2TogetherAskForBoth() {
        PlanningClient client = client(1).holiday(MONDAY).blackout(MONDAY.plusDays(1), MONDAY.plusDays(1)).build();
        PlanningAudit audit = audit(client, "2", MONDAY, MONDAY.plusDays(1)).build(POLICY);

        assertThat(causeOf(audit)).contains("(CYC-10, CAP-2)", "the client's blackouts or its sites' public holidays",
                "1) run it 2027-03-01..2027-03-02 if the client opens 2027-03-02 of its blackout and its site opens "
                        + "on the public holiday 2027-03-01 (2 days)");
    }
}
