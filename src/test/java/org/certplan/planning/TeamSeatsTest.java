package org.certplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.planning.TestData.MONDAY;
import static org.certplan.planning.TestData.POLICY;
import static org.certplan.planning.TestData.audit;
import static org.certplan.planning.TestData.client;

import java.math.BigDecimal;
import java.util.List;
import org.certplan.audit.TeamRole;
import org.certplan.audit.TeamSeats;
import org.junit.jupiter.api.Test;

/** COMP-7 as the views, apply and the migration judge it, at its boundaries and against the planning model's seats. */
class TeamSeatsTest {

    private final TeamSeats seats = new TeamSeats(POLICY.maxConsecutiveDaysPerAuditor());

    @Test
    void theSeatsAreThoseThePlanningModelGivesAnAuditForEveryOnsiteLength() {
        PlanningClient client = client(1).areas("IT").languages("en").build();
        for (int halfDays = 1; halfDays <= 60; halfDays++) {
            BigDecimal onsite = BigDecimal.valueOf(halfDays).divide(BigDecimal.valueOf(2));
            assertThat(seats.needed(onsite)).as("%s on-site days", onsite)
                    .isEqualTo(audit(1, client, MONDAY, onsite.toPlainString()).build(POLICY).getSeatCount());
        }
        assertThat(seats.needed(new BigDecimal("5.0"))).isEqualTo(1);
        assertThat(seats.needed(new BigDecimal("5.5"))).isEqualTo(2);
    }

    @Test
    void oneSeatShortIsNotWhole() {
        assertThat(seats.missing(new BigDecimal("8"), List.of(TeamRole.LEAD))).contains("1 of 2 seats empty");
        assertThat(seats.missing(new BigDecimal("8"), List.of(TeamRole.LEAD, TeamRole.TECHNICAL_EXPERT)))
                .contains("1 of 2 seats empty");
    }

    @Test
    void theLastSeatFilledMakesTheTeamWhole() {
        assertThat(seats.whole(new BigDecimal("8"), List.of(TeamRole.LEAD, TeamRole.AUDITOR))).isTrue();
        assertThat(seats.whole(new BigDecimal("2"), List.of(TeamRole.LEAD))).isTrue();
    }

    @Test
    void aTeamWithoutALeadOrWithoutAnyoneIsNotWhole() {
        assertThat(seats.missing(new BigDecimal("2"), List.of(TeamRole.AUDITOR, TeamRole.AUDITOR))).contains("no lead");
        assertThat(seats.missing(new BigDecimal("2"), List.of(TeamRole.INTERPRETER)))
                .contains("no team: all 1 seat empty, no lead");
        assertThat(seats.missing(new BigDecimal("11"), List.of())).contains("no team: all 3 seats empty, no lead");
    }
}
