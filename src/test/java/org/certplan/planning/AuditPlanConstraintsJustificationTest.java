package org.certplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.planning.TestData.MONDAY;
import static org.certplan.planning.TestData.POLICY;
import static org.certplan.planning.TestData.audit;
import static org.certplan.planning.TestData.auditor;
import static org.certplan.planning.TestData.client;
import static org.certplan.planning.TestData.seat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.certplan.programme.AuditType;
import org.certplan.rules.ConflictBar;
import org.certplan.rules.QualificationRole;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchType;

/**
 * What each constraint tells a planner: the rule id, the audits and the auditor a match is about, and its sentence,
 * read from the score explanation the way {@link PlanExplainer} reads it.
 */
class AuditPlanConstraintsJustificationTest {

    private static final SolutionManager<AuditPlan, HardMediumSoftLongScore> SOLUTIONS = SolutionManager.create(
            SolverFactory.create(PlanningSolverConfig.create(Duration.ofSeconds(1), Optional.empty(), "NONE",
                    LocalSearchType.LATE_ACCEPTANCE)));

    private final PlanningClient client = client(1).build();
    private final PlanningAuditor lead = auditor(10).lead("IT").build();

    private static String label(long id, AuditType type, PlanningClient client) {
        return "audit " + id + " (" + type + ", " + client.getName() + ")";
    }

    private String sa1(long id) {
        return label(id, AuditType.SURVEILLANCE_1, client);
    }

    /** The justifications of one constraint's matches in the plan of these audits. */
    private static List<RuleMatch> justifications(String constraintName, List<PlanningAudit> audits) {
        Set<PlanningAuditor> auditors = new LinkedHashSet<>();
        Set<PlanningClient> clients = new LinkedHashSet<>();
        for (PlanningAudit audit : audits) {
            clients.add(audit.getClient());
            audit.getSeats().forEach(seat -> {
                if (seat.getAuditor() != null) {
                    auditors.add(seat.getAuditor());
                }
                if (seat.getEligibleAuditors() == null) {
                    seat.setEligibleAuditors(List.of());
                }
            });
        }
        AuditPlan plan = new AuditPlan(new ArrayList<>(auditors), new ArrayList<>(clients), audits, POLICY,
                new AuditPlanWeights());
        List<RuleMatch> matches = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : SOLUTIONS.explain(plan).getConstraintMatchTotalMap()
                .values()) {
            if (total.getConstraintName().equals(constraintName)) {
                for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                    matches.add((RuleMatch) match.getJustification());
                }
            }
        }
        return matches;
    }

    private static List<RuleMatch> justifications(String constraintName, PlanningAudit... audits) {
        return justifications(constraintName, List.of(audits));
    }

    // ---- hard ----

    @Test
    void cyc3_windowExplanation_namesTheDatesAndTheDaysOutside() {
        PlanningAudit audit = audit(1, client, MONDAY, "2").window(MONDAY.minusMonths(3), MONDAY).build(POLICY);
        seat(audit, 0, lead);
        assertThat(justifications(AuditPlanConstraints.WITHIN_WINDOW, audit)).containsExactly(new RuleMatch("CYC-3",
                List.of(1L), null, sa1(1) + " runs 2027-03-01..2027-03-02, outside its window 2026-12-01..2027-03-01"
                        + " by 1 days"));
    }

    @Test
    void cyc7_gapExplanation_namesBothStages() {
        PlanningAudit stage1 = PlanningAudit.builder(1, client, AuditType.STAGE_1).certification(7L)
                .window(MONDAY.minusMonths(1), MONDAY.plusMonths(9)).onsiteDays("1").startDate(MONDAY).build(POLICY);
        PlanningAudit stage2 = PlanningAudit.builder(2, client, AuditType.STAGE_2).certification(7L)
                .window(MONDAY.minusMonths(1), MONDAY.plusMonths(9)).onsiteDays("3").startDate(MONDAY.plusDays(10))
                .build(POLICY);
        seat(stage1, 0, lead);
        seat(stage2, 0, lead);
        assertThat(justifications(AuditPlanConstraints.STAGE_2_GAP, stage1, stage2)).containsExactly(new RuleMatch(
                "CYC-7", List.of(1L, 2L), null, label(2, AuditType.STAGE_2, client)
                        + " starts 2027-03-11, stage 1 ended 2027-03-01; allowed gap 14 days to 6 months"));
    }

    @Test
    void cyc10_blackoutExplanation_namesTheDays() {
        PlanningClient blackedOut = client(2).blackout(MONDAY.plusDays(2), MONDAY.plusDays(20)).build();
        PlanningAudit audit = audit(1, blackedOut, MONDAY, "3").build(POLICY);
        seat(audit, 0, lead);
        assertThat(justifications(AuditPlanConstraints.CLIENT_BLACKOUT, audit)).containsExactly(new RuleMatch("CYC-10",
                List.of(1L), null, label(1, AuditType.SURVEILLANCE_1, blackedOut)
                        + " falls in a client blackout on [2027-03-03]"));
    }

    @Test
    void comp1AndComp2_qualificationExplanations_nameTheAuditorAndTheAudit() {
        PlanningAuditor plain = auditor(11).auditorOnly("IT").build();
        PlanningAudit led = audit(1, client, MONDAY, "3").build(POLICY);
        seat(led, 0, plain);
        assertThat(justifications("COMP-1 lead holds a valid lead-auditor qualification", led)).containsExactly(
                new RuleMatch("COMP-1", List.of(1L), 11L, "auditor 11 leads " + sa1(1)
                        + " without a lead-auditor qualification valid 2027-03-01..2027-03-03"));

        PlanningAuditor expert = auditor(12)
                .qualification(QualificationRole.TECHNICAL_EXPERT, MONDAY.minusYears(1), null,
                "IT")
                .build();
        PlanningAudit team = audit(2, client, MONDAY.plusWeeks(2), "8").build(POLICY);
        seat(team, 0, lead);
        seat(team, 1, expert);
        assertThat(justifications("COMP-2 team member holds a valid auditor qualification", team)).containsExactly(
                new RuleMatch("COMP-2", List.of(2L), 12L, "auditor 12 sits on " + sa1(2)
                        + " without an auditor qualification valid on the audit days"));
    }

    @Test
    void comp3AndComp4_teamExplanations_nameWhatIsMissing() {
        PlanningClient demanding = client(2).areas("IT", "FIN", "HEALTH").languages("de").build();
        PlanningAudit audit = audit(1, demanding, MONDAY, "3").build(POLICY);
        seat(audit, 0, lead);
        String label = label(1, AuditType.SURVEILLANCE_1, demanding);
        assertThat(justifications("COMP-3 team covers the client's technical areas", audit)).containsExactly(
                new RuleMatch("COMP-3", List.of(1L), null, "the team of " + label + " covers no qualification for"
                        + " [FIN, HEALTH]"));
        assertThat(justifications("COMP-4 team speaks the client's languages", audit)).containsExactly(
                new RuleMatch("COMP-4", List.of(1L), null, "nobody on the team of " + label + " speaks [de]"));
    }

    @Test
    void imp1AndImp2_conflictExplanations_sayUntilWhen() {
        PlanningAuditor former = auditor(11).lead("IT")
                .conflict(1, MONDAY.minusYears(2), MONDAY, ConflictBar.IMP_1).build();
        PlanningAudit first = audit(1, client, MONDAY, "3").build(POLICY);
        seat(first, 0, former);
        assertThat(justifications("IMP-1 auditor within a cooling-off period", first)).containsExactly(new RuleMatch(
                "IMP-1", List.of(1L), 11L, "auditor 11 is barred from client 1 on 1 audit days (until 2027-03-01)"));

        PlanningAuditor related = auditor(12).lead("IT")
                .conflict(1, MONDAY.minusYears(2), null, ConflictBar.IMP_2).build();
        PlanningAudit second = audit(2, client, MONDAY, "3").build(POLICY);
        seat(second, 0, related);
        assertThat(justifications("IMP-2 auditor with a declared conflict", second)).containsExactly(new RuleMatch(
                "IMP-2", List.of(2L), 12L,
                        "auditor 12 is barred from client 1 on 3 audit days (until further notice)"));
    }

    @Test
    void imp3_rotationExplanation_namesTheCycles() {
        PlanningAuditor familiar = auditor(11).lead("IT").cyclesLed(1, 2).build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        seat(audit, 0, familiar);
        assertThat(justifications("IMP-3 lead rotation", audit)).containsExactly(new RuleMatch("IMP-3", List.of(1L),
                11L, "auditor 11 already led client 1 for 2 consecutive cycles"));
    }

    @Test
    void cap1_doubleBookingExplanation_namesBothAudits() {
        PlanningAudit first = audit(1, client, MONDAY, "3").build(POLICY);
        PlanningAudit second = audit(2, client, MONDAY.plusDays(2), "2").build(POLICY);
        seat(first, 0, lead);
        seat(second, 0, lead);
        List<RuleMatch> matches = justifications("CAP-1 auditor at one audit at a time", first, second);
        assertThat(matches).hasSize(1);
        RuleMatch match = matches.get(0);
        assertThat(match.ruleId()).isEqualTo("CAP-1");
        assertThat(match.auditIds()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(match.auditorId()).isEqualTo(10L);
        assertThat(match.text()).isIn("auditor 10 is booked on " + sa1(1) + " and " + sa1(2) + " on 1 same days",
                "auditor 10 is booked on " + sa1(2) + " and " + sa1(1) + " on 1 same days");
    }

    @Test
    void cap1_twoSeatsOfOneAudit_nameTheAuditOnce() {
        PlanningAudit audit = audit(1, client, MONDAY, "8").build(POLICY);
        seat(audit, 0, lead);
        seat(audit, 1, lead);
        assertThat(justifications("CAP-1 auditor at one audit at a time", audit)).containsExactly(new RuleMatch(
                "CAP-1", List.of(1L), 10L, "auditor 10 is booked on " + sa1(1) + " and " + sa1(1) + " on 4 same days"));
    }

    @Test
    void cap2_unavailabilityAndHolidayExplanations_nameTheDays() {
        PlanningAuditor onLeave = auditor(11).lead("IT").unavailable(MONDAY.plusDays(2)).build();
        PlanningClient withHoliday = client(2).holiday(MONDAY.plusDays(1)).build();
        PlanningAudit audit = audit(1, withHoliday, MONDAY, "3").build(POLICY);
        seat(audit, 0, onLeave);
        assertThat(justifications("CAP-2 auditor unavailable on an audit day", audit)).containsExactly(new RuleMatch(
                "CAP-2", List.of(1L), 11L, "auditor 11 is unavailable on [2027-03-03]"));
        assertThat(justifications(AuditPlanConstraints.CLIENT_HOLIDAY, audit)).containsExactly(new RuleMatch("CAP-2",
                List.of(1L), null, label(1, AuditType.SURVEILLANCE_1, withHoliday)
                        + " falls on public holidays [2027-03-02]"));
    }

    @Test
    void cap3_capacityExplanations_nameTheAuditsOfThePeriod() {
        PlanningAuditor small = auditor(11).lead("IT").capacity(5, 5).build();
        PlanningAudit first = audit(1, client, MONDAY, "3").build(POLICY);
        PlanningAudit second = audit(2, client, MONDAY.plusWeeks(1), "3").build(POLICY);
        PlanningAudit elsewhere = audit(3, client, MONDAY.plusWeeks(1), "3").build(POLICY);
        seat(first, 0, small);
        seat(second, 0, small);
        seat(elsewhere, 0, lead);
        assertThat(justifications("CAP-3 auditor days per month within capacity", first, second, elsewhere))
                .containsExactly(new RuleMatch("CAP-3", List.of(1L, 2L), 11L,
                        "auditor 11 has 6 audit days in 2027-03, capacity 5"));
        assertThat(justifications("CAP-3 auditor days per year within capacity", first, second, elsewhere))
                .containsExactly(new RuleMatch("CAP-3", List.of(1L, 2L), 11L,
                        "auditor 11 has 6 audit days in 2027, capacity 5"));
    }

    @Test
    void cap4_weekendExplanation_countsTheDays() {
        PlanningAudit audit = audit(1, client, MONDAY.minusDays(2), "2").pinned(true).build(POLICY);
        seat(audit, 0, lead);
        assertThat(justifications(AuditPlanConstraints.WORKING_DAYS_ONLY, audit)).containsExactly(new RuleMatch(
                "CAP-4", List.of(1L), null, sa1(1) + " has 1 days on no working day"));
    }

    @Test
    void at9_remoteShareExplanation_namesTheNumbers() {
        PlanningAudit audit = audit(1, client, MONDAY, "5").remoteDays(new BigDecimal("2")).build(POLICY);
        seat(audit, 0, lead);
        assertThat(justifications(AuditPlanConstraints.REMOTE_SHARE, audit)).containsExactly(new RuleMatch("AT-9",
                List.of(1L), null, sa1(1) + " has 2 remote of 5 on-site days, above 30%"));
    }

    // ---- medium: §8.1 ----

    private static PlanningAudit twoSeats(long id, AuditType type, PlanningClient client) {
        return PlanningAudit.builder(id, client, type).certification(id)
                .window(MONDAY.minusMonths(2), MONDAY.plusDays(120)).notBefore(MONDAY).target(MONDAY)
                .onsiteDays("8").startDate(MONDAY).build(POLICY);
    }

    @Test
    void s81_unstaffedExplanations_nameTheRiskFromTheDayAfterTheDeadline() {
        LocalDate risk = MONDAY.plusDays(121);
        PlanningAudit followUp = twoSeats(1, AuditType.FOLLOW_UP, client);
        seat(followUp, 0, lead);
        assertThat(justifications(AuditPlanWeights.UNSTAFFED_FOLLOW_UP, followUp)).containsExactly(new RuleMatch("§8.1",
                List.of(1L), null, label(1, AuditType.FOLLOW_UP, client) + " has no whole team; from " + risk + " "
                        + RunStaffing.risk(AuditType.FOLLOW_UP)));
        PlanningAudit recertification = twoSeats(2, AuditType.RECERTIFICATION, client);
        assertThat(justifications(AuditPlanWeights.UNSTAFFED_RECERTIFICATION, recertification)).containsExactly(
                new RuleMatch("§8.1", List.of(2L), null, label(2, AuditType.RECERTIFICATION, client)
                        + " has no whole team; from " + risk + " " + RunStaffing.risk(AuditType.RECERTIFICATION)));
        PlanningAudit stage1 = twoSeats(3, AuditType.STAGE_1, client);
        assertThat(justifications(AuditPlanWeights.UNSTAFFED_STAGE_1, stage1)).containsExactly(new RuleMatch("§8.1",
                List.of(3L), null, label(3, AuditType.STAGE_1, client) + " has no whole team"));
    }

    @Test
    void s81_tieBreakerExplanations_sayWhichSeatsCount() {
        PlanningAudit completable = twoSeats(1, AuditType.SURVEILLANCE_2, client);
        seat(completable, 0, lead);
        seat(completable, 1, null).setEligibleAuditors(List.of(auditor(11).auditorOnly("IT").build()));
        assertThat(justifications(AuditPlanWeights.SEAT_UNASSIGNED, completable)).containsExactly(new RuleMatch("§8.1",
                List.of(1L), null, "1 of 2 seats of " + label(1, AuditType.SURVEILLANCE_2,
                        client) + " are unassigned"));

        PlanningAudit stuck = twoSeats(2, AuditType.SURVEILLANCE_2, client);
        seat(stuck, 0, lead);
        assertThat(justifications(AuditPlanWeights.SEAT_UNASSIGNED, stuck)).containsExactly(new RuleMatch("§8.1",
                List.of(2L), null, "the team of " + label(2, AuditType.SURVEILLANCE_2, client) + " cannot be completed"
                        + " by the auditors eligible for its empty seats; all 2 seats count as empty"));
    }

    // ---- soft ----

    @Test
    void cyc5_targetExplanations_countTheDays() {
        PlanningAudit early = audit(1, client, MONDAY, "2").target(MONDAY.plusDays(3)).build(POLICY);
        PlanningAudit late = audit(2, client, MONDAY.plusWeeks(2), "2").target(MONDAY.plusDays(12)).build(POLICY);
        seat(early, 0, lead);
        seat(late, 0, lead);
        assertThat(justifications(AuditPlanWeights.EARLIER_THAN_TARGET, early, late)).containsExactly(new RuleMatch(
                "CYC-5", List.of(1L), null, sa1(1) + " starts 3 days before its target 2027-03-04"));
        assertThat(justifications(AuditPlanWeights.LATER_THAN_TARGET, early, late)).containsExactly(new RuleMatch(
                "CYC-5", List.of(2L), null, sa1(2) + " starts 2 days after its target 2027-03-13"));
    }

    @Test
    void s83_stabilityExplanations_nameThePublishedDateAndAuditor() {
        PlanningAudit moved = audit(1, client, MONDAY, "2").published(MONDAY.minusWeeks(1), List.of(99L))
                .publishedNotice(30).build(POLICY);
        seat(moved, 0, lead);
        PlanningAudit unpublished = audit(2, client, MONDAY.plusWeeks(2), "2").build(POLICY);
        seat(unpublished, 0, lead);
        assertThat(justifications(AuditPlanWeights.PUBLISHED_DATE_MOVED, moved, unpublished)).containsExactly(
                new RuleMatch("§8.3", List.of(1L), null, sa1(1) + " moves from its published start 2027-02-22 to"
                        + " 2027-03-01"));
        assertThat(justifications(AuditPlanWeights.PUBLISHED_TEAM_CHANGED, moved, unpublished)).containsExactly(
                new RuleMatch("§8.3", List.of(1L), 10L, "the LEAD seat of " + sa1(1)
                        + " no longer holds published auditor 99"));
        assertThat(justifications(AuditPlanWeights.PUBLISHED_CHANGED_AT_SHORT_NOTICE, moved, unpublished))
                .containsExactly(new RuleMatch("§8.3", List.of(1L), null, sa1(1)
                        + " changes 30 days before its published start 2027-02-22"));
    }

    @Test
    void s84_continuityExplanation_namesThePreviousLead() {
        PlanningAudit audit = audit(1, client, MONDAY, "2").previousLead(99L).build(POLICY);
        seat(audit, 0, lead);
        assertThat(justifications(AuditPlanWeights.LEAD_CONTINUITY, audit)).containsExactly(new RuleMatch("§8.4",
                List.of(1L), 10L, "auditor 10 leads " + sa1(1) + " instead of previous lead 99"));
    }

    @Test
    void cap5_travelExplanation_namesTheDistance() {
        PlanningClient munich = client(2).at(48.137, 11.575).build();
        PlanningAudit audit = audit(1, munich, MONDAY, "2").build(POLICY);
        seat(audit, 0, lead);
        assertThat(justifications(AuditPlanWeights.TRAVEL_DISTANCE, audit)).containsExactly(new RuleMatch("CAP-5",
                List.of(1L), 10L, "auditor 10 travels 504 km to client 2"));
    }

    @Test
    void s86_workloadExplanation_attachesToTheAuditorsOwnAudits() {
        PlanningAuditor busy = auditor(11).lead("IT").capacity(16, 100).build();
        PlanningAudit first = audit(1, client, MONDAY, "5").build(POLICY);
        PlanningAudit second = audit(2, client, MONDAY.plusWeeks(2), "5").build(POLICY);
        PlanningAudit third = audit(3, client, MONDAY.plusWeeks(4), "5").build(POLICY);
        seat(first, 0, busy);
        seat(second, 0, busy);
        seat(third, 0, lead);
        assertThat(justifications(AuditPlanWeights.WORKLOAD_BALANCE, first, second, third))
                .containsExactlyInAnyOrder(
                        new RuleMatch("§8.6", List.of(1L, 2L), 11L, "auditor 11 has 10 audit days in this plan,"
                                + " capacity 100 a year"),
                        new RuleMatch("§8.6", List.of(3L), 10L, "auditor 10 has 5 audit days in this plan,"
                                + " capacity 150 a year"));
    }
}
