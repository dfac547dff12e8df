package org.certplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.planning.TestData.MONDAY;
import static org.certplan.planning.TestData.POLICY;
import static org.certplan.planning.TestData.audit;
import static org.certplan.planning.TestData.auditor;
import static org.certplan.planning.TestData.client;
import static org.certplan.planning.TestData.row;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.certplan.rules.QualificationRole;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchType;

class HardRuleGuardTest {

    private static final SolverFactory<AuditPlan> FACTORY = SolverFactory.create(PlanningSolverConfig.create(
            Duration.ofSeconds(2), Optional.empty(), "NONE", LocalSearchType.LATE_ACCEPTANCE));
    private static final SolutionManager<AuditPlan, HardMediumSoftLongScore> SOLUTIONS = SolutionManager.create(FACTORY);

    private final PlanningClient ordinary = client(1).areas("IT").languages("en").build();
    private final PlanningClient closedAllSpring = client(2).areas("IT").languages("en")
            .blackout(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30)).build();
    private final List<PlanningAuditor> auditors = List.of(auditor(1).lead("IT").build(), auditor(2).lead("IT").build());

    private static AuditPlan plan(List<PlanningAuditor> auditors, List<PlanningClient> clients, PlanningAudit... audits) {
        return new AuditPlan(auditors, clients, List.of(audits), POLICY, new AuditPlanWeights());
    }

    private HardRuleGuard guard() {
        return new HardRuleGuard(SOLUTIONS);
    }

    @Test
    void theProposalLeavesAnAuditWhoseDateCannotKeepARuleUnplannedAndTheRestFeasible() {
        PlanSnapshot snapshot = new PlanSnapshot(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                List.of(row(10, 1, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31)),
                        row(11, 1, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30)),
                        row(12, 2, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30))),
                auditors, List.of(ordinary, closedAllSpring), List.of(), POLICY);

        AuditPlan solved = FACTORY.buildSolver().solve(snapshot.plan(new AuditPlanWeights()));
        assertThat(solved.getScore().hardScore()).isNegative();
        GuardedPlan guarded = guard().guard(solved);
        Proposal proposal = Proposal.of(snapshot, guarded, new PlanExplainer(SOLUTIONS));

        assertThat(proposal.score().isFeasible()).isTrue();
        assertThat(proposal.score().mediumScore()).isZero();
        assertThat(proposal.assigned()).isEqualTo(2);
        Proposal.Item closed = proposal.items().stream().filter(item -> item.read().id() == 12).findFirst().orElseThrow();
        assertThat(closed.newStart()).isNull();
        assertThat(closed.newTeam()).isEmpty();
        assertThat(closed.unassignedReason()).startsWith(DateCauses.PREFIX + " (CYC-10)")
                .contains("Remedies, fewest days first: 1) run it ", "if the client opens");
        assertThat(proposal.items()).filteredOn(item -> item.read().id() != 12).allSatisfy(item -> {
            assertThat(item.fullyStaffed()).isTrue();
            assertThat(item.newStart()).isNotNull();
            assertThat(item.newTeam()).hasSize(1);
        });
    }

    @Test
    void aTeamThatBreaksARuleIsReleasedAndTheAuditLeftUnplanned() {
        PlanningAuditor plain = auditor(3).auditorOnly("IT").build();
        PlanningAudit audit = audit(20, ordinary, MONDAY, "2").build(POLICY);
        audit.getSeats().get(0).setAuditor(plain);

        GuardedPlan guarded = guard().guard(plan(List.of(plain), List.of(ordinary), audit));

        assertThat(guarded.unplanned()).containsExactly(20L);
        assertThat(guarded.plan().getAudits()).isEmpty();
        assertThat(audit.getSeats()).allSatisfy(seat -> assertThat(seat.getAuditor()).isNull());
        assertThat(guarded.releaseReasons().get(20L)).startsWith("left unplanned so that no hard rule is broken")
                .contains("COMP-1");
        assertThat(guarded.plan().getScore()).isEqualTo(HardMediumSoftLongScore.ZERO);
    }

    // whole teams or none (COMP-7): an eight-day audit has two seats

    @Test
    void comp7AnAuditOneSeatShortIsLeftUnplannedAndItsLeadReleased() {
        PlanningAudit audit = audit(50, ordinary, MONDAY, "8").build(POLICY);
        assertThat(audit.getSeatCount()).isEqualTo(2);
        audit.getSeats().get(0).setAuditor(auditors.get(0));

        GuardedPlan guarded = guard().guard(plan(List.of(auditors.get(0)), List.of(ordinary), audit));

        assertThat(guarded.unplanned()).containsExactly(50L);
        assertThat(guarded.plan().getAudits()).isEmpty();
        assertThat(audit.getSeats()).allSatisfy(seat -> assertThat(seat.getAuditor()).isNull());
        // one auditor for two seats: no team can hold it, whatever the date
        assertThat(guarded.releaseReasons().get(50L))
                .startsWith("left unplanned without a whole team (COMP-7): no team of today's auditors can hold it")
                .contains("it needs an auditor (COMP-2)", "would unblock 1 audit (",
                        "of this plan: 1) one more auditor with that competence");
        assertThat(guarded.plan().getScore()).isEqualTo(HardMediumSoftLongScore.ZERO);
    }

    @Test
    void comp7AnAuditWhoseSecondAuditorIsOnLeaveIsLeftUnplannedForThatAndNotForCompetence() {
        PlanningAuditor onLeave = auditor(2).lead("IT").build();
        PlanningAudit audit = audit(54, ordinary, MONDAY, "8").build(POLICY);
        onLeave.addUnavailable(audit.days());
        audit.getSeats().get(0).setAuditor(auditors.get(0));

        GuardedPlan guarded = guard().guard(plan(List.of(auditors.get(0), onLeave), List.of(ordinary), audit));

        assertThat(guarded.unplanned()).containsExactly(54L);
        assertThat(guarded.releaseReasons().get(54L))
                .startsWith("left unplanned without a whole team (COMP-7): the AUDITOR seat from " + MONDAY + " is empty")
                .contains("auditors are competent and impartial for it", "CAP-2 rules out",
                        "Remedies, fewest changes first: 1) free auditor 2 (CAP-2 unavailable from " + MONDAY)
                .doesNotContain("COMP-1", "COMP-2", "COMP-3", "COMP-4", "no team of today's auditors");
    }

    @Test
    void comp7AnAuditWhoseLastSeatIsFilledKeepsItsDateAndTeam() {
        PlanningAudit audit = audit(51, ordinary, MONDAY, "8").build(POLICY);
        audit.getSeats().get(0).setAuditor(auditors.get(0));
        audit.getSeats().get(1).setAuditor(auditors.get(1));

        GuardedPlan guarded = guard().guard(plan(auditors, List.of(ordinary), audit));

        assertThat(guarded.unplanned()).isEmpty();
        assertThat(guarded.plan().audit(51).getStartDate()).isEqualTo(MONDAY);
        assertThat(audit.getSeats()).extracting(TeamSeat::getAuditor).containsExactlyElementsOf(auditors);
        assertThat(guarded.plan().getScore().hardScore()).isZero();
        assertThat(guarded.plan().getScore().mediumScore()).isZero();
    }

    @Test
    void comp7AnEmptyTeamIsLeftUnplannedWithWhyItsSeatsStayedEmpty() {
        PlanningAuditor plain = auditor(3).auditorOnly("IT").build();
        PlanningAudit audit = audit(52, ordinary, MONDAY, "2").build(POLICY);

        GuardedPlan guarded = guard().guard(plan(List.of(plain), List.of(ordinary), audit));

        assertThat(guarded.unplanned()).containsExactly(52L);
        assertThat(guarded.releaseReasons().get(52L)).startsWith("left unplanned without a whole team (COMP-7)")
                .contains("it needs a lead auditor holding IAF IT and speaking en (COMP-1, COMP-3, COMP-4)");
    }

    @Test
    void comp7APinnedAuditWithAnEmptySeatKeepsItsDateAndTeam() {
        PlanningAudit confirmed = audit(53, ordinary, MONDAY, "8").pinned(true).build(POLICY);
        confirmed.getSeats().get(0).setAuditor(auditors.get(0));

        GuardedPlan guarded = guard().guard(plan(auditors, List.of(ordinary), confirmed));

        assertThat(guarded.unplanned()).isEmpty();
        assertThat(guarded.plan().audit(53).getStartDate()).isEqualTo(MONDAY);
        assertThat(confirmed.getSeats().get(0).getAuditor()).isEqualTo(auditors.get(0));
    }

    @Test
    void comp7AProposalOfAnUnguardedPlanNeverCarriesAPartialTeam() {
        PlanSnapshot snapshot = new PlanSnapshot(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                List.of(row(10, 1, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31))), auditors, List.of(ordinary),
                List.of(), POLICY);
        AuditPlan plan = snapshot.plan(new AuditPlanWeights());
        PlanningAudit audit = plan.audit(10);
        audit.setStartDate(MONDAY);
        audit.getSeats().forEach(seat -> seat.setStartDate(MONDAY));
        assertThat(audit.getSeatCount()).isEqualTo(1);
        SOLUTIONS.update(plan);

        Proposal.Item item = Proposal.of(snapshot, plan, new PlanExplainer(SOLUTIONS)).items().get(0);

        assertThat(item.newStart()).isNull();
        assertThat(item.newTeam()).isEmpty();
        assertThat(item.fullyStaffed()).isFalse();
        assertThat(item.unassignedReason()).startsWith("left unplanned without a whole team (COMP-7)");
    }

    @Test
    void ofTwoAuditsSharingAnAuditorOnlyOneIsReleased() {
        PlanningAudit first = audit(30, ordinary, MONDAY, "2").build(POLICY);
        PlanningAudit second = audit(31, ordinary, MONDAY, "2").build(POLICY);
        first.getSeats().get(0).setAuditor(auditors.get(0));
        second.getSeats().get(0).setAuditor(auditors.get(0));

        GuardedPlan guarded = guard().guard(plan(auditors, List.of(ordinary), first, second));

        assertThat(guarded.releaseReasons()).containsOnlyKeys(31L);
        assertThat(guarded.releaseReasons().get(31L)).contains("CAP-1");
        assertThat(first.getSeats().get(0).getAuditor()).isEqualTo(auditors.get(0));
        assertThat(guarded.plan().getScore().hardScore()).isZero();
    }

    @Test
    void aPinnedAuditIsNeverReleased() {
        PlanningAudit pinned = audit(40, ordinary, MONDAY, "2").pinned(true).build(POLICY);
        PlanningAudit open = audit(41, ordinary, MONDAY, "2").build(POLICY);
        pinned.getSeats().get(0).setAuditor(auditors.get(0));
        open.getSeats().get(0).setAuditor(auditors.get(0));

        GuardedPlan guarded = guard().guard(plan(auditors, List.of(ordinary), open, pinned));

        assertThat(guarded.releaseReasons()).containsOnlyKeys(41L);
        assertThat(pinned.getSeats().get(0).getAuditor()).isEqualTo(auditors.get(0));
    }

    // before the search: audits no start can place are split off, and the guard leaves them unplanned after it

    @Test
    void auditsNoStartOfWhichKeepsTheirOwnDatesStayOutOfTheSearchAndAreLeftUnplannedWithTheirRule() {
        PlanSnapshot snapshot = new PlanSnapshot(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                List.of(row(10, 1, MONDAY, LocalDate.of(2027, 3, 31)),
                        row(11, 2, MONDAY, LocalDate.of(2027, 4, 30)),
                        row(12, 1, MONDAY, MONDAY)),
                auditors, List.of(ordinary, closedAllSpring), List.of(), POLICY);

        UnplaceableAudits split = UnplaceableAudits.of(snapshot.plan(new AuditPlanWeights()));

        assertThat(split.leftOut()).extracting(PlanningAudit::getId).containsExactlyInAnyOrder(11L, 12L);
        assertThat(split.solvable().getAudits()).extracting(PlanningAudit::getId).containsExactly(10L);
        AuditPlan solved = FACTORY.buildSolver().solve(split.solvable());
        assertThat(solved.getScore().hardScore()).isZero();

        Proposal proposal = Proposal.of(snapshot, guard().guard(split.restore(solved)),
                new PlanExplainer(SOLUTIONS));
        assertThat(proposal.score().isFeasible()).isTrue();
        assertThat(proposal.assigned()).isEqualTo(1);
        assertThat(reason(proposal, 11)).startsWith("left unplanned").contains("CYC-10");
        assertThat(reason(proposal, 12)).startsWith("left unplanned").contains("CYC-3");
    }

    @Test
    void aProblemOfUnplaceableAuditsOnlyLeavesTheSolverNothingAndTheGuardEverything() {
        PlanSnapshot snapshot = new PlanSnapshot(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                List.of(row(11, 2, MONDAY, LocalDate.of(2027, 4, 30))), auditors, List.of(ordinary, closedAllSpring),
                List.of(), POLICY);
        UnplaceableAudits split = UnplaceableAudits.of(snapshot.plan(new AuditPlanWeights()));

        AuditPlan solved = FACTORY.buildSolver().solve(split.solvable());

        assertThat(solved.getAudits()).isEmpty();
        GuardedPlan guarded = guard().guard(split.restore(solved));
        assertThat(guarded.unplanned()).containsExactly(11L);
    }

    @Test
    void anAuditNoTeamCanHoldWhateverTheDateStaysOutOfTheSearchAndIsLeftUnplannedWithWhatItNeeds() {
        PlanningClient czech = client(3).areas("IT").languages("cs").build();
        PlanSnapshot snapshot = new PlanSnapshot(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                List.of(row(10, 1, MONDAY, LocalDate.of(2027, 3, 31)), row(13, 3, MONDAY, LocalDate.of(2027, 3, 31))),
                auditors, List.of(ordinary, czech), List.of(), POLICY);

        UnplaceableAudits split = UnplaceableAudits.of(snapshot.plan(new AuditPlanWeights()));

        assertThat(split.leftOut()).extracting(PlanningAudit::getId).containsExactly(13L);
        assertThat(split.solvable().getAudits()).extracting(PlanningAudit::getId).containsExactly(10L);
        AuditPlan solved = FACTORY.buildSolver().solve(split.solvable());
        Proposal proposal = Proposal.of(snapshot, guard().guard(split.restore(solved)), new PlanExplainer(SOLUTIONS));
        assertThat(proposal.assigned()).isEqualTo(1);
        assertThat(reason(proposal, 13)).startsWith("left unplanned without a whole team (COMP-7)")
                .contains("it needs a lead auditor holding IAF IT and speaking cs (COMP-1, COMP-3, COMP-4)",
                        "would unblock 1 audit");
    }

    @Test
    void anAuditNoTeamCanHold_firstRemedyQualifiesTheAuditorOneStepAway_thenOneMorePerson() {
        PlanningClient czech = client(3).areas("IT").languages("cs").build();
        PlanningAuditor czechAuditor = auditor(3).auditorOnly("IT").languages("cs").build();
        List<PlanningAuditor> withCzech = List.of(auditors.get(0), auditors.get(1), czechAuditor);
        PlanSnapshot snapshot = new PlanSnapshot(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                List.of(row(13, 3, MONDAY, LocalDate.of(2027, 3, 31))), withCzech, List.of(czech), List.of(), POLICY);

        UnplaceableAudits split = UnplaceableAudits.of(snapshot.plan(new AuditPlanWeights()));
        AuditPlan solved = FACTORY.buildSolver().solve(split.solvable());
        Proposal proposal = Proposal.of(snapshot, guard().guard(split.restore(solved)), new PlanExplainer(SOLUTIONS));

        assertThat(reason(proposal, 13)).contains("it needs a lead auditor holding IAF IT and speaking cs",
                "Remedies, each of which would unblock 1 audit (2 auditor-days) of this plan: "
                        + "1) qualify auditor 3 (holds IAF IT as an auditor: qualify as lead auditor); "
                        + "2) one more lead auditor with that competence");
    }

    @Test
    void anAuditWhoseOnlyLeadQualifiesWithinItsWindow_staysInTheSearchAndIsStaffedFromThatDay() {
        LocalDate qualified = MONDAY.plusDays(28); // two weeks after the target date
        PlanningAuditor newLead = auditor(4).qualification(QualificationRole.LEAD_AUDITOR, qualified, null, "IT")
                .build();
        PlanSnapshot snapshot = new PlanSnapshot(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                List.of(row(14, 1, MONDAY, LocalDate.of(2027, 3, 31))), List.of(newLead), List.of(ordinary), List.of(),
                POLICY);

        UnplaceableAudits split = UnplaceableAudits.of(snapshot.plan(new AuditPlanWeights()));
        assertThat(split.leftOut()).as("a team exists from %s, within the window", qualified).isEmpty();
        AuditPlan solved = FACTORY.buildSolver().solve(split.solvable());
        Proposal proposal = Proposal.of(snapshot, guard().guard(split.restore(solved)), new PlanExplainer(SOLUTIONS));

        assertThat(proposal.assigned()).isEqualTo(1);
        assertThat(solved.audit(14).getStartDate()).isAfterOrEqualTo(qualified);
    }

    @Test
    void comp7ASeatLeftEmptyThoughSomeoneIsEligible_namesWhomToPlaceByHand() {
        PlanningAudit audit = audit(56, ordinary, MONDAY, "8").build(POLICY);
        AuditPlan plan = plan(auditors, List.of(ordinary), audit);
        audit.getSeats().get(0).setAuditor(auditors.get(0));

        assertThat(Proposal.emptySeatReason(new EligibilityCheck(plan), audit.getSeats().get(1)))
                .contains("1 of 2 auditors are eligible there",
                        "Remedies: 1) place auditor 2 by hand, with the audit's candidates "
                                + "(GET /api/v1/audits/56/candidates) showing what each would break");
    }

    @Test
    void aPinnedAuditIsNeverSplitOffWhateverItsDates() {
        PlanningAudit pinned = audit(20, ordinary, MONDAY, "2").window(MONDAY, MONDAY).pinned(true).build(POLICY);
        PlanningAudit open = audit(21, ordinary, MONDAY, "2").build(POLICY);
        AuditPlan plan = new AuditPlan(auditors, List.of(ordinary), List.of(pinned, open), POLICY, new AuditPlanWeights());

        UnplaceableAudits split = UnplaceableAudits.of(plan);

        assertThat(split.leftOut()).isEmpty();
        assertThat(split.solvable()).isSameAs(plan);
        assertThat(split.restore(plan)).isSameAs(plan);
    }

    private static String reason(Proposal proposal, long auditId) {
        Proposal.Item item = proposal.items().stream().filter(i -> i.read().id() == auditId).findFirst().orElseThrow();
        assertThat(item.newStart()).isNull();
        assertThat(item.newTeam()).isEmpty();
        return item.unassignedReason();
    }
}
