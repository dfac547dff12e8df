package org.certplan.planning.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.certplan.planning.AuditPlan;
import org.certplan.planning.AuditPlanWeights;
import org.certplan.planning.DateRange;
import org.certplan.planning.PlanningAudit;
import org.certplan.planning.PlanningAuditor;
import org.certplan.planning.PlanningClient;
import org.certplan.planning.PlanningPolicy;
import org.certplan.planning.PlanningSolverConfig;
import org.certplan.planning.TeamSeat;
import org.certplan.programme.AuditType;
import org.certplan.rules.ConflictBar;
import org.certplan.rules.Qualification;
import org.certplan.rules.QualificationRole;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchType;

class GreedyPlannerTest {

    private static final SolutionManager<AuditPlan, HardMediumSoftLongScore> SOLUTIONS = SolutionManager.create(
            SolverFactory.create(PlanningSolverConfig.create(Duration.ofSeconds(1), Optional.empty(), "NONE",
                    LocalSearchType.LATE_ACCEPTANCE)));
    private static final PlanningPolicy POLICY = PlanningPolicy.DEFAULTS;
    private static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);

    @Test
    void theAuditDueFirstTakesTheEarliestDateAndTheNextOneTheEarliestFreeDate() {
        PlanningClient client = client(1, Set.of("33"), Set.of("en"), List.of());
        PlanningAuditor lead = auditor(1, Set.of("33"), Set.of("en"), Set.of(), List.of());
        PlanningAudit dueLate = audit(10, client, MARCH_1, LocalDate.of(2027, 3, 31), "5");
        PlanningAudit dueEarly = audit(11, client, MARCH_1, LocalDate.of(2027, 3, 12), "5");

        AuditPlan plan = GreedyPlanner.plan(plan(List.of(lead), List.of(client), dueLate, dueEarly));

        assertThat(dueEarly.getStartDate()).isEqualTo(MARCH_1);
        assertThat(dueEarly.getSeats().get(0).getAuditor()).isEqualTo(lead);
        assertThat(dueLate.getStartDate()).isEqualTo(LocalDate.of(2027, 3, 8));
        assertThat(dueLate.getSeats().get(0).getAuditor()).isEqualTo(lead);
        HardMediumSoftLongScore score = SOLUTIONS.update(plan);
        assertThat(score.hardScore()).isZero();
        assertThat(score.mediumScore()).isZero();
    }

    @Test
    void aPinnedAuditKeepsItsTeamAndItsAuditorIsBusyOnItsDays() {
        PlanningClient client = client(1, Set.of("33"), Set.of("en"), List.of());
        PlanningAuditor first = auditor(1, Set.of("33"), Set.of("en"), Set.of(), List.of());
        PlanningAuditor second = auditor(2, Set.of("33"), Set.of("en"), Set.of(), List.of());
        PlanningAudit confirmed = PlanningAudit.builder(10, client, AuditType.SURVEILLANCE_1).certification(10L)
                .window(MARCH_1, LocalDate.of(2027, 3, 31)).onsiteDays("5").pinned(true).startDate(MARCH_1)
                .build(POLICY);
        confirmed.getSeats().get(0).setAuditor(first);
        PlanningAudit open = audit(11, client, MARCH_1, LocalDate.of(2027, 3, 31), "5");

        AuditPlan plan = GreedyPlanner.plan(plan(List.of(first, second), List.of(client), confirmed, open));

        assertThat(confirmed.getSeats().get(0).getAuditor()).isEqualTo(first);
        assertThat(open.getStartDate()).isEqualTo(MARCH_1);
        assertThat(open.getSeats().get(0).getAuditor()).isEqualTo(second);
        SOLUTIONS.update(plan);
        assertThat(plan.getScore().hardScore()).isZero();
    }

    @Test
    void aTwoSeatTeamTakesTheAuditorWhoCoversTheMissingTechnicalArea() {
        PlanningClient client = client(1, Set.of("33", "13"), Set.of("en"), List.of());
        PlanningAuditor lead = auditor(1, Set.of("33"), Set.of("en"), Set.of(), List.of());
        PlanningAuditor itOnly = auditor(2, Set.of("33"), Set.of("en"), Set.of(), List.of());
        PlanningAuditor scarce = auditor(3, Set.of("13"), Set.of("en"), Set.of(), List.of());
        PlanningAudit twoSeats = audit(10, client, MARCH_1, LocalDate.of(2027, 4, 30), "8");

        AuditPlan plan = GreedyPlanner.plan(plan(List.of(lead, itOnly, scarce), List.of(client), twoSeats));

        assertThat(twoSeats.getSeats()).hasSize(2);
        assertThat(twoSeats.getSeats().stream().map(TeamSeat::getAuditor).toList()).containsExactly(lead, scarce);
        SOLUTIONS.update(plan);
        assertThat(plan.getScore()).isEqualTo(HardMediumSoftLongScore.of(0, 0, plan.getScore().softScore()));
    }

    @Test
    void aTeamsLastSeatPassesOverAFreeAuditorWhoCoversOnlyPartOfWhatIsStillMissing() {
        PlanningClient client = client(1, Set.of("33", "13", "5"), Set.of("en"), List.of());
        PlanningAuditor lead = auditor(1, Set.of("33"), Set.of("en"), Set.of(), List.of());
        PlanningAuditor partly = auditor(2, Set.of("13"), Set.of("en"), Set.of(), List.of());
        PlanningAuditor wholly = auditor(3, Set.of("13", "5"), Set.of("en"), Set.of(), List.of());
        PlanningAudit twoSeats = audit(10, client, MARCH_1, LocalDate.of(2027, 3, 31), "8");

        AuditPlan plan = GreedyPlanner.plan(plan(List.of(lead, partly, wholly), List.of(client), twoSeats));

        assertThat(twoSeats.getSeats().get(1).getEligibleAuditors()).contains(partly);
        assertThat(twoSeats.getStartDate()).isEqualTo(MARCH_1);
        assertThat(twoSeats.getSeats()).extracting(TeamSeat::getAuditor).containsExactly(lead, wholly);
        assertThat(SOLUTIONS.update(plan).hardScore()).isZero();
    }

    @Test
    void anAuditNobodyCanStaffStaysUnassignedInsideItsWindowAndOutsideTheClientsBlackout() {
        PlanningClient closedEarly = client(1, Set.of("21"), Set.of("en"),
                List.of(new DateRange(MARCH_1, LocalDate.of(2027, 3, 19))));
        PlanningAuditor lead = auditor(1, Set.of("33"), Set.of("en"), Set.of(), List.of());
        PlanningAudit nobody = audit(10, closedEarly, MARCH_1, LocalDate.of(2027, 4, 30), "2");

        AuditPlan plan = GreedyPlanner.plan(plan(List.of(lead), List.of(closedEarly), nobody));

        assertThat(nobody.getSeats().get(0).getAuditor()).isNull();
        assertThat(nobody.getStartDate()).isBetween(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 4, 30));
        SOLUTIONS.update(plan);
        assertThat(plan.getScore().hardScore()).isZero();
        assertThat(plan.getScore().mediumScore()).as("one SA1 unstaffed at 6 × 100 %, and its empty seat")
                .isEqualTo(-(600 + 1));
    }

    /**
     * Dataset M had such audits (a one-day window for a two-day audit, a window inside a client blackout): every start
     * breaks a rule of the audit's own date, so the baseline leaves them out of its plan as the solver's guard does.
     */
    @Test
    void anAuditNoStartOfWhichKeepsItsDateRulesIsLeftUnplanned() {
        PlanningClient client = client(1, Set.of("33"), Set.of("en"), List.of());
        PlanningClient closedAllWindow = client(2, Set.of("33"), Set.of("en"),
                List.of(new DateRange(MARCH_1.minusDays(3), LocalDate.of(2027, 3, 31))));
        PlanningAuditor lead = auditor(1, Set.of("33"), Set.of("en"), Set.of(), List.of());
        PlanningAuditor second = auditor(2, Set.of("33"), Set.of("en"), Set.of(), List.of());
        PlanningAudit tooShortWindow = audit(10, client, MARCH_1, MARCH_1, "2");
        PlanningAudit inBlackout = audit(11, closedAllWindow, MARCH_1, LocalDate.of(2027, 3, 31), "2");
        PlanningAudit ordinary = audit(12, client, MARCH_1, LocalDate.of(2027, 3, 31), "2");

        AuditPlan plan = GreedyPlanner.plan(plan(List.of(lead, second), List.of(client, closedAllWindow),
                tooShortWindow, inBlackout, ordinary));

        assertThat(plan.getAudits()).extracting(PlanningAudit::getId).containsExactly(12L);
        assertThat(ordinary.getSeats().get(0).getAuditor()).isNotNull();
        HardMediumSoftLongScore score = SOLUTIONS.update(plan);
        assertThat(score.hardScore()).isZero();
        assertThat(score.mediumScore()).isZero();
    }

    /** A crowded quarter: leave, conflicts, blackouts, holidays, small capacities; the greedy plan breaks no hard rule. */
    @Test
    void aCrowdedQuarterIsPlannedWithoutBreakingAHardRule() {
        List<PlanningClient> clients = new ArrayList<>();
        List<PlanningAuditor> auditors = new ArrayList<>();
        List<PlanningAudit> audits = new ArrayList<>();
        String[] areas = {"33", "34", "13", "19"};
        String[] languages = {"en", "de", "fr"};
        for (int i = 0; i < 12; i++) {
            Set<LocalDate> leave = new HashSet<>();
            for (int d = 0; d < 10; d++) {
                leave.add(MARCH_1.plusDays(7L * i + d));
            }
            List<ConflictBar> conflicts = List.of(
                    new ConflictBar(i % 20, ConflictBar.IMP_2, MARCH_1.minusYears(1), null));
            auditors.add(new PlanningAuditor((long) i + 1, "auditor " + i, 50, 8, new HashSet<>(List.of("en", languages[i % 3])),
                    List.of(new Qualification(i % 3 == 0 ? QualificationRole.AUDITOR : QualificationRole.LEAD_AUDITOR,
                            new HashSet<>(List.of(areas[i % 4], "33")), MARCH_1.minusYears(2), null)),
                    leave, 8, 60, conflicts, new HashMap<>()));
        }
        for (int c = 0; c < 20; c++) {
            List<DateRange> blackouts = c % 4 == 0 ? List.of(new DateRange(MARCH_1.plusDays(c), MARCH_1.plusDays(c + 20)))
                    : List.of();
            PlanningClient client = new PlanningClient((long) c, "client " + c, Set.of(areas[c % 4]),
                    Set.of(languages[c % 3]), Set.of(LocalDate.of(2027, 4, 5)), blackouts, 50, 8);
            clients.add(client);
            LocalDate from = MARCH_1.plusDays(3L * c);
            audits.add(audit(100 + c, client, from, from.plusDays(60), c % 5 == 0 ? "7" : "3"));
        }

        AuditPlan plan = GreedyPlanner.plan(new AuditPlan(auditors, clients, audits, POLICY, new AuditPlanWeights()));

        HardMediumSoftLongScore score = SOLUTIONS.update(plan);
        assertThat(score.hardScore()).isZero();
        long filled = plan.getSeats().stream().filter(TeamSeat::isAssigned).count();
        assertThat(filled).isGreaterThan(plan.getSeats().size() / 2);
        List<PlanningAudit> unstaffed = plan.getAudits().stream()
                .filter(audit -> audit.getSeats().stream().anyMatch(seat -> !seat.isAssigned())).toList();
        long emptySeats = plan.getSeats().size() - filled;
        long seatsOfUnstaffed = unstaffed.stream().mapToLong(PlanningAudit::getSeatCount).sum();
        assertThat(score.mediumScore()).as("600 per unstaffed SA1, then its empty seats (all of them if it cannot be"
                + " completed)").isBetween(-(600 * unstaffed.size() + seatsOfUnstaffed),
                        -(600 * unstaffed.size() + emptySeats));
    }

    private static AuditPlan plan(List<PlanningAuditor> auditors, List<PlanningClient> clients, PlanningAudit... audits) {
        return new AuditPlan(auditors, clients, List.of(audits), POLICY, new AuditPlanWeights());
    }

    private static PlanningClient client(long id, Set<String> areas, Set<String> languages, List<DateRange> blackouts) {
        return new PlanningClient(id, "client " + id, areas, languages, Set.of(), blackouts, 52.52, 13.40);
    }

    private static PlanningAuditor auditor(long id, Set<String> areas, Set<String> languages, Set<LocalDate> leave,
            List<ConflictBar> conflicts) {
        List<Qualification> qualifications = List.of(
                new Qualification(QualificationRole.LEAD_AUDITOR, areas, MARCH_1.minusYears(2), null));
        return new PlanningAuditor(id, "auditor " + id, 52.52, 13.40, languages, qualifications, leave, 16, 150,
                conflicts, new HashMap<>());
    }

    private static PlanningAudit audit(long id, PlanningClient client, LocalDate from, LocalDate to, String onsiteDays) {
        return PlanningAudit.builder(id, client, AuditType.SURVEILLANCE_1).certification(id).window(from, to)
                .target(to.minusDays(7)).onsiteDays(onsiteDays).build(POLICY);
    }
}
