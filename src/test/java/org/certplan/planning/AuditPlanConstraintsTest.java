package org.certplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.planning.TestData.MONDAY;
import static org.certplan.planning.TestData.POLICY;
import static org.certplan.planning.TestData.audit;
import static org.certplan.planning.TestData.auditor;
import static org.certplan.planning.TestData.client;
import static org.certplan.planning.TestData.seat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.certplan.programme.AuditType;
import org.certplan.rules.ConflictBar;
import org.certplan.rules.QualificationRole;
import org.certplan.rules.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class AuditPlanConstraintsTest {

    private final ConstraintVerifier<AuditPlanConstraints, AuditPlan> verifier = ConstraintVerifier
            .build(new AuditPlanConstraints(), AuditPlan.class, PlanningAudit.class, TeamSeat.class)
            .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private final PlanningClient client = client(1).build();
    private final PlanningAuditor lead = auditor(10).lead("IT").build();

    // ---- window (CYC-3 / CYC-5 / CYC-6 / CYC-7 / NC-2) ----

    @Test
    void cyc3_sa1EndsOnLatestEnd_noPenalty() {
        PlanningAudit audit = audit(1, client, MONDAY, "2").window(MONDAY.minusMonths(3), MONDAY.plusDays(1)).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::auditWithinWindow).given(audit).penalizes(0);
    }

    @Test
    void cyc3_sa1EndsTheDayAfterLatestEnd_penalisedByOneDay() {
        PlanningAudit audit = audit(1, client, MONDAY, "2").window(MONDAY.minusMonths(3), MONDAY).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::auditWithinWindow).given(audit).penalizesBy(1);
    }

    @Test
    void nc2_followUpStartsBeforeEarliestStart_penalisedPerDay() {
        PlanningAudit audit = PlanningAudit.builder(1, client, AuditType.FOLLOW_UP)
                .window(MONDAY.plusDays(2), MONDAY.plusDays(42)).onsiteDays("0.5").startDate(MONDAY).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::auditWithinWindow).given(audit).penalizesBy(2);
    }

    @Test
    void cyc6_recertificationStartingOnEarliestStart_noPenalty() {
        PlanningAudit audit = PlanningAudit.builder(1, client, AuditType.RECERTIFICATION)
                .window(MONDAY, MONDAY.plusMonths(4)).onsiteDays("4.5").startDate(MONDAY).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::auditWithinWindow).given(audit).penalizes(0);
    }

    // ---- CYC-7 stage 2 after stage 1 ----

    private PlanningAudit stage(long id, AuditType type, LocalDate start, String days) {
        return PlanningAudit.builder(id, client, type).certification(7L)
                .window(MONDAY.minusMonths(1), MONDAY.plusMonths(9)).onsiteDays(days).startDate(start).build(POLICY);
    }

    @Test
    void cyc7_stage2FourteenDaysAfterStage1End_noPenalty() {
        PlanningAudit stage1 = stage(1, AuditType.STAGE_1, MONDAY, "1"); // ends Monday 1 March
        PlanningAudit stage2 = stage(2, AuditType.STAGE_2, MONDAY.plusDays(14), "3");
        verifier.verifyThat(AuditPlanConstraints::cyc7Stage2GapAfterStage1).given(stage1, stage2, POLICY).penalizes(0);
    }

    @Test
    void cyc7_stage2ThirteenDaysAfterStage1End_penalisedByOneDay() {
        PlanningAudit stage1 = stage(1, AuditType.STAGE_1, MONDAY.minusDays(3), "1"); // Friday 26 February
        PlanningAudit stage2 = stage(2, AuditType.STAGE_2, MONDAY.plusDays(10), "3"); // Thursday 11 March, 13 days later
        verifier.verifyThat(AuditPlanConstraints::cyc7Stage2GapAfterStage1).given(stage1, stage2, POLICY).penalizesBy(1);
    }

    @Test
    void cyc7_stage2SixMonthsAfterStage1End_noPenalty() {
        PlanningAudit stage1 = stage(1, AuditType.STAGE_1, MONDAY, "1");
        PlanningAudit stage2 = stage(2, AuditType.STAGE_2, LocalDate.of(2027, 9, 1), "3"); // Wednesday
        verifier.verifyThat(AuditPlanConstraints::cyc7Stage2GapAfterStage1).given(stage1, stage2, POLICY).penalizes(0);
    }

    @Test
    void cyc7_stage2OneDayPastSixMonths_penalised() {
        PlanningAudit stage1 = stage(1, AuditType.STAGE_1, MONDAY, "1");
        PlanningAudit stage2 = stage(2, AuditType.STAGE_2, LocalDate.of(2027, 9, 2), "3");
        verifier.verifyThat(AuditPlanConstraints::cyc7Stage2GapAfterStage1).given(stage1, stage2, POLICY).penalizesBy(1);
    }

    @Test
    void cyc7_stagesOfDifferentCertifications_noPenalty() {
        PlanningAudit stage1 = stage(1, AuditType.STAGE_1, MONDAY, "1");
        PlanningAudit stage2 = PlanningAudit.builder(2, client, AuditType.STAGE_2).certification(8L)
                .window(MONDAY, MONDAY.plusMonths(2)).onsiteDays("3").startDate(MONDAY.plusDays(2)).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cyc7Stage2GapAfterStage1).given(stage1, stage2, POLICY).penalizes(0);
    }

    // ---- CYC-10 client blackout ----

    @Test
    void cyc10_blackoutEndsTheDayBeforeTheAudit_noPenalty() {
        PlanningClient blackedOut = client(2).blackout(MONDAY.minusDays(10), MONDAY.minusDays(1)).build();
        PlanningAudit audit = audit(1, blackedOut, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cyc10ClientBlackout).given(audit).penalizes(0);
    }

    @Test
    void cyc10_blackoutStartsOnTheLastAuditDay_penalisedByOneDay() {
        PlanningClient blackedOut = client(2).blackout(MONDAY.plusDays(2), MONDAY.plusDays(20)).build();
        PlanningAudit audit = audit(1, blackedOut, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cyc10ClientBlackout).given(audit).penalizesBy(1);
    }

    // ---- COMP-1 lead qualification ----

    @Test
    void comp1_leadQualificationValidThroughTheLastAuditDay_noPenalty() {
        PlanningAuditor expiring = auditor(11)
                .qualification(QualificationRole.LEAD_AUDITOR, MONDAY.minusYears(1), MONDAY.plusDays(2), "IT").build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::comp1LeadQualified).given(seat(audit, 0, expiring)).penalizes(0);
    }

    @Test
    void comp1_leadQualificationLapsesBeforeTheLastAuditDay_penalised() {
        PlanningAuditor expiring = auditor(11)
                .qualification(QualificationRole.LEAD_AUDITOR, MONDAY.minusYears(1), MONDAY.plusDays(1), "IT").build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::comp1LeadQualified).given(seat(audit, 0, expiring)).penalizesBy(1);
    }

    @Test
    void comp1_auditorWithoutLeadQualificationInLeadSeat_penalised() {
        PlanningAuditor plain = auditor(11).auditorOnly("IT").build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::comp1LeadQualified).given(seat(audit, 0, plain)).penalizesBy(1);
    }

    @Test
    void comp1_anAuditorBookedOutsideThePlanHoldsTheLoadSeatWithoutBeingJudgedAsLead_noPenalty() {
        PlanningAuditor plain = auditor(11).auditorOnly("IT").build();
        PlanningAudit booked = audit(-1, client, MONDAY, "3").pinned(true).booked().build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::comp1LeadQualified).given(seat(booked, 0, plain)).penalizes(0);
    }

    @Test
    void comp2_anAuditorWhoseQualificationLapsedOnAnAuditBookedOutsideThePlan_noPenalty() {
        PlanningAuditor lapsed = auditor(11)
                .qualification(QualificationRole.AUDITOR, MONDAY.minusYears(2), MONDAY.minusYears(1), "IT").build();
        PlanningAudit booked = audit(-1, client, MONDAY, "8").pinned(true).booked().build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::comp2AuditorQualified)
                .given(seat(booked, 0, lead), seat(booked, 1, lapsed)).penalizes(0);
    }

    // ---- COMP-2 auditor qualification ----

    @Test
    void comp2_auditorQualificationInSecondSeat_noPenalty() {
        PlanningAuditor plain = auditor(11).auditorOnly("IT").build();
        PlanningAudit audit = audit(1, client, MONDAY, "8").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::comp2AuditorQualified)
                .given(seat(audit, 0, lead), seat(audit, 1, plain)).penalizes(0);
    }

    @Test
    void comp2_technicalExpertInSecondSeat_penalised() {
        PlanningAuditor expert = auditor(11)
                .qualification(QualificationRole.TECHNICAL_EXPERT, MONDAY.minusYears(1), null, "IT")
                .build();
        PlanningAudit audit = audit(1, client, MONDAY, "8").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::comp2AuditorQualified)
                .given(seat(audit, 0, lead), seat(audit, 1, expert)).penalizesBy(1);
    }

    @Test
    void comp2_auditorQualificationStartingOnTheSecondAuditDay_penalised() {
        PlanningAuditor newcomer = auditor(11).qualification(QualificationRole.AUDITOR, MONDAY.plusDays(1), null, "IT")
                .build();
        PlanningAudit audit = audit(1, client, MONDAY, "8").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::comp2AuditorQualified)
                .given(seat(audit, 0, lead), seat(audit, 1, newcomer)).penalizesBy(1);
    }

    // ---- COMP-3 technical areas ----

    @Test
    void comp3_teamTogetherCoversEveryArea_noPenalty() {
        PlanningClient twoAreas = client(2).areas("IT", "FIN").build();
        PlanningAuditor finance = auditor(11).auditorOnly("FIN").build();
        PlanningAudit audit = audit(1, twoAreas, MONDAY, "8").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::comp3TechnicalAreasCovered)
                .given(seat(audit, 0, lead), seat(audit, 1, finance)).penalizes(0);
    }

    @Test
    void comp3_twoAreasUncovered_penalisedPerArea() {
        PlanningClient threeAreas = client(2).areas("IT", "FIN", "HEALTH").build();
        PlanningAudit audit = audit(1, threeAreas, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::comp3TechnicalAreasCovered).given(seat(audit, 0, lead)).penalizesBy(2);
    }

    @Test
    void comp3_incompleteTeam_notJudgedYet() {
        PlanningClient twoAreas = client(2).areas("IT", "FIN").build();
        PlanningAudit audit = audit(1, twoAreas, MONDAY, "8").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::comp3TechnicalAreasCovered)
                .given(seat(audit, 0, lead), seat(audit, 1, null)).penalizes(0);
    }

    @Test
    void comp3_areaQualificationLapsedDuringTheAudit_penalised() {
        PlanningAuditor lapsing = auditor(11).lead("ADMIN")
                .qualification(QualificationRole.AUDITOR, MONDAY.minusYears(1), MONDAY, "IT").build();
        PlanningAudit audit = audit(1, client, MONDAY, "2").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::comp3TechnicalAreasCovered).given(seat(audit, 0, lapsing)).penalizesBy(1);
    }

    // ---- COMP-4 language ----

    @Test
    void comp4_oneMemberSpeaksTheClientLanguage_noPenalty() {
        PlanningClient german = client(2).languages("de").build();
        PlanningAuditor germanSpeaker = auditor(11).auditorOnly("IT").languages("de").build();
        PlanningAudit audit = audit(1, german, MONDAY, "8").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::comp4LanguageSpoken)
                .given(seat(audit, 0, lead), seat(audit, 1, germanSpeaker)).penalizes(0);
    }

    @Test
    void comp4_nobodySpeaksTheClientLanguage_penalised() {
        PlanningClient german = client(2).languages("de").build();
        PlanningAudit audit = audit(1, german, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::comp4LanguageSpoken).given(seat(audit, 0, lead)).penalizesBy(1);
    }

    // ---- IMP-1 cooling-off ----

    @Test
    void imp1_coolingOffEndsTheDayBefore_noPenalty() {
        PlanningAuditor former = auditor(11).lead("IT")
                .conflict(1, MONDAY.minusYears(2), MONDAY.minusDays(1), ConflictBar.IMP_1).build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::imp1ConsultancyCoolingOff).given(seat(audit, 0, former)).penalizes(0);
    }

    @Test
    void imp1_coolingOffEndsOnTheFirstAuditDay_penalisedByOneDay() {
        PlanningAuditor former = auditor(11).lead("IT")
                .conflict(1, MONDAY.minusYears(2), MONDAY, ConflictBar.IMP_1).build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::imp1ConsultancyCoolingOff).given(seat(audit, 0, former)).penalizesBy(1);
    }

    @Test
    void imp1_coolingOffWithAnotherClient_noPenalty() {
        PlanningAuditor former = auditor(11).lead("IT")
                .conflict(99, MONDAY.minusYears(2), MONDAY.plusYears(1), ConflictBar.IMP_1).build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::imp1ConsultancyCoolingOff).given(seat(audit, 0, former)).penalizes(0);
    }

    @Test
    void imp1_declaredConflictIsNotCountedAsCoolingOff_noPenalty() {
        PlanningAuditor related = auditor(11).lead("IT")
                .conflict(1, MONDAY.minusYears(2), null, ConflictBar.IMP_2).build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::imp1ConsultancyCoolingOff).given(seat(audit, 0, related))
                .penalizes(0);
    }

    // ---- IMP-2 declared conflicts ----

    @Test
    void imp2_indefiniteConflict_penalisedOnEveryAuditDay() {
        PlanningAuditor related = auditor(11).lead("IT")
                .conflict(1, MONDAY.minusYears(2), null, ConflictBar.IMP_2).build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::imp2DeclaredConflict).given(seat(audit, 0, related)).penalizesBy(3);
    }

    @Test
    void imp2_conflictStartsTheDayAfterTheLastAuditDay_noPenalty() {
        PlanningAuditor related = auditor(11).lead("IT")
                .conflict(1, MONDAY.plusDays(3), null, ConflictBar.IMP_2).build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::imp2DeclaredConflict).given(seat(audit, 0, related)).penalizes(0);
    }

    @Test
    void imp2_conflictOfATeamMember_penalised() {
        PlanningAuditor related = auditor(11).auditorOnly("IT")
                .conflict(1, MONDAY.plusDays(3), MONDAY.plusDays(3), ConflictBar.IMP_2).build();
        PlanningAudit audit = audit(1, client, MONDAY, "8").build(POLICY); // two seats of four days each
        verifier.verifyThat(AuditPlanConstraints::imp2DeclaredConflict)
                .given(seat(audit, 0, lead), seat(audit, 1, related)).penalizesBy(1);
    }

    // ---- IMP-3 rotation ----

    @Test
    void imp3_leadWhoLedTheLastTwoCycles_penalised() {
        PlanningAuditor familiar = auditor(11).lead("IT").cyclesLed(1, 2).build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::imp3LeadRotation).given(seat(audit, 0, familiar), POLICY).penalizesBy(1);
    }

    @Test
    void imp3_leadWhoLedOneCycle_noPenalty() {
        PlanningAuditor familiar = auditor(11).lead("IT").cyclesLed(1, 1).build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::imp3LeadRotation).given(seat(audit, 0, familiar), POLICY)
                .penalizes(0);
    }

    @Test
    void imp3_rotationSwitchedOff_noPenalty() {
        PlanningAuditor familiar = auditor(11).lead("IT").cyclesLed(1, 5).build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        PlanningPolicy noRotation = new PlanningPolicy(5, 14, 6, 0, 30, 90, WorkingCalendar.MONDAY_TO_FRIDAY, 400);
        verifier.verifyThat(AuditPlanConstraints::imp3LeadRotation).given(seat(audit, 0, familiar), noRotation)
                .penalizes(0);
    }

    @Test
    void imp3_familiarAuditorInANonLeadSeat_noPenalty() {
        PlanningAuditor familiar = auditor(11).auditorOnly("IT").cyclesLed(1, 3).build();
        PlanningAudit audit = audit(1, client, MONDAY, "8").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::imp3LeadRotation)
                .given(seat(audit, 0, lead), seat(audit, 1, familiar), POLICY).penalizes(0);
    }

    // ---- CAP-1 one audit at a time ----

    @Test
    void cap1_nextAuditStartsTheDayAfter_noPenalty() {
        PlanningAudit first = audit(1, client, MONDAY, "3").build(POLICY); // Mon-Wed
        PlanningAudit second = audit(2, client, MONDAY.plusDays(3), "2").build(POLICY); // Thu-Fri
        verifier.verifyThat(AuditPlanConstraints::cap1OneAuditAtATime)
                .given(seat(first, 0, lead), seat(second, 0, lead)).penalizes(0);
    }

    @Test
    void cap1_nextAuditStartsOnTheLastDay_penalisedByOneDay() {
        PlanningAudit first = audit(1, client, MONDAY, "3").build(POLICY);
        PlanningAudit second = audit(2, client, MONDAY.plusDays(2), "2").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cap1OneAuditAtATime)
                .given(seat(first, 0, lead), seat(second, 0, lead)).penalizesBy(1);
    }

    @Test
    void cap1_overlapAcrossAWeekend_countsWorkingDaysOnly() {
        PlanningAudit first = audit(1, client, MONDAY.plusDays(3), "3").build(POLICY); // Thu, Fri, Mon
        PlanningAudit second = audit(2, client, MONDAY.plusDays(4), "2").build(POLICY); // Fri, Mon
        verifier.verifyThat(AuditPlanConstraints::cap1OneAuditAtATime)
                .given(seat(first, 0, lead), seat(second, 0, lead)).penalizesBy(2);
    }

    @Test
    void cap1_sameAuditorInTwoSeatsOfOneAudit_penalised() {
        PlanningAudit audit = audit(1, client, MONDAY, "8").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cap1OneAuditAtATime)
                .given(seat(audit, 0, lead), seat(audit, 1, lead)).penalizesBy(4);
    }

    @Test
    void cap1_differentAuditorsOnTheSameDays_noPenalty() {
        PlanningAudit first = audit(1, client, MONDAY, "3").build(POLICY);
        PlanningAudit second = audit(2, client, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cap1OneAuditAtATime)
                .given(seat(first, 0, lead), seat(second, 0, auditor(11).lead("IT").build())).penalizes(0);
    }

    // ---- CAP-2 availability and holidays ----

    @Test
    void cap2_auditorUnavailableOnLastAuditDay_penalised() {
        PlanningAuditor onLeave = auditor(11).lead("IT").unavailable(MONDAY.plusDays(2)).build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cap2AuditorUnavailable).given(seat(audit, 0, onLeave)).penalizesBy(1);
    }

    @Test
    void cap2_auditorUnavailableTheDayAfter_noPenalty() {
        PlanningAuditor onLeave = auditor(11).lead("IT").unavailable(MONDAY.plusDays(3), MONDAY.minusDays(1)).build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cap2AuditorUnavailable).given(seat(audit, 0, onLeave)).penalizes(0);
    }

    @Test
    void cap2_clientPublicHolidayOnAnAuditDay_penalised() {
        PlanningClient withHoliday = client(2).holiday(MONDAY.plusDays(1)).build();
        PlanningAudit audit = audit(1, withHoliday, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cap2ClientHoliday).given(audit).penalizesBy(1);
    }

    @Test
    void cap2_clientPublicHolidayTheDayBefore_noPenalty() {
        PlanningClient withHoliday = client(2).holiday(MONDAY.minusDays(3)).build();
        PlanningAudit audit = audit(1, withHoliday, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cap2ClientHoliday).given(audit).penalizes(0);
    }

    // ---- CAP-3 capacity ----

    @Test
    void cap3_monthExactlyAtCapacity_noPenalty() {
        PlanningAuditor small = auditor(11).lead("IT").capacity(5, 150).build();
        PlanningAudit first = audit(1, client, MONDAY, "3").build(POLICY);
        PlanningAudit second = audit(2, client, MONDAY.plusWeeks(1), "2").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cap3MonthlyCapacity)
                .given(seat(first, 0, small), seat(second, 0, small)).penalizes(0);
    }

    @Test
    void cap3_monthOneDayOverCapacity_penalisedByOne() {
        PlanningAuditor small = auditor(11).lead("IT").capacity(5, 150).build();
        PlanningAudit first = audit(1, client, MONDAY, "3").build(POLICY);
        PlanningAudit second = audit(2, client, MONDAY.plusWeeks(1), "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cap3MonthlyCapacity)
                .given(seat(first, 0, small), seat(second, 0, small)).penalizesBy(1);
    }

    @Test
    void cap3_auditAcrossAMonthEnd_countsDaysInEachMonth() {
        PlanningAuditor small = auditor(11).lead("IT").capacity(3, 150).build();
        PlanningAudit spanning = audit(1, client, LocalDate.of(2027, 3, 30), "4").build(POLICY); // 30, 31 Mar, 1, 2 Apr
        PlanningAudit april = audit(2, client, LocalDate.of(2027, 4, 12), "2").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cap3MonthlyCapacity)
                .given(seat(spanning, 0, small), seat(april, 0, small)).penalizesBy(1);
    }

    @Test
    void cap3_yearOneDayOverCapacity_penalisedByOne() {
        PlanningAuditor partTime = auditor(11).lead("IT").capacity(16, 5).build();
        PlanningAudit first = audit(1, client, MONDAY, "3").build(POLICY);
        PlanningAudit second = audit(2, client, MONDAY.plusMonths(3), "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cap3YearlyCapacity)
                .given(seat(first, 0, partTime), seat(second, 0, partTime)).penalizesBy(1);
    }

    @Test
    void cap3_yearExactlyAtCapacity_noPenalty() {
        PlanningAuditor partTime = auditor(11).lead("IT").capacity(16, 6).build();
        PlanningAudit first = audit(1, client, MONDAY, "3").build(POLICY);
        PlanningAudit second = audit(2, client, MONDAY.plusMonths(3), "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cap3YearlyCapacity)
                .given(seat(first, 0, partTime), seat(second, 0, partTime)).penalizes(0);
    }

    // ---- CAP-4 working days ----

    @Test
    void cap4_mondayStart_noPenalty() {
        PlanningAudit audit = audit(1, client, MONDAY, "5").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cap4WorkingDaysOnly).given(audit).penalizes(0);
    }

    @Test
    void cap4_pinnedSaturdayStart_penalised() {
        PlanningAudit audit = audit(1, client, MONDAY.minusDays(2), "2").pinned(true).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cap4WorkingDaysOnly).given(audit).penalizesBy(1);
    }

    // ---- AT-9 remote share ----

    @Test
    void at9_remoteExactlyThirtyPercent_noPenalty() {
        PlanningAudit audit = audit(1, client, MONDAY, "5").remoteDays(new BigDecimal("1.5")).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::at9RemoteShare).given(audit, POLICY).penalizes(0);
    }

    @Test
    void at9_remoteHalfADayAboveThirtyPercent_penalisedByOneHalfDay() {
        PlanningAudit audit = audit(1, client, MONDAY, "5").remoteDays(new BigDecimal("2")).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::at9RemoteShare).given(audit, POLICY).penalizesBy(1);
    }

    // ---- §8.1 unstaffed audits and the empty-seat tie-breaker (medium) ----

    /** A two-seat audit (8 on-site days) of a client needing IAF 28 and Czech, decided 120 days before its end. */
    private PlanningAudit twoSeats(AuditType type, int daysToDeadline) {
        PlanningClient czech = client(2).areas("28").languages("cs").build();
        return PlanningAudit.builder(1, czech, type).certification(1L)
                .window(MONDAY.minusMonths(2), MONDAY.plusDays(daysToDeadline)).notBefore(MONDAY).target(MONDAY)
                .onsiteDays("8").startDate(MONDAY).build(POLICY);
    }

    private final PlanningAuditor czechLead = auditor(20).lead("28").languages("cs").build();
    private final PlanningAuditor czechAuditor = auditor(21).auditorOnly("28").languages("cs").build();
    private final PlanningAuditor englishAuditor = auditor(22).auditorOnly("IT").build();

    private static TeamSeat eligible(TeamSeat seat, PlanningAuditor... auditors) {
        seat.setEligibleAuditors(List.of(auditors));
        return seat;
    }

    @Test
    void s81_followUpOneSeatShort_penalisedAsOneUnstaffedAudit() {
        PlanningAudit audit = twoSeats(AuditType.FOLLOW_UP, 120);
        verifier.verifyThat(AuditPlanConstraints::followUpUnstaffed)
                .given(seat(audit, 0, czechLead), seat(audit, 1, null), POLICY)
                .penalizesBy(100);
    }

    @Test
    void s81_followUpLastSeatFilled_noMatch() {
        PlanningAudit audit = twoSeats(AuditType.FOLLOW_UP, 120);
        verifier.verifyThat(AuditPlanConstraints::followUpUnstaffed)
                .given(seat(audit, 0, czechLead), seat(audit, 1, czechAuditor), POLICY)
                .penalizes(0);
    }

    @Test
    void s81_emptyTeam_countsOnceForTheAudit() {
        PlanningAudit audit = twoSeats(AuditType.RECERTIFICATION, 120);
        verifier.verifyThat(AuditPlanConstraints::recertificationUnstaffed)
                .given(seat(audit, 0, null), seat(audit, 1, null), POLICY)
                .penalizes(1);
    }

    @Test
    void s81_eachTypeCountsOnlyItsOwnAudits() {
        PlanningAudit audit = twoSeats(AuditType.STAGE_1, 120);
        TeamSeat[] seats = { seat(audit, 0, null), seat(audit, 1, null) };
        verifier.verifyThat(AuditPlanConstraints::stage1Unstaffed).given(seats[0], seats[1], POLICY).penalizesBy(100);
        verifier.verifyThat(AuditPlanConstraints::stage2Unstaffed).given(seats[0], seats[1], POLICY).penalizes(0);
        verifier.verifyThat(AuditPlanConstraints::surveillance1Unstaffed).given(seats[0], seats[1], POLICY)
                .penalizes(0);
    }

    @Test
    void s81_nearerDeadlinesWeighMore_fromNinetyDaysToDoubleAtTheDeadline() {
        assertThat(twoSeats(AuditType.SURVEILLANCE_1, 91).urgencyPercent(90)).isEqualTo(100);
        assertThat(twoSeats(AuditType.SURVEILLANCE_1, 90).urgencyPercent(90)).isEqualTo(100);
        assertThat(twoSeats(AuditType.SURVEILLANCE_1, 89).urgencyPercent(90)).isEqualTo(101);
        assertThat(twoSeats(AuditType.SURVEILLANCE_1, 45).urgencyPercent(90)).isEqualTo(150);
        assertThat(twoSeats(AuditType.SURVEILLANCE_1, 0).urgencyPercent(90)).isEqualTo(200);
        assertThat(twoSeats(AuditType.SURVEILLANCE_1, 45).urgencyPercent(0)).isEqualTo(100);
    }

    @Test
    void s81_sa1FortyFiveDaysFromItsDeadline_penalisedAtOneHundredAndFiftyPercent() {
        PlanningAudit audit = twoSeats(AuditType.SURVEILLANCE_1, 45);
        verifier.verifyThat(AuditPlanConstraints::surveillance1Unstaffed)
                .given(seat(audit, 0, null), seat(audit, 1, null), POLICY)
                .penalizesBy(150);
    }

    @Test
    void s81_defaultWeights_followTheRuleBookOrder() {
        AuditPlanWeights weights = new AuditPlanWeights();
        assertThat(weights.getUnstaffedFollowUp().mediumScore())
                .isEqualTo(weights.getUnstaffedRecertification().mediumScore())
                .isGreaterThan(weights.getUnstaffedSurveillance1().mediumScore());
        assertThat(weights.getUnstaffedSurveillance1().mediumScore())
                .isGreaterThan(weights.getUnstaffedSurveillance2().mediumScore());
        assertThat(weights.getUnstaffedSurveillance2().mediumScore())
                .isGreaterThan(weights.getUnstaffedStage2().mediumScore());
        assertThat(weights.getUnstaffedStage2().mediumScore())
                .isGreaterThan(weights.getUnstaffedStage1().mediumScore());
        assertThat(weights.getUnstaffedStage1().mediumScore() * 100)
                .as("one unstaffed audit outweighs the tie-breaker of any realistic team")
                .isGreaterThan(100 * weights.getSeatUnassigned().mediumScore());
    }

    @Test
    void s81_tieBreaker_oneSeatShortOfACompletableTeam_countsOneSeat() {
        PlanningAudit audit = twoSeats(AuditType.SURVEILLANCE_1, 120);
        verifier.verifyThat(AuditPlanConstraints::seatUnassigned)
                .given(seat(audit, 0, czechLead), eligible(seat(audit, 1, null), englishAuditor, czechAuditor))
                .penalizesBy(1);
    }

    @Test
    void s81_tieBreaker_teamNobodyEligibleCanComplete_countsEverySeat() {
        PlanningAudit audit = twoSeats(AuditType.SURVEILLANCE_1, 120);
        PlanningAuditor englishLead = auditor(23).lead("28").build();
        verifier.verifyThat(AuditPlanConstraints::seatUnassigned)
                .given(seat(audit, 0, englishLead), eligible(seat(audit, 1, null), englishAuditor))
                .penalizesBy(2);
    }

    @Test
    void s81_tieBreaker_emptyTeam_countsEverySeat() {
        PlanningAudit audit = twoSeats(AuditType.SURVEILLANCE_1, 120);
        verifier.verifyThat(AuditPlanConstraints::seatUnassigned)
                .given(eligible(seat(audit, 0, null), czechLead), eligible(seat(audit, 1, null), czechAuditor))
                .penalizesBy(2);
    }

    @Test
    void s81_tieBreaker_lastSeatFilled_noMatch() {
        PlanningAudit audit = twoSeats(AuditType.SURVEILLANCE_1, 120);
        verifier.verifyThat(AuditPlanConstraints::seatUnassigned)
                .given(seat(audit, 0, czechLead), seat(audit, 1, czechAuditor)).penalizes(0);
    }

    @Test
    void s81_tieBreaker_explainsATeamThatCannotBeCompleted() {
        PlanningAudit audit = twoSeats(AuditType.SURVEILLANCE_1, 120);
        List<TeamSeat> seats = List.of(seat(audit, 0, auditor(23).lead("28").build()),
                eligible(seat(audit, 1, null), englishAuditor));
        assertThat(TeamCompletion.possible(audit, seats)).isFalse();
        assertThat(TeamCompletion.countedEmptySeats(audit, seats)).isEqualTo(2);
        eligible(seats.get(1), englishAuditor, czechAuditor);
        assertThat(TeamCompletion.possible(audit, seats)).isTrue();
        assertThat(TeamCompletion.countedEmptySeats(audit, seats)).isEqualTo(1);
    }

    // ---- soft ----

    @Test
    void cyc5_threeDaysBeforeTarget_penalisedPerDay() {
        PlanningAudit audit = audit(1, client, MONDAY, "2").target(MONDAY.plusDays(3)).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::earlierThanTarget).given(audit).penalizesBy(3);
        verifier.verifyThat(AuditPlanConstraints::laterThanTarget).given(audit).penalizes(0);
    }

    @Test
    void cyc5_twoDaysAfterTarget_penalisedPerDay() {
        PlanningAudit audit = audit(1, client, MONDAY, "2").target(MONDAY.minusDays(2)).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::laterThanTarget).given(audit).penalizesBy(2);
        verifier.verifyThat(AuditPlanConstraints::earlierThanTarget).given(audit).penalizes(0);
    }

    @Test
    void cyc5_onTarget_noPenalty() {
        PlanningAudit audit = audit(1, client, MONDAY, "2").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::laterThanTarget).given(audit).penalizes(0);
        verifier.verifyThat(AuditPlanConstraints::earlierThanTarget).given(audit).penalizes(0);
    }

    @Test
    void stability_publishedAuditMovedAWeek_penalisedPerDay() {
        PlanningAudit audit = audit(1, client, MONDAY, "2").published(MONDAY.minusWeeks(1), List.of()).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::publishedDateMoved).given(audit).penalizesBy(7);
    }

    @Test
    void stability_publishedAuditKeptItsDate_noPenalty() {
        PlanningAudit audit = audit(1, client, MONDAY, "2").published(MONDAY, List.of()).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::publishedDateMoved).given(audit).penalizes(0);
    }

    @Test
    void stability_publishedLeadReplaced_penalised() {
        PlanningAudit audit = audit(1, client, MONDAY, "2").published(MONDAY, List.of(99L)).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::publishedTeamChanged).given(seat(audit, 0, lead)).penalizesBy(1);
    }

    @Test
    void stability_publishedLeadUnassigned_penalised() {
        PlanningAudit audit = audit(1, client, MONDAY, "2").published(MONDAY, List.of(10L)).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::publishedTeamChanged).given(seat(audit, 0, null)).penalizesBy(1);
    }

    @Test
    void stability_publishedLeadKept_noPenalty() {
        PlanningAudit audit = audit(1, client, MONDAY, "2").published(MONDAY, List.of(10L)).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::publishedTeamChanged).given(seat(audit, 0, lead)).penalizes(0);
    }

    @Test
    void stability_publishedAuditMovedTenDaysBeforeItsStart_penalisedPerDayShortOfNotice() {
        PlanningAudit audit = audit(1, client, MONDAY.plusWeeks(1), "2").published(MONDAY, List.of(10L))
                .publishedNotice(10).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::publishedChangedAtShortNotice).given(seat(audit, 0, lead))
                .penalizesBy(AuditPlanConstraints.SHORT_NOTICE_DAYS - 10);
    }

    @Test
    void stability_publishedLeadReplacedAtShortNotice_penalised() {
        PlanningAudit audit = audit(1, client, MONDAY, "2").published(MONDAY, List.of(99L)).publishedNotice(30).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::publishedChangedAtShortNotice).given(seat(audit, 0, lead))
                .penalizesBy(AuditPlanConstraints.SHORT_NOTICE_DAYS - 30);
    }

    @Test
    void stability_publishedAuditMovedFarAhead_noShortNoticePenalty() {
        PlanningAudit audit = audit(1, client, MONDAY.plusWeeks(1), "2").published(MONDAY, List.of(10L))
                .publishedNotice(200).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::publishedChangedAtShortNotice).given(seat(audit, 0, lead))
                .penalizes(0);
    }

    @Test
    void stability_publishedAuditKeptAtShortNotice_noPenalty() {
        PlanningAudit audit = audit(1, client, MONDAY, "2").published(MONDAY, List.of(10L)).publishedNotice(5).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::publishedChangedAtShortNotice).given(seat(audit, 0, lead))
                .penalizes(0);
    }

    @Test
    void continuity_anotherLeadThanLastTime_penalised() {
        PlanningAudit audit = audit(1, client, MONDAY, "2").previousLead(99L).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::leadContinuity).given(seat(audit, 0, lead)).penalizesBy(1);
    }

    @Test
    void continuity_sameLeadAsLastTime_noPenalty() {
        PlanningAudit audit = audit(1, client, MONDAY, "2").previousLead(10L).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::leadContinuity).given(seat(audit, 0, lead)).penalizes(0);
    }

    @Test
    void cap5_travelBerlinToMunich_penalisedPerKilometre() {
        PlanningClient munich = client(2).at(48.137, 11.575).build();
        PlanningAudit audit = audit(1, munich, MONDAY, "2").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::travelDistance).given(seat(audit, 0, lead)).penalizesBy(504);
    }

    @Test
    void cap5_remoteAudit_noTravel() {
        PlanningClient munich = client(2).at(48.137, 11.575).build();
        PlanningAudit audit = audit(1, munich, MONDAY, "2").remote(true).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::travelDistance).given(seat(audit, 0, lead)).penalizes(0);
    }

    @Test
    void workload_squaredDaysRelativeToCapacity() {
        PlanningAuditor busy = auditor(11).lead("IT").capacity(16, 100).build();
        PlanningAudit first = audit(1, client, MONDAY, "5").build(POLICY);
        PlanningAudit second = audit(2, client, MONDAY.plusWeeks(2), "5").build(POLICY);
        PlanningAudit third = audit(3, client, MONDAY.plusWeeks(4), "5").build(POLICY);
        // busy: 10 days -> 10 * 10 * 100 / 100 = 100; lead (capacity 150): 5 days -> 5 * 5 * 100 / 150 = 16
        verifier.verifyThat(AuditPlanConstraints::workloadBalance)
                .given(seat(first, 0, busy), seat(second, 0, busy), seat(third, 0, lead)).penalizesBy(116);
    }

    // ---- gaps: no match where the rule holds, rules judged only when they can be ----

    @Test
    void cap3_yearlyUnderCapacity_noMatch() {
        PlanningAuditor partTime = auditor(11).lead("IT").capacity(16, 7).build();
        PlanningAudit first = audit(1, client, MONDAY, "3").build(POLICY);
        PlanningAudit second = audit(2, client, MONDAY.plusMonths(3), "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cap3YearlyCapacity)
                .given(seat(first, 0, partTime), seat(second, 0, partTime)).penalizes(0);
    }

    @Test
    void cap3_yearlyDaysOfAnotherYear_countInThatYear() {
        PlanningAuditor partTime = auditor(11).lead("IT").capacity(16, 5).build();
        PlanningAudit thisYear = audit(1, client, MONDAY, "3").build(POLICY);
        PlanningAudit nextYear = audit(2, client, MONDAY.plusYears(1), "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cap3YearlyCapacity)
                .given(seat(thisYear, 0, partTime), seat(nextYear, 0, partTime)).penalizes(0);
    }

    @Test
    void cap3_monthUnderCapacity_noMatch() {
        PlanningAuditor small = auditor(11).lead("IT").capacity(7, 150).build();
        PlanningAudit first = audit(1, client, MONDAY, "3").build(POLICY);
        PlanningAudit second = audit(2, client, MONDAY.plusWeeks(1), "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cap3MonthlyCapacity)
                .given(seat(first, 0, small), seat(second, 0, small)).penalizes(0);
    }

    @Test
    void cap3_twoAuditorsOverCapacity_penalisedEach() {
        PlanningAuditor small = auditor(11).lead("IT").capacity(2, 2).build();
        PlanningAuditor other = auditor(12).lead("IT").capacity(1, 1).build();
        PlanningAudit first = audit(1, client, MONDAY, "3").build(POLICY);
        PlanningAudit second = audit(2, client, MONDAY.plusWeeks(1), "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cap3MonthlyCapacity)
                .given(seat(first, 0, small), seat(second, 0, other)).penalizesBy(1 + 2);
        verifier.verifyThat(AuditPlanConstraints::cap3YearlyCapacity)
                .given(seat(first, 0, small), seat(second, 0, other)).penalizesBy(1 + 2);
    }

    @Test
    void comp4_incompleteTeam_notJudgedYet() {
        PlanningClient german = client(2).languages("de").build();
        PlanningAudit audit = audit(1, german, MONDAY, "8").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::comp4LanguageSpoken)
                .given(seat(audit, 0, lead), seat(audit, 1, null)).penalizes(0);
    }

    @Test
    void comp4_completeTeamMissingTwoLanguages_penalisedPerLanguage() {
        PlanningClient bilingual = client(2).languages("de", "fr").build();
        PlanningAudit audit = audit(1, bilingual, MONDAY, "8").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::comp4LanguageSpoken)
                .given(seat(audit, 0, lead), seat(audit, 1, auditor(11).auditorOnly("IT").build())).penalizesBy(2);
    }

    @Test
    void comp1_qualifiedLead_noMatch() {
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::comp1LeadQualified).given(seat(audit, 0, lead)).penalizes(0);
    }

    @Test
    void comp2_leadSeatIsJudgedByComp1Only() {
        PlanningAuditor expert = auditor(11)
                .qualification(QualificationRole.TECHNICAL_EXPERT, MONDAY.minusYears(1), null,
                "IT")
                .build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::comp2AuditorQualified).given(seat(audit, 0, expert)).penalizes(0);
    }

    @Test
    void at9_remoteHalfADayBelowThirtyPercent_noMatch() {
        PlanningAudit audit = audit(1, client, MONDAY, "5").remoteDays(new BigDecimal("1")).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::at9RemoteShare).given(audit, POLICY).penalizes(0);
    }

    @Test
    void cap4_pinnedWeekendDays_penalisedPerDay() {
        PlanningAudit audit = audit(1, client, MONDAY.minusDays(2), "2").pinned(true).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cap4WorkingDaysOnly).given(audit).penalizes(1);
    }

    @Test
    void s83_unpublishedAudit_noDateMovedMatch() {
        PlanningAudit draft = audit(1, client, MONDAY, "2").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::publishedDateMoved).given(draft).penalizes(0);
    }

    @Test
    void s83_unpublishedAudit_noShortNoticeMatch() {
        PlanningAudit draft = audit(1, client, MONDAY, "2").publishedNotice(5).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::publishedChangedAtShortNotice).given(seat(draft, 0, lead))
                .penalizes(0);
    }

    @Test
    void s83_unpublishedAudit_noTeamChangedMatch() {
        PlanningAudit draft = audit(1, client, MONDAY, "2").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::publishedTeamChanged).given(seat(draft, 0, lead)).penalizes(0);
    }

    @Test
    void s83_publishedAuditMovedBack_penalisedByTheDaysMoved() {
        PlanningAudit audit = audit(1, client, MONDAY, "2").published(MONDAY.plusWeeks(1), List.of()).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::publishedDateMoved).given(audit).penalizesBy(7);
    }

    @Test
    void s83_publishedSeatLeftEmptyAtShortNotice_penalised() {
        PlanningAudit audit = audit(1, client, MONDAY, "2").published(MONDAY, List.of(10L)).publishedNotice(80)
                .build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::publishedChangedAtShortNotice).given(seat(audit, 0, null))
                .penalizesBy(10);
    }

    @Test
    void s83_publishedAuditOnTheShortNoticeLimit_noMatch() {
        PlanningAudit audit = audit(1, client, MONDAY, "2").published(MONDAY, List.of(99L))
                .publishedNotice(AuditPlanConstraints.SHORT_NOTICE_DAYS).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::publishedChangedAtShortNotice).given(seat(audit, 0, lead))
                .penalizes(0);
    }

    @Test
    void s84_firstAuditOfTheCycle_noContinuityMatch() {
        PlanningAudit audit = audit(1, client, MONDAY, "2").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::leadContinuity).given(seat(audit, 0, lead)).penalizes(0);
    }

    @Test
    void s84_anotherAuditorInTheSecondSeat_noContinuityMatch() {
        PlanningAudit audit = audit(1, client, MONDAY, "8").previousLead(10L).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::leadContinuity)
                .given(seat(audit, 0, lead), seat(audit, 1, auditor(11).auditorOnly("IT").build())).penalizes(0);
    }

    @Test
    void imp3_leadOfAnotherClient_noMatch() {
        PlanningAuditor familiar = auditor(11).lead("IT").cyclesLed(99, 5).build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::imp3LeadRotation).given(seat(audit, 0, familiar),
                POLICY).penalizes(0);
    }

    @Test
    void imp2_endedConflict_noMatch() {
        PlanningAuditor related = auditor(11).lead("IT")
                .conflict(1, MONDAY.minusYears(2), MONDAY.minusDays(1), ConflictBar.IMP_2).build();
        PlanningAudit audit = audit(1, client, MONDAY, "3").build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::imp2DeclaredConflict).given(seat(audit, 0, related)).penalizes(0);
    }

    @Test
    void workload_everyAuditorWithSeatsCounts() {
        PlanningAudit audit = audit(1, client, MONDAY, "5").build(POLICY);
        // 5 * 5 * 100 / 150 = 16 for the one seat
        verifier.verifyThat(AuditPlanConstraints::workloadBalance).given(seat(audit, 0, lead)).penalizes(1);
        verifier.verifyThat(AuditPlanConstraints::workloadBalance).given(seat(audit, 0, lead)).penalizesBy(16);
    }

    @Test
    void workload_capacityZeroCountsAsOne() {
        assertThat(AuditPlanConstraints.workload(auditor(11).lead("IT").capacity(16, 0).build(), 3)).isEqualTo(900);
        assertThat(AuditPlanConstraints.workload(auditor(11).lead("IT").capacity(16, 1).build(), 3)).isEqualTo(900);
        assertThat(AuditPlanConstraints.workload(auditor(11).lead("IT").capacity(16, 3).build(), 3)).isEqualTo(300);
    }

    // ---- §8.1: every type, booked audits and the TeamCompletion tie-breaker ----

    @Test
    void s81_everyTypeHasItsOwnUnstaffedConstraint() {
        for (AuditType type : AuditType.values()) {
            PlanningAudit audit = twoSeats(type, 120);
            TeamSeat first = seat(audit, 0, null);
            TeamSeat second = seat(audit, 1, null);
            verifier.verifyThat(AuditPlanConstraints::followUpUnstaffed).given(first, second, POLICY)
                    .penalizes(type == AuditType.FOLLOW_UP ? 1 : 0);
            verifier.verifyThat(AuditPlanConstraints::recertificationUnstaffed).given(first, second, POLICY)
                    .penalizes(type == AuditType.RECERTIFICATION ? 1 : 0);
            verifier.verifyThat(AuditPlanConstraints::surveillance1Unstaffed).given(first, second, POLICY)
                    .penalizes(type == AuditType.SURVEILLANCE_1 ? 1 : 0);
            verifier.verifyThat(AuditPlanConstraints::surveillance2Unstaffed).given(first, second, POLICY)
                    .penalizes(type == AuditType.SURVEILLANCE_2 ? 1 : 0);
            verifier.verifyThat(AuditPlanConstraints::specialAuditUnstaffed).given(first, second, POLICY)
                    .penalizes(type == AuditType.SPECIAL ? 1 : 0);
            verifier.verifyThat(AuditPlanConstraints::stage2Unstaffed).given(first, second, POLICY)
                    .penalizes(type == AuditType.STAGE_2 ? 1 : 0);
            verifier.verifyThat(AuditPlanConstraints::stage1Unstaffed).given(first, second, POLICY)
                    .penalizes(type == AuditType.STAGE_1 ? 1 : 0);
        }
    }

    @Test
    void s81_specialAuditAndSecondSurveillanceAndStage2_penalisedAtTheirUrgency() {
        for (AuditType type : List.of(AuditType.SPECIAL, AuditType.SURVEILLANCE_2, AuditType.STAGE_2)) {
            PlanningAudit audit = twoSeats(type, 45);
            TeamSeat first = seat(audit, 0, czechLead);
            TeamSeat second = seat(audit, 1, null);
            var constraint = switch (type) {
                case SPECIAL -> verifier.verifyThat(AuditPlanConstraints::specialAuditUnstaffed);
                case SURVEILLANCE_2 -> verifier.verifyThat(AuditPlanConstraints::surveillance2Unstaffed);
                default -> verifier.verifyThat(AuditPlanConstraints::stage2Unstaffed);
            };
            constraint.given(first, second, POLICY).penalizesBy(150);
        }
    }

    @Test
    void s81_auditBookedOutsideThePlan_noUnstaffedOrSeatMatch() {
        PlanningClient czech = client(2).areas("28").languages("cs").build();
        PlanningAudit booked = PlanningAudit.builder(-1, czech, AuditType.FOLLOW_UP).certification(1L)
                .window(MONDAY.minusMonths(2), MONDAY.plusDays(120)).notBefore(MONDAY).target(MONDAY)
                .onsiteDays("8").startDate(MONDAY).pinned(true).booked().build(POLICY);
        TeamSeat first = seat(booked, 0, czechLead);
        TeamSeat second = eligible(seat(booked, 1, null), czechAuditor);
        verifier.verifyThat(AuditPlanConstraints::followUpUnstaffed).given(first, second, POLICY).penalizes(0);
        verifier.verifyThat(AuditPlanConstraints::seatUnassigned).given(first, second).penalizes(0);
    }

    @Test
    void s81_tieBreaker_noEligibleListCountsAsNobodyEligible() {
        PlanningAudit audit = twoSeats(AuditType.SURVEILLANCE_1, 120);
        List<TeamSeat> seats = List.of(seat(audit, 0, czechLead), seat(audit, 1, null)); // no eligible list set
        assertThat(seats.get(1).getEligibleAuditors()).isNull();
        assertThat(TeamCompletion.possible(audit, seats)).isFalse();
        assertThat(TeamCompletion.countedEmptySeats(audit, seats)).isEqualTo(2);
    }

    @Test
    void s81_tieBreaker_anAuditorAlreadyOnTheTeamCannotFillAnotherSeat() {
        PlanningAudit audit = twoSeats(AuditType.SURVEILLANCE_1, 120);
        List<TeamSeat> seats = List.of(seat(audit, 0, czechLead), eligible(seat(audit, 1, null), czechLead));
        assertThat(TeamCompletion.possible(audit, seats)).isFalse();
        eligible(seats.get(1), czechLead, czechAuditor);
        assertThat(TeamCompletion.possible(audit, seats)).isTrue();
    }

    @Test
    void s81_tieBreaker_theLeadSeatTakesWhoeverLeavesTheLeastUncovered() {
        PlanningAudit audit = twoSeats(AuditType.SURVEILLANCE_1, 120);
        PlanningAuditor englishLead = auditor(23).lead("28").build();
        PlanningAuditor czechOnlyAuditor = auditor(24).auditorOnly("IT").languages("cs").build();
        // the lead seat prefers the Czech lead (nothing left) over the English one (Czech left); the second seat then
        // needs nobody special; the other order would leave Czech uncovered
        List<TeamSeat> seats = List.of(eligible(seat(audit, 0, null), englishLead, czechLead),
                eligible(seat(audit, 1, null), englishAuditor));
        assertThat(TeamCompletion.possible(audit, seats)).isTrue();
        assertThat(TeamCompletion.countedEmptySeats(audit, seats)).isEqualTo(2);
        List<TeamSeat> partly = List.of(seat(audit, 0, englishLead), eligible(seat(audit, 1, null), englishAuditor,
                czechOnlyAuditor));
        assertThat(TeamCompletion.possible(audit, partly)).isTrue();
        assertThat(TeamCompletion.countedEmptySeats(audit, partly)).isEqualTo(1);
    }

    @Test
    void s81_tieBreaker_areasHeldOnlyBeforeTheAuditDoNotComplete() {
        PlanningAudit audit = twoSeats(AuditType.SURVEILLANCE_1, 120);
        PlanningAuditor lapsed = auditor(25).languages("cs")
                .qualification(QualificationRole.AUDITOR, MONDAY.minusYears(2), MONDAY.minusDays(1), "28").build();
        PlanningAuditor englishLead = auditor(23).lead("IT").build();
        List<TeamSeat> seats = List.of(seat(audit, 0, englishLead), eligible(seat(audit, 1, null), lapsed));
        assertThat(TeamCompletion.possible(audit, seats)).isFalse();
        assertThat(TeamCompletion.emptySeats(seats)).isEqualTo(1);
    }

    @Test
    void s81_tieBreaker_fullTeam_noEmptySeats() {
        PlanningAudit audit = twoSeats(AuditType.SURVEILLANCE_1, 120);
        List<TeamSeat> seats = List.of(seat(audit, 0, czechLead), seat(audit, 1, czechAuditor));
        assertThat(TeamCompletion.emptySeats(seats)).isZero();
        assertThat(TeamCompletion.countedEmptySeats(audit, seats)).isZero();
        assertThat(TeamCompletion.possible(audit, seats)).isTrue();
    }

    @Test
    void cap1_calendarOverlapWithoutASharedDay_noMatch() {
        PlanningAudit acrossTheWeekend = audit(1, client, MONDAY.plusDays(4), "2").build(POLICY); // Fri, Mon
        PlanningAudit onSaturday = audit(2, client, MONDAY.plusDays(5), "0.5").pinned(true).build(POLICY);
        verifier.verifyThat(AuditPlanConstraints::cap1OneAuditAtATime)
                .given(seat(acrossTheWeekend, 0, lead), seat(onSaturday, 0, lead)).penalizes(0);
    }

    @Test
    void s81_tieBreaker_aCandidateHoldingTheMissingAreaIsPreferred() {
        PlanningAudit audit = twoSeats(AuditType.SURVEILLANCE_1, 120);
        PlanningAuditor czechItLead = auditor(26).lead("IT").languages("cs").build();
        PlanningAuditor areaHolder = auditor(27).auditorOnly("28").build();
        // IAF 28 is missing, Czech is spoken: the English IT auditor leaves 28 uncovered, the 28 auditor nothing
        List<TeamSeat> seats = List.of(seat(audit, 0, czechItLead),
                eligible(seat(audit, 1, null), englishAuditor, areaHolder));
        assertThat(TeamCompletion.possible(audit, seats)).isTrue();
        assertThat(TeamCompletion.countedEmptySeats(audit, seats)).isEqualTo(1);
    }
}
