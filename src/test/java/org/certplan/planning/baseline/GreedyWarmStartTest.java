package org.certplan.planning.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.certplan.planning.AuditPlan;
import org.certplan.planning.AuditPlanConstraints;
import org.certplan.planning.AuditPlanWeights;
import org.certplan.planning.Construction;
import org.certplan.planning.PlanningAudit;
import org.certplan.planning.PlanningAuditor;
import org.certplan.planning.PlanningClient;
import org.certplan.planning.PlanningPolicy;
import org.certplan.planning.PlanningSolverConfig;
import org.certplan.planning.TeamSeat;
import org.certplan.programme.AuditType;
import org.certplan.rules.Qualification;
import org.certplan.rules.QualificationRole;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** The greedy phase alone, as the solver runs it (full assert: every change goes through the score director). */
class GreedyWarmStartTest {

    private static final PlanningPolicy POLICY = PlanningPolicy.DEFAULTS;
    private static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);
    private static final SolverConfig GREEDY_ONLY = new SolverConfig()
            .withSolutionClass(AuditPlan.class)
            .withEntityClasses(PlanningAudit.class, TeamSeat.class)
            .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                    .withConstraintProviderClass(AuditPlanConstraints.class)
                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
            .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
            .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(30)))
            .withPhases(PlanningSolverConfig.construction(Construction.GREEDY));
    private static final SolutionManager<AuditPlan, HardMediumSoftLongScore> SOLUTIONS =
            SolutionManager.create(SolverFactory.create(GREEDY_ONLY));

    @Test
    void staffsTheAuditsWithoutAuditorsAndLeavesPinnedAndStartedTeamsAsTheyAre() {
        PlanningClient client = new PlanningClient(1L, "client 1", Set.of("33"), Set.of("en"), Set.of(), List.of(), 52.52, 13.40);
        PlanningAuditor first = auditor(1);
        PlanningAuditor second = auditor(2);
        PlanningAuditor third = auditor(3);
        PlanningAudit confirmed = PlanningAudit.builder(10, client, AuditType.SURVEILLANCE_1).certification(10L)
                .window(MARCH_1, LocalDate.of(2027, 3, 31)).onsiteDays("5").pinned(true).startDate(MARCH_1)
                .build(POLICY);
        confirmed.getSeats().get(0).setAuditor(first);
        // a published audit a REPAIR run released: it starts from its current date and team, not from the greedy's
        LocalDate published = LocalDate.of(2027, 3, 15);
        PlanningAudit released = PlanningAudit.builder(11, client, AuditType.SURVEILLANCE_1).certification(11L)
                .window(MARCH_1, LocalDate.of(2027, 3, 31)).onsiteDays("5").startDate(published)
                .published(published, List.of(third.getId())).build(POLICY);
        released.getSeats().get(0).setAuditor(third);
        PlanningAudit open = PlanningAudit.builder(12, client, AuditType.SURVEILLANCE_1).certification(12L)
                .window(MARCH_1, LocalDate.of(2027, 3, 31)).target(LocalDate.of(2027, 3, 22)).onsiteDays("5")
                .build(POLICY);
        AuditPlan problem = new AuditPlan(List.of(first, second, third), List.of(client),
                List.of(confirmed, released, open), POLICY, new AuditPlanWeights());

        AuditPlan solved = SolverFactory.<AuditPlan>create(GREEDY_ONLY).buildSolver().solve(problem);

        PlanningAudit solvedConfirmed = solved.audit(10);
        assertThat(solvedConfirmed.getStartDate()).isEqualTo(MARCH_1);
        assertThat(solvedConfirmed.getSeats().get(0).getAuditor().getId()).isEqualTo(first.getId());
        PlanningAudit solvedReleased = solved.audit(11);
        assertThat(solvedReleased.getStartDate()).isEqualTo(published);
        assertThat(solvedReleased.getSeats().get(0).getAuditor().getId()).isEqualTo(third.getId());
        // the open audit: the earliest start of its window, the first auditor free then (the first one is busy)
        PlanningAudit solvedOpen = solved.audit(12);
        assertThat(solvedOpen.getStartDate()).isEqualTo(MARCH_1);
        assertThat(solvedOpen.getSeats()).allSatisfy(seat -> assertThat(seat.getStartDate()).isEqualTo(MARCH_1));
        assertThat(solvedOpen.getSeats().get(0).getAuditor().getId()).isEqualTo(second.getId());
        assertThat(solved.getScore().isSolutionInitialized()).isTrue();
        assertThat(solved.getScore()).isEqualTo(SOLUTIONS.update(solved));
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isZero();
    }

    private static PlanningAuditor auditor(long id) {
        return new PlanningAuditor(id, "auditor " + id, 52.52, 13.40, Set.of("en"),
                List.of(new Qualification(QualificationRole.LEAD_AUDITOR, Set.of("33"), MARCH_1.minusYears(2), null)),
                Set.of(), 16, 150, List.of(), new HashMap<>());
    }
}
