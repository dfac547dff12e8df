package org.certplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.planning.TestData.MONDAY;
import static org.certplan.planning.TestData.POLICY;
import static org.certplan.planning.TestData.audit;
import static org.certplan.planning.TestData.auditor;
import static org.certplan.planning.TestData.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.certplan.audit.TeamRole;
import org.certplan.rules.ConflictBar;
import org.certplan.rules.QualificationRole;
import org.junit.jupiter.api.Test;

class CompetentTeamsTest {

    private final PlanningClient czech = client(1).areas("27").languages("cs").build();

    private static Optional<CompetenceNeed> need(PlanningAudit audit, PlanningAuditor... auditors) {
        return new CompetentTeams(new AuditPlan(List.of(auditors), List.of(audit.getClient()), List.of(audit), POLICY,
                new AuditPlanWeights())).need(audit);
    }

    @Test
    void oneLeadWhoCoversTheAreasAndLanguagesHoldsAOneSeatAudit() {
        PlanningAudit audit = audit(10, czech, MONDAY, "2").build(POLICY);

        assertThat(need(audit, auditor(1).lead("9").build(), auditor(2).lead("27").languages("cs", "en").build()))
                .isEmpty();
    }

    @Test
    void aLeadWhoLacksTheLanguageOrIsBarredLeavesTheNeedForALeadWithBoth() {
        PlanningAudit audit = audit(11, czech, MONDAY, "2").build(POLICY);
        PlanningAuditor english = auditor(1).lead("27").build();
        PlanningAuditor rotated = auditor(2).lead("27").languages("cs").cyclesLed(11, 2).build();
        PlanningAuditor consulted = auditor(3).lead("27").languages("cs")
                .conflict(1, MONDAY.minusYears(1), null, ConflictBar.IMP_2).build();

        assertThat(need(audit, english, rotated, consulted))
                .contains(new CompetenceNeed(TeamRole.LEAD, Set.of("27"), Set.of("cs")));
    }

    @Test
    void aTwoSeatAuditNeedsASecondAuditorBesideTheLeadWhoCoversAll() {
        PlanningAudit audit = audit(12, czech, MONDAY, "8").build(POLICY);
        assertThat(audit.getSeatCount()).isEqualTo(2);
        PlanningAuditor lead = auditor(1).lead("27").languages("cs").build();

        assertThat(need(audit, lead)).map(CompetenceNeed::role).contains(TeamRole.AUDITOR);
        assertThat(need(audit, lead, auditor(2).auditorOnly("9").build())).isEmpty();
        assertThat(need(audit, lead, auditor(3).auditorOnly("9")
                .conflict(1, MONDAY.minusYears(1), null, ConflictBar.IMP_2).build()))
                .as("a second auditor barred from the client is no team member").isPresent();
    }

    @Test
    void aLeadWhoseQualificationBeginsLaterInTheWindowStillHoldsIt() {
        PlanningAudit audit = audit(13, czech, MONDAY, "2").build(POLICY);
        PlanningAuditor later = auditor(1).languages("cs")
                .qualification(QualificationRole.LEAD_AUDITOR, MONDAY.plusWeeks(2), null, "27").build();

        assertThat(need(audit, later)).isEmpty();
        assertThat(need(audit, auditor(2).languages("cs")
                .qualification(QualificationRole.LEAD_AUDITOR, LocalDate.of(2030, 1, 1), null, "27").build()))
                .as("qualified only after the window").isPresent();
    }
}
