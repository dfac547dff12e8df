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
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchType;

class UnplaceableAuditsTest {

    private static final SolverFactory<AuditPlan> FACTORY = SolverFactory.create(PlanningSolverConfig.create(
            Duration.ofSeconds(2), Optional.empty(), "NONE", LocalSearchType.LATE_ACCEPTANCE));
    private static final SolutionManager<AuditPlan, HardMediumSoftLongScore> SOLUTIONS = SolutionManager.create(FACTORY);

    private final PlanningClient ordinary = client(1).areas("IT").languages("en").build();
    private final PlanningClient closedAllSpring = client(2).areas("IT").languages("en")
            .blackout(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30)).build();
    private final List<PlanningAuditor> auditors = List.of(auditor(1).lead("IT").build(), auditor(2).lead("IT").build());

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

        Proposal proposal = Proposal.of(snapshot, new HardRuleGuard(SOLUTIONS).guard(split.restore(solved)),
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
        GuardedPlan guarded = new HardRuleGuard(SOLUTIONS).guard(split.restore(solved));
        assertThat(guarded.unplanned()).containsExactly(11L);
    }

    @Test
    void aPinnedAuditStaysInTheProblemWhateverItsDates() {
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
