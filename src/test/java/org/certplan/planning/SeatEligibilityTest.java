package org.certplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.planning.TestData.MONDAY;
import static org.certplan.planning.TestData.POLICY;
import static org.certplan.planning.TestData.audit;
import static org.certplan.planning.TestData.auditor;
import static org.certplan.planning.TestData.client;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.certplan.rules.ConflictBar;
import org.certplan.rules.QualificationRole;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchType;

class SeatEligibilityTest {

    private final PlanningClient client = client(1).areas("IT").languages("de").build();

    private static List<Long> eligible(TeamSeat seat) {
        return seat.getEligibleAuditors().stream().map(PlanningAuditor::getId).toList();
    }

    private static AuditPlan plan(List<PlanningAuditor> auditors, PlanningAudit... audits) {
        return new AuditPlan(auditors, List.of(), List.of(audits), POLICY, new AuditPlanWeights());
    }

    @Test
    void oneSeatAudit_offersOnlyAuditorsWhoBreakNoStaticRule() {
        List<PlanningAuditor> auditors = List.of(
                auditor(1).lead("IT").languages("de").build(),
                auditor(2).auditorOnly("IT").languages("de").build(),
                auditor(3).lead("IT").languages("en").build(),
                auditor(4).lead("FIN").languages("de").build(),
                auditor(5).lead("IT").languages("de")
                        .conflict(1, LocalDate.of(2026, 1, 1), null, ConflictBar.IMP_1).build(),
                auditor(6).lead("IT").languages("de").cyclesLed(1, 2).build());
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);

        plan(auditors, audit);

        assertThat(eligible(audit.getSeats().get(0))).containsExactly(1L);
    }

    @Test
    void anAuditorFitForSomeOfTheAuditsPossibleDates_isOffered() {
        PlanningAuditor qualifiedFromNextMonth = auditor(1)
                .qualification(QualificationRole.LEAD_AUDITOR, MONDAY.plusMonths(1), null, "IT").languages("de")
                .build();
        PlanningAuditor awayOnTheTarget = auditor(2).lead("IT").languages("de").unavailable(MONDAY).build();
        PlanningAuditor qualifiedOnlyLongAfterTheWindow = auditor(3)
                .qualification(QualificationRole.LEAD_AUDITOR, MONDAY.plusYears(1), null, "IT").languages("de").build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);

        plan(List.of(qualifiedFromNextMonth, awayOnTheTarget, qualifiedOnlyLongAfterTheWindow), audit);

        assertThat(eligible(audit.getSeats().get(0))).containsExactly(1L, 2L);
    }

    @Test
    void oneSeatAudit_areasCountOnlyFromQualificationsValidInTheWindowOrFromTheTechnicalExpert() {
        PlanningAuditor itOnlyLongAfterTheWindow = auditor(1).lead("FIN").languages("de")
                .qualification(QualificationRole.AUDITOR, MONDAY.plusYears(1), null, "IT").build();
        PlanningAuditor finLead = auditor(2).lead("FIN").languages("de").build();
        PlanningAudit alone = audit(1, client, MONDAY, "3").build(POLICY);
        PlanningAudit withExpert = audit(2, client, MONDAY, "3")
                .technicalExperts(List.of(auditor(3)
                        .qualification(QualificationRole.TECHNICAL_EXPERT, MONDAY, null, "IT").build()))
                .build(POLICY);

        plan(List.of(itOnlyLongAfterTheWindow, finLead), alone, withExpert);

        assertThat(eligible(alone.getSeats().get(0))).isEmpty();
        assertThat(eligible(withExpert.getSeats().get(0))).containsExactly(1L, 2L);
    }

    @Test
    void seatsOfATeam_leaveAreasAndLanguagesToTheTeamRules() {
        PlanningAuditor englishFinLead = auditor(1).lead("FIN").languages("en").build();
        PlanningAuditor germanAuditor = auditor(2).auditorOnly("IT").languages("de").build();
        PlanningAudit audit = audit(1, client, MONDAY, "8").build(POLICY);

        plan(List.of(englishFinLead, germanAuditor), audit);

        assertThat(audit.getSeatCount()).isEqualTo(2);
        assertThat(eligible(audit.getSeats().get(0))).containsExactly(1L);
        assertThat(eligible(audit.getSeats().get(1))).containsExactly(1L, 2L);
    }

    @Test
    void aPinnedAuditKeepsItsAuditorEvenWhenIneligible() {
        PlanningAuditor plain = auditor(1).auditorOnly("IT").languages("de").build();
        PlanningAudit audit = audit(1, client, MONDAY, "2").pinned(true).build(POLICY);
        audit.getSeats().get(0).setAuditor(plain);

        plan(List.of(plain), audit);

        assertThat(eligible(audit.getSeats().get(0))).containsExactly(1L);
    }

    @Test
    void theSolverNeverProposesAnIneligibleAuditor() {
        AuditPlan problem = SmallCbScenario.plan(29);
        AuditPlan solved = SolverFactory.<AuditPlan>create(PlanningSolverConfig.create(Duration.ofSeconds(3),
                Optional.empty(), "NONE", LocalSearchType.LATE_ACCEPTANCE)).buildSolver().solve(problem);

        assertThat(solved.getSeats()).filteredOn(TeamSeat::isAssigned).isNotEmpty().allSatisfy(seat -> {
            assertThat(seat.getEligibleAuditors()).contains(seat.getAuditor());
            assertThat(new SeatEligibility(POLICY).eligible(seat, seat.getAuditor())).isTrue();
        });
        assertThat(solved.getSeats()).filteredOn(TeamSeat::isLead).filteredOn(TeamSeat::isAssigned)
                .extracting(seat -> seat.getAuditor().getId()).doesNotContain(3L, 5L);
    }
}
