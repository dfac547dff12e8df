package org.certplan.auditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.certplan.audit.TeamRole;
import org.certplan.auditor.AuditorFacts.Assignment;
import org.certplan.auditor.AuditorFacts.ConflictFact;
import org.certplan.auditor.AuditorFacts.CycleRef;
import org.certplan.auditor.AuditorFacts.Period;
import org.certplan.auditor.AuditorFacts.QualificationFact;
import org.certplan.auditor.EligibilityRulesTest.Policy;
import org.certplan.rules.QualificationRole;
import org.junit.jupiter.api.Test;

/** The edges of the auditor rules (COMP-3, CAP-2, CAP-3, CAP-4, IMP-1/2) one at a time, with the reasons' words. */
class EligibilityRulesEdgesTest {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Policy DEFAULTS = new Policy(2, 2, 16, 150, WEEKDAYS, 5);
    private static final long CLIENT = 7;
    private static final LocalDate MON = LocalDate.of(2027, 6, 14);
    private static final LocalDate WED = MON.plusDays(2);
    private static final LocalDate SAT = MON.plusDays(5);
    private static final LocalDate SUN = MON.plusDays(6);

    private final PublicHolidays holidays = new PublicHolidays();
    private final EligibilityRules rules = new EligibilityRules(DEFAULTS, holidays);

    private static QualificationFact isms(QualificationRole role, String... areas) {
        return new QualificationFact("ISO/IEC 27001:2022", role, Set.of(areas), LocalDate.of(2020, 1, 1),
                LocalDate.of(2035, 12, 31));
    }

    private static final QualificationFact LEAD = isms(QualificationRole.LEAD_AUDITOR, "28");

    private static final ClientFacts CLIENT_28 = new ClientFacts(CLIENT, Set.of("28"), Set.of("de"), Set.of("DE"),
            List.of(new CycleRef(70, 3)));

    private static AuditorFacts auditor(List<QualificationFact> qualifications, List<Assignment> assignments) {
        return new AuditorFacts(1, Set.of("de"), qualifications, List.of(), List.of(), assignments, Set.of(), null,
                null);
    }

    private static AuditorFacts lead(Assignment... assignments) {
        return auditor(List.of(LEAD), List.of(assignments));
    }

    private List<Reason> reasons(AuditorFacts auditor, LocalDate from, LocalDate to, TeamRole role) {
        return rules.reasons(auditor, CLIENT_28, new Engagement(from, to, role));
    }

    private static List<String> rulesOf(List<Reason> reasons) {
        return reasons.stream().map(Reason::rule).toList();
    }

    // ---- COMP-3: a technical expert needs an ISMS qualification of any role ----

    @Test
    void comp3_technicalExpertWithoutAnIsmsQualification_ruledOut() {
        AuditorFacts qmsOnly = auditor(List.of(new QualificationFact("ISO 9001:2015",
                QualificationRole.TECHNICAL_EXPERT,
                Set.of("28"), LocalDate.of(2020, 1, 1), LocalDate.of(2035, 12, 31))), List.of());

        List<Reason> reasons = reasons(qmsOnly, MON, WED, TeamRole.TECHNICAL_EXPERT);

        assertThat(rulesOf(reasons)).containsExactly("COMP-3", "COMP-3");
        assertThat(reasons.get(0).detail()).isEqualTo("holds no ISMS qualification valid on " + MON);
        assertThat(reasons.get(0).until()).isNull();
        assertThat(reasons.get(0).rulesOut()).isTrue();
        assertThat(reasons.get(1).detail())
                .isEqualTo("does not cover the client's technical areas 28; the team covers areas jointly");
        assertThat(rules.check(qmsOnly, CLIENT_28, new Engagement(MON, WED, TeamRole.TECHNICAL_EXPERT)).eligible())
                .isFalse();
    }

    @Test
    void comp3_technicalExpertWithAnIsmsExpertQualification_eligible() {
        AuditorFacts expert = auditor(List.of(isms(QualificationRole.TECHNICAL_EXPERT, "28")), List.of());
        assertThat(reasons(expert, MON, WED, TeamRole.TECHNICAL_EXPERT)).isEmpty();
    }

    @Test
    void comp1_qualificationStartingLater_namesTheDayItStarts() {
        LocalDate next = WED;
        AuditorFacts later = auditor(List.of(new QualificationFact("ISO/IEC 27001:2022", QualificationRole.LEAD_AUDITOR,
                Set.of("28"), next, LocalDate.of(2035, 12, 31))), List.of());

        List<Reason> reasons = reasons(later, MON, WED, TeamRole.LEAD);

        assertThat(reasons.get(0).rule()).isEqualTo("COMP-1");
        assertThat(reasons.get(0).detail()).isEqualTo("holds no ISMS lead-auditor qualification valid on " + MON
                + "; the next one starts on " + next);
        assertThat(reasons.get(0).until()).isEqualTo(next);
    }

    @Test
    void comp4_clientWithoutAuditLanguages_noReason() {
        ClientFacts anyLanguage = new ClientFacts(CLIENT, Set.of("28"), Set.of(), Set.of("DE"), List.of());
        assertThat(rules.reasons(lead(), anyLanguage, new Engagement(MON, WED, TeamRole.LEAD))).isEmpty();
    }

    @Test
    void comp4_interpreterIsJudgedOnLanguageOnly() {
        AuditorFacts unqualified = new AuditorFacts(1, Set.of("fr"), List.of(), List.of(), List.of(), List.of(),
                Set.of(), null, null);
        List<Reason> reasons = reasons(unqualified, MON, WED, TeamRole.INTERPRETER);
        assertThat(rulesOf(reasons)).containsExactly("COMP-4");
        assertThat(reasons.get(0).detail()).isEqualTo("does not speak the client's audit languages de");
    }

    // ---- CAP-3: capacity per month and per year, one audit day per working day on an audit ----

    private static Assignment booked(long auditId, LocalDate start, LocalDate end) {
        return new Assignment(auditId, CLIENT + 1, start, end, new BigDecimal("0.5"));
    }

    private static AuditorFacts capped(Integer perMonth, Integer perYear, Assignment... assignments) {
        return new AuditorFacts(1, Set.of("de"), List.of(LEAD), List.of(), List.of(), List.of(assignments), Set.of(),
                perMonth, perYear);
    }

    @Test
    void cap3_exactlyAtTheYearlyMaximum_eligible() {
        AuditorFacts full = capped(null, 10, booked(52, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 5)),
                booked(53, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 2)));
        assertThat(reasons(full, MON, WED, TeamRole.LEAD)).isEmpty();
    }

    @Test
    void cap3_oneDayOverTheYearlyMaximum_namesTheYear() {
        AuditorFacts full = capped(null, 10, booked(52, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 5)),
                booked(53, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 3)));
        List<Reason> reasons = reasons(full, MON, WED, TeamRole.LEAD);
        assertThat(rulesOf(reasons)).containsExactly("CAP-3");
        assertThat(reasons.get(0).detail())
                .isEqualTo("8 audit days in 2027 already, 3 more exceed the maximum of 10 per year");
    }

    @Test
    void cap3_auditsOfOtherYearsDoNotCount() {
        AuditorFacts lastYear = capped(null, 3, booked(52, LocalDate.of(2026, 6, 14), LocalDate.of(2026, 6, 18)),
                booked(53, LocalDate.of(2028, 6, 14), LocalDate.of(2028, 6, 16)));
        assertThat(reasons(lastYear, MON, WED, TeamRole.LEAD)).isEmpty();
    }

    @Test
    void cap3_exactlyAtTheMonthlyMaximum_eligible() {
        AuditorFacts busy = capped(5, null, booked(51, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 2)));
        assertThat(reasons(busy, MON, WED, TeamRole.LEAD)).isEmpty();
    }

    @Test
    void cap3_oneDayOverTheMonthlyMaximum_namesTheMonth() {
        AuditorFacts busy = capped(5, null, booked(51, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 3)));
        List<Reason> reasons = reasons(busy, MON, WED, TeamRole.LEAD);
        assertThat(rulesOf(reasons)).containsExactly("CAP-3");
        assertThat(reasons.get(0).detail())
                .isEqualTo("3 audit days in 2027-06 already, 3 more exceed the maximum of 5 per month");
    }

    @Test
    void cap3_aHalfDayAuditTakesTheDay() {
        AuditorFacts busy = capped(5, null, booked(51, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 1)),
                booked(52, LocalDate.of(2027, 6, 2), LocalDate.of(2027, 6, 3)));
        assertThat(rulesOf(reasons(busy, MON, WED, TeamRole.LEAD))).containsExactly("CAP-3");
    }

    @Test
    void cap3_eachDayCountsInTheMonthItFallsIn() {
        // Monday 31 May to Friday 4 June 2027: one day in May, four in June
        AuditorFacts busy = capped(4, null, booked(51, LocalDate.of(2027, 5, 31), LocalDate.of(2027, 6, 4)));
        assertThat(rulesOf(reasons(busy, MON, WED, TeamRole.LEAD))).containsExactly("CAP-3");
        AuditorFacts mayEnd = capped(3, null, booked(51, LocalDate.of(2027, 5, 24), LocalDate.of(2027, 5, 31)));
        assertThat(reasons(mayEnd, MON, WED, TeamRole.LEAD)).isEmpty();
    }

    @Test
    void cap3_auditsOfOtherMonthsDoNotCountTowardTheMonth() {
        AuditorFacts busy = capped(3, null, booked(51, LocalDate.of(2027, 5, 24), LocalDate.of(2027, 5, 28)),
                booked(52, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5)));
        assertThat(reasons(busy, MON, WED, TeamRole.LEAD)).isEmpty();
    }

    @Test
    void cap3_theYearlyOverrideOfTheAuditorWins() {
        AuditorFacts partTime = capped(null, 7, booked(52, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 5)));
        List<Reason> reasons = reasons(partTime, MON, WED, TeamRole.LEAD);
        assertThat(rulesOf(reasons)).containsExactly("CAP-3");
        assertThat(reasons.get(0).detail()).endsWith("the maximum of 7 per year");
    }

    @Test
    void cap3_withoutGivenDays_countsWorkingDaysOnly() {
        // Monday to the next Monday: 8 calendar days, 6 working days
        AuditorFacts sixLeft = new AuditorFacts(1, Set.of("de"), List.of(LEAD), List.of(), List.of(), List.of(),
                Set.of(), 6, null);
        assertThat(reasons(sixLeft, MON, MON.plusDays(7), TeamRole.LEAD)).isEmpty();
        AuditorFacts fiveLeft = new AuditorFacts(1, Set.of("de"), List.of(LEAD), List.of(), List.of(), List.of(),
                Set.of(), 5, null);
        List<Reason> reasons = reasons(fiveLeft, MON, MON.plusDays(7), TeamRole.LEAD);
        assertThat(rulesOf(reasons)).containsExactly("CAP-3");
        assertThat(reasons.get(0).detail()).startsWith("0 audit days in 2027-06 already, 6 more");
    }

    @Test
    void cap3_theEngagementsOwnAuditIsNotCountedTwice() {
        AuditorFacts rebooked = capped(3, null, booked(51, MON, WED));
        assertThat(rules.reasons(rebooked, CLIENT_28, new Engagement(MON, WED, TeamRole.LEAD, new BigDecimal("3"),
                51L)))
                .isEmpty();
    }

    // ---- CAP-4: working days only ----

    @Test
    void cap4_engagementEndingOnASaturday_ruledOut() {
        List<Reason> reasons = reasons(lead(), MON, SAT, TeamRole.LEAD);
        assertThat(rulesOf(reasons)).containsExactly("CAP-4");
        assertThat(reasons.get(0).detail()).isEqualTo(SAT + " is a SATURDAY, not a working day");
    }

    @Test
    void cap4_oneDayOnASunday_oneReason() {
        List<Reason> reasons = reasons(lead(), SUN, SUN, TeamRole.LEAD);
        assertThat(rulesOf(reasons)).containsExactly("CAP-4");
        assertThat(reasons.get(0).detail()).isEqualTo(SUN + " is a SUNDAY, not a working day");
    }

    @Test
    void cap4_aWeekendInsideTheEngagement_isNoReason() {
        assertThat(reasons(lead(), MON.plusDays(4), MON.plusDays(7), TeamRole.LEAD)).isEmpty();
    }

    @Test
    void cap4_theWorkingWeekIsThePolicys() {
        EligibilityRules sundayToThursday = new EligibilityRules(new Policy(2, 2, 16, 150,
                EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY), 5), holidays);
        assertThat(sundayToThursday.reasons(lead(), CLIENT_28, new Engagement(SUN, SUN, TeamRole.LEAD))).isEmpty();
        assertThat(rulesOf(sundayToThursday.reasons(lead(), CLIENT_28, new Engagement(MON, MON.plusDays(4),
                TeamRole.LEAD)))).containsExactly("CAP-4");
        assertThat(sundayToThursday.workingDays(MON, SUN)).containsExactly(MON, MON.plusDays(1), MON.plusDays(2),
                MON.plusDays(3), SUN);
    }

    @Test
    void cap4_workingDays_areTheWeekdaysOfThePeriodBothEndsIncluded() {
        assertThat(rules.workingDays(MON.minusDays(1), SAT)).containsExactly(MON, MON.plusDays(1), WED,
                MON.plusDays(3), MON.plusDays(4));
        assertThat(rules.workingDays(SAT, SUN)).isEmpty();
        assertThat(rules.workingDays(WED, WED)).containsExactly(WED);
    }

    // ---- CAP-2: public holidays count on working days only ----

    @Test
    void cap2_publicHolidaysOnAWeekend_areNoReason() {
        // Christmas 2027: Saturday 25 and Sunday 26 December, German public holidays
        LocalDate thursday = LocalDate.of(2027, 12, 23);
        LocalDate tuesday = LocalDate.of(2027, 12, 28);
        assertThat(holidays.isHoliday("DE", LocalDate.of(2027, 12, 25))).isTrue();
        assertThat(reasons(lead(), thursday, tuesday, TeamRole.LEAD)).isEmpty();

        EligibilityRules sixDays = new EligibilityRules(new Policy(2, 2, 16, 150,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), 5), holidays);
        List<Reason> reasons = sixDays.reasons(lead(), CLIENT_28, new Engagement(thursday, tuesday, TeamRole.LEAD));
        assertThat(rulesOf(reasons)).containsExactly("CAP-2");
        assertThat(reasons.get(0).detail()).startsWith("2027-12-25 is a public holiday in DE (");
    }

    @Test
    void cap2_unavailabilityWithoutAReason_namesThePeriodOnly() {
        AuditorFacts away = new AuditorFacts(1, Set.of("de"), List.of(LEAD), List.of(new Period(WED, WED, " ")),
                List.of(), List.of(), Set.of(), null, null);
        List<Reason> reasons = reasons(away, MON, WED, TeamRole.LEAD);
        assertThat(rulesOf(reasons)).containsExactly("CAP-2");
        assertThat(reasons.get(0).detail()).isEqualTo("unavailable from " + WED + " to " + WED);
        assertThat(reasons.get(0).until()).isEqualTo(WED.plusDays(1));
    }

    // ---- IMP-1 / IMP-2: the words of the reasons and when the bar lapses ----

    @Test
    void imp1_endedRelationship_saysUntilWhenTheCoolingOffLasts() {
        AuditorFacts former = new AuditorFacts(1, Set.of("de"), List.of(LEAD), List.of(),
                List.of(new ConflictFact(CLIENT, ConflictReason.CONSULTANCY, LocalDate.of(2021, 1, 1),
                        LocalDate.of(2026, 1, 31))), List.of(), Set.of(), null, null);
        List<Reason> reasons = reasons(former, MON, WED, TeamRole.LEAD);
        assertThat(rulesOf(reasons)).containsExactly("IMP-1");
        assertThat(reasons.get(0).detail()).startsWith(ConflictReason.CONSULTANCY
                + " relationship with the client ended on 2026-01-31; the cooling-off period of 2 years lasts until");
        assertThat(reasons.get(0).until()).isEqualTo(rules.barLapses(ConflictReason.CONSULTANCY,
                LocalDate.of(2026, 1, 31)));
        assertThat(reasons.get(0).detail()).endsWith(" " + reasons.get(0).until().minusDays(1));
    }

    @Test
    void imp2_conflictStartingOnTheLastDay_barsAndSaysSo() {
        AuditorFacts related = new AuditorFacts(1, Set.of("de"), List.of(LEAD), List.of(),
                List.of(new ConflictFact(CLIENT, ConflictReason.FAMILY, WED, null)), List.of(), Set.of(), null, null);
        List<Reason> reasons = reasons(related, MON, WED, TeamRole.LEAD);
        assertThat(rulesOf(reasons)).containsExactly("IMP-2");
        assertThat(reasons.get(0).detail())
                .isEqualTo(ConflictReason.FAMILY + " conflict with the client declared from " + WED + ", open-ended");
        assertThat(reasons.get(0).until()).isNull();
        assertThat(reasons(related, MON, MON.plusDays(1), TeamRole.LEAD)).isEmpty();
    }

    @Test
    void imp1AndImp2_barLapses_coolingOffCountsPolicyYears_otherConflictsLapseTheDayAfter() {
        LocalDate end = LocalDate.of(2025, 6, 30);
        assertThat(rules.barLapses(ConflictReason.CONSULTANCY, end)).isAfter(LocalDate.of(2027, 6, 1));
        assertThat(new EligibilityRules(new Policy(3, 2, 16, 150, WEEKDAYS, 5), holidays)
                .barLapses(ConflictReason.CONSULTANCY, end)).isEqualTo(rules.barLapses(ConflictReason.CONSULTANCY, end)
                        .plusYears(1));
        assertThat(rules.barLapses(ConflictReason.FAMILY, end)).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(rules.barLapses(ConflictReason.FAMILY, null)).isNull();
    }

    // ---- CAP-1: travel days ----

    @Test
    void cap1_aFarOnSiteAuditTheDayAfterMakesThatDayATravelDay() {
        // at home in Berlin; a Munich audit on Thursday needs Wednesday, the engagement's last day
        Assignment munich = new Assignment(51, CLIENT + 1, WED.plusDays(1), WED.plusDays(1), BigDecimal.ONE, false,
                48.14, 11.58);
        AuditorFacts berliner = new AuditorFacts(1, Set.of("de"), List.of(LEAD), List.of(), List.of(), List.of(munich),
                Set.of(), null, null, 52.52, 13.40);
        List<Reason> reasons = reasons(berliner, MON, WED, TeamRole.LEAD);
        assertThat(rulesOf(reasons)).containsExactly("CAP-1");
        assertThat(reasons.get(0).detail()).endsWith(", travelling on " + WED);
        Assignment remote = new Assignment(51, CLIENT + 1, WED.plusDays(1), WED.plusDays(1), BigDecimal.ONE, true,
                48.14, 11.58);
        assertThat(reasons(new AuditorFacts(1, Set.of("de"), List.of(LEAD), List.of(), List.of(), List.of(remote),
                Set.of(), null, null, 52.52, 13.40), MON, WED, TeamRole.LEAD)).isEmpty();
    }

    @Test
    void cap1_anAssignmentOnNoWorkingDayKeepsNobodyBusy() {
        Assignment weekend = new Assignment(51, CLIENT + 1, SAT, SAT.plusDays(1), BigDecimal.ONE, false, 48.14, 11.58);
        AuditorFacts auditor = new AuditorFacts(1, Set.of("de"), List.of(LEAD), List.of(), List.of(),
                List.of(weekend), Set.of(), 3, null, 52.52, 13.40);
        assertThat(reasons(auditor, SAT.plusDays(2), SAT.plusDays(4), TeamRole.LEAD)).isEmpty();
    }
}
