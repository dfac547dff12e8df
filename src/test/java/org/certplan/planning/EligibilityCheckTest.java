package org.certplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.planning.TestData.MONDAY;
import static org.certplan.planning.TestData.POLICY;
import static org.certplan.planning.TestData.audit;
import static org.certplan.planning.TestData.auditor;
import static org.certplan.planning.TestData.client;

import java.util.List;
import org.certplan.rules.ConflictBar;
import org.junit.jupiter.api.Test;

class EligibilityCheckTest {

    private final PlanningClient client = client(1).areas("IT").languages("de").build();

    private static List<String> rules(List<RuleBreach> breaches) {
        return breaches.stream().map(RuleBreach::ruleId).toList();
    }

    private static AuditPlan plan(List<PlanningAuditor> auditors, PlanningAudit... audits) {
        return new AuditPlan(auditors, List.of(), List.of(audits), POLICY, new AuditPlanWeights());
    }

    @Test
    void qualifiedGermanSpeakingLead_isEligible() {
        PlanningAuditor fit = auditor(1).lead("IT").languages("de").build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        AuditPlan plan = plan(List.of(fit), audit);

        assertThat(new EligibilityCheck(plan).candidatesFor(audit.getSeats().get(0)))
                .singleElement().satisfies(verdict -> assertThat(verdict.eligible()).isTrue());
    }

    @Test
    void plainAuditorForTheLeadSeat_breaksComp1AndComp4() {
        PlanningAuditor plain = auditor(1).auditorOnly("IT").languages("en").build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        AuditPlan plan = plan(List.of(plain), audit);

        assertThat(rules(new EligibilityCheck(plan).breaches(audit.getSeats().get(0), plain)))
                .containsExactly("COMP-1", "COMP-4");
    }

    @Test
    void auditorBusyElsewhereOnLeaveAndFamiliar_listsEachRule() {
        PlanningAuditor busy = auditor(1).lead("IT").languages("de").cyclesLed(1, 2).unavailable(MONDAY.plusDays(2))
                .conflict(1, MONDAY.plusDays(1), MONDAY.plusDays(1), ConflictBar.IMP_2).build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        PlanningAudit other = audit(2, client(2).build(), MONDAY.plusDays(2), "1").build(POLICY);
        other.getSeats().get(0).setAuditor(busy);
        AuditPlan plan = plan(List.of(busy), audit, other);

        List<RuleBreach> breaches = new EligibilityCheck(plan).breaches(audit.getSeats().get(0), busy);
        assertThat(rules(breaches)).containsExactlyInAnyOrder("IMP-2", "IMP-3", "CAP-1", "CAP-2");
        assertThat(breaches).filteredOn(b -> b.ruleId().equals("IMP-2")).singleElement()
                .satisfies(b -> assertThat(b.until()).isEqualTo(MONDAY.plusDays(2)));
    }

    @Test
    void monthlyCapacityReachedByOtherAudits_breaksCap3() {
        PlanningAuditor small = auditor(1).lead("IT").languages("de").capacity(4, 150).build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        PlanningAudit other = audit(2, client, MONDAY.plusWeeks(2), "2").build(POLICY);
        other.getSeats().get(0).setAuditor(small);
        AuditPlan plan = plan(List.of(small), audit, other);

        assertThat(new EligibilityCheck(plan).breaches(audit.getSeats().get(0), small))
                .singleElement().satisfies(b -> {
                    assertThat(b.ruleId()).isEqualTo("CAP-3");
                    assertThat(b.detail())
                            .isEqualTo("2 audit days in 2027-03 already, 3 more exceed the maximum of 4 per month");
                });
    }

    @Test
    void secondSeatWhileLeadSeatIsEmpty_doesNotJudgeTheTeamYet() {
        PlanningClient twoAreas = client(2).areas("IT", "FIN").languages("de").build();
        PlanningAuditor itOnly = auditor(1).auditorOnly("IT").languages("en").build();
        PlanningAudit audit = audit(1, twoAreas, MONDAY, "8").build(POLICY);
        AuditPlan plan = plan(List.of(itOnly), audit);

        assertThat(new EligibilityCheck(plan).breaches(audit.getSeats().get(1), itOnly)).isEmpty();
    }
}
