package org.certplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One method per rule id: the breach, its sentence and when it lapses, or nothing. */
class AuditorRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final List<LocalDate> MON_TUE = List.of(MONDAY, MONDAY.plusDays(1));
    private static final AuditorRules RULES = new AuditorRules(RulePolicy.DEFAULTS);

    private static Qualification q(QualificationRole role, LocalDate from, LocalDate to, String... areas) {
        return new Qualification(role, Set.of(areas), from, to);
    }

    @Test
    void thePolicyAndItsCalendar() {
        assertThat(RULES.policy()).isSameAs(RulePolicy.DEFAULTS);
        assertThat(RULES.calendar()).isEqualTo(WorkingCalendar.MONDAY_TO_FRIDAY);
    }

    @Test
    void comp1_aLeadQualificationOnEveryAuditDay_theNextOneLapsesTheBreach() {
        List<Qualification> held = List.of(q(QualificationRole.LEAD_AUDITOR, MONDAY.minusYears(1), MONDAY),
                q(QualificationRole.AUDITOR, MONDAY, null),
                q(QualificationRole.LEAD_AUDITOR, MONDAY.plusDays(5), null));
        assertThat(RULES.comp1LeadQualification(held, List.of(MONDAY))).isEmpty();
        assertThat(RULES.comp1LeadQualification(held, MON_TUE)).contains(new Breach("COMP-1",
                "holds no ISMS lead-auditor qualification valid on " + MONDAY.plusDays(1)
                        + "; the next one starts on " + MONDAY.plusDays(5), MONDAY.plusDays(5)));
        assertThat(RULES.comp1LeadQualification(held.subList(0, 2), MON_TUE)).contains(new Breach("COMP-1",
                "holds no ISMS lead-auditor qualification valid on " + MONDAY.plusDays(1), null));
    }

    @Test
    void comp2_anAuditorOrLeadQualification() {
        assertThat(RULES.comp2AuditorQualification(List.of(q(QualificationRole.AUDITOR, MONDAY, null)), MON_TUE))
                .isEmpty();
        assertThat(RULES.comp2AuditorQualification(List.of(q(QualificationRole.LEAD_AUDITOR, MONDAY, null)), MON_TUE))
                .isEmpty();
        assertThat(RULES.comp2AuditorQualification(List.of(q(QualificationRole.TECHNICAL_EXPERT, MONDAY, null)),
                MON_TUE)).get().extracting(Breach::rule, Breach::sentence)
                .containsExactly("COMP-2", "holds no ISMS auditor or lead-auditor qualification valid on " + MONDAY);
    }

    @Test
    void comp3_anExpertHoldsSomeQualification() {
        assertThat(RULES.comp3ExpertQualification(List.of(q(QualificationRole.TECHNICAL_EXPERT, MONDAY, null)),
                MON_TUE)).isEmpty();
        assertThat(RULES.comp3ExpertQualification(List.of(), MON_TUE)).get().extracting(Breach::sentence)
                .isEqualTo("holds no ISMS qualification valid on " + MONDAY);
    }

    @Test
    void comp3_theTeamCoversTheScopeTogether() {
        List<List<Qualification>> team = List.of(List.of(q(QualificationRole.LEAD_AUDITOR, MONDAY, null, "28")),
                List.of(q(QualificationRole.AUDITOR, MONDAY, null, "33")));
        assertThat(RULES.comp3MissingAreas(Set.of("28", "33"), team, MON_TUE)).isEmpty();
        assertThat(RULES.comp3TechnicalAreas(Set.of("28", "33"), team, MON_TUE)).isEmpty();
        assertThat(RULES.comp3MissingAreas(Set.of("28", "33", "35", "29"), team, MON_TUE))
                .containsExactly("29", "35");
        assertThat(RULES.comp3TechnicalAreas(Set.of("28", "35", "29"), team, MON_TUE))
                .contains(new Breach("COMP-3", "does not cover the client's technical areas 29, 35"));
        assertThat(RULES.comp3MissingAreas(Set.of(), team, MON_TUE)).isEmpty();
    }

    @Test
    void comp4_eachAuditLanguageIsSpoken_anInterpreterCoversThem() {
        List<Set<String>> team = List.of(Set.of("de"), Set.of("en"));
        assertThat(RULES.comp4MissingLanguages(Set.of("de", "en"), team, false)).isEmpty();
        assertThat(RULES.comp4Languages(Set.of("de", "en"), team, false)).isEmpty();
        assertThat(RULES.comp4MissingLanguages(Set.of("fr", "de", "it"), team, false)).containsExactly("fr", "it");
        assertThat(RULES.comp4Languages(Set.of("fr", "de", "it"), team, false))
                .contains(new Breach("COMP-4", "does not speak the client's audit languages fr, it"));
        assertThat(RULES.comp4Languages(Set.of("fr"), team, true)).isEmpty();
    }

    @Test
    void imp1_theCoolingOffSaysWhenItEnds_anOngoingRelationshipSaysSince() {
        ConflictBar ended = ConflictBar.of(7, true, "CONSULTANCY", MONDAY.minusYears(5), MONDAY.minusYears(1), 2);
        assertThat(RULES.imp1CoolingOff(List.of(ended), 7, MON_TUE)).contains(new Breach("IMP-1",
                "CONSULTANCY relationship with the client ended on " + MONDAY.minusYears(1)
                        + "; the cooling-off period of 2 years lasts until " + MONDAY.plusYears(1),
                MONDAY.plusYears(1).plusDays(1)));
        ConflictBar ongoing = ConflictBar.of(7, true, "EMPLOYMENT", MONDAY.minusYears(5), null, 2);
        assertThat(RULES.imp1CoolingOff(List.of(ended, ongoing), 7, MON_TUE)).get()
                .satisfies(b -> assertThat(b.lapses()).isNull())
                .extracting(Breach::sentence).asString()
                .endsWith("; EMPLOYMENT relationship with the client since " + MONDAY.minusYears(5) + " is ongoing");
        assertThat(RULES.imp1CoolingOff(List.of(ended), 8, MON_TUE)).isEmpty();
        assertThat(RULES.imp2DeclaredConflict(List.of(ended), 7, MON_TUE)).isEmpty();
        ConflictBar later = ConflictBar.of(7, true, "CONSULTANCY", MONDAY.plusDays(2), null, 2);
        assertThat(RULES.imp1CoolingOff(List.of(later), 7, MON_TUE)).isEmpty();
    }

    @Test
    void imp1AndImp2_theLatestLapseOfTheBarsThatBar() {
        ConflictBar first = new ConflictBar(7, "IMP-2", MONDAY, MONDAY);
        ConflictBar second = new ConflictBar(7, "IMP-2", MONDAY, MONDAY.plusDays(3));
        assertThat(RULES.imp2DeclaredConflict(List.of(second, first), 7, MON_TUE)).contains(new Breach("IMP-2",
                "barred from the client " + MONDAY + ".." + MONDAY.plusDays(3) + "; barred from the client " + MONDAY
                        + ".." + MONDAY, MONDAY.plusDays(4)));
        assertThat(RULES.imp1CoolingOff(List.of(new ConflictBar(7, "IMP-1", MONDAY, null)), 7, MON_TUE)).get()
                .extracting(Breach::sentence).isEqualTo("barred from the client " + MONDAY + "..indefinitely");
    }

    @Test
    void imp2_aDeclaredConflictSaysFromAndTo() {
        ConflictBar family = ConflictBar.of(7, false, "FAMILY", MONDAY.minusDays(3), MONDAY, 2);
        assertThat(RULES.imp2DeclaredConflict(List.of(family), 7, MON_TUE)).contains(new Breach("IMP-2",
                "FAMILY conflict with the client declared from " + MONDAY.minusDays(3) + " to " + MONDAY,
                MONDAY.plusDays(1)));
        ConflictBar open = ConflictBar.of(7, false, "FINANCIAL", MONDAY.plusDays(1), null, 2);
        assertThat(RULES.imp2DeclaredConflict(List.of(open), 7, MON_TUE)).get().extracting(Breach::sentence)
                .isEqualTo("FINANCIAL conflict with the client declared from " + MONDAY.plusDays(1) + ", open-ended");
    }

    @Test
    void imp3_atMostThePolicysCyclesInARow() {
        assertThat(RULES.imp3Rotation(70, 3, 1)).isEmpty();
        assertThat(RULES.imp3Rotation(70, 3, 2)).contains(new Breach("IMP-3", "led the audits of certification 70 in "
                + "cycles 1, 2; one person may lead at most 2 consecutive cycles"));
        AuditorRules off = new AuditorRules(new RulePolicy(2, 0, 16, 150, WorkingCalendar.MONDAY_TO_FRIDAY, 400));
        assertThat(off.imp3Rotation(70, 3, 2)).isEmpty();
    }

    @Test
    void cap1_busyDaysOfAnotherAudit_travelDaysIncluded() {
        Booking sameDay = new Booking(51, List.of(MONDAY.plusDays(1)), List.of(MONDAY.plusDays(1)));
        Booking travelling = new Booking(52, List.of(MONDAY.plusDays(3)), List.of(MONDAY.plusDays(2),
                MONDAY.plusDays(3)));
        Booking elsewhere = new Booking(53, List.of(MONDAY.plusDays(4)), List.of(MONDAY.plusDays(4)));
        assertThat(RULES.cap1OneAuditAtATime(MON_TUE, List.of(elsewhere, travelling))).isEmpty();
        assertThat(RULES.cap1OneAuditAtATime(List.of(MONDAY.plusDays(2)), List.of(travelling, sameDay)))
                .contains(new Breach("CAP-1", "is on audit 52 from " + MONDAY.plusDays(3) + " to " + MONDAY.plusDays(3)
                        + ", travelling on " + MONDAY.plusDays(2), MONDAY.plusDays(4)));
        assertThat(RULES.cap1OneAuditAtATime(List.of(MONDAY.plusDays(1), MONDAY.plusDays(2)),
                List.of(sameDay, travelling))).get()
                .satisfies(b -> assertThat(b.lapses()).isEqualTo(MONDAY.plusDays(4)))
                .extracting(Breach::sentence).asString()
                .startsWith("is on audit 51 from " + MONDAY.plusDays(1) + " to " + MONDAY.plusDays(1) + "; ");
    }

    @Test
    void cap2_declaredUnavailability_lapsesTheDayAfterTheLatest() {
        Absence leave = new Absence(MONDAY.minusDays(2), MONDAY, "leave");
        Absence training = new Absence(MONDAY.plusDays(1), MONDAY.plusDays(3), " ");
        Absence later = new Absence(MONDAY.plusDays(5), MONDAY.plusDays(6), null);
        assertThat(RULES.cap2Unavailable(List.of(later), MON_TUE)).isEmpty();
        assertThat(RULES.cap2Unavailable(List.of(leave, training, later), MON_TUE)).contains(new Breach("CAP-2",
                "unavailable from " + MONDAY.minusDays(2) + " to " + MONDAY + " (leave); unavailable from "
                        + MONDAY.plusDays(1) + " to " + MONDAY.plusDays(3), MONDAY.plusDays(4)));
        assertThat(RULES.cap2Unavailable(List.of(new Absence(MONDAY, MONDAY, null)), MON_TUE)).get()
                .extracting(Breach::sentence).isEqualTo("unavailable from " + MONDAY + " to " + MONDAY);
    }

    @Test
    void cap2_aPublicHolidayOnAnAuditDay() {
        Map<LocalDate, String> holidays = Map.of(MONDAY.plusDays(1), "in DE (Day)", MONDAY, "in FR (Other)",
                MONDAY.plusDays(4), "in DE (Later)");
        assertThat(RULES.cap2PublicHoliday(holidays, MON_TUE)).contains(new Breach("CAP-2", MONDAY
                + " is a public holiday in FR (Other); " + MONDAY.plusDays(1) + " is a public holiday in DE (Day)"));
        assertThat(RULES.cap2PublicHoliday(holidays, List.of(MONDAY.plusDays(2)))).isEmpty();
    }

    @Test
    void cap3_theMonthAndTheYearWithThisAuditsDays() {
        List<LocalDate> others = WorkingCalendar.MONDAY_TO_FRIDAY.between(MONDAY.plusDays(7), MONDAY.plusDays(11));
        assertThat(RULES.cap3MonthlyCapacity(MON_TUE, others, 7)).isEmpty();
        assertThat(RULES.cap3MonthlyCapacity(MON_TUE, others, 6)).contains(new Breach("CAP-3",
                "5 audit days in 2027-03 already, 2 more exceed the maximum of 6 per month"));
        assertThat(RULES.cap3MonthlyCapacity(MON_TUE, List.of(), null)).isEmpty();
        assertThat(RULES.cap3MonthlyCapacity(MON_TUE, List.of(MONDAY.minusDays(3)), 2)).isEmpty();
        assertThat(RULES.cap3YearlyCapacity(MON_TUE, others, 7)).isEmpty();
        assertThat(RULES.cap3YearlyCapacity(MON_TUE, others, 6)).contains(new Breach("CAP-3",
                "5 audit days in 2027 already, 2 more exceed the maximum of 6 per year"));
        assertThat(RULES.cap3YearlyCapacity(MON_TUE, List.of(MONDAY.minusYears(1)), 2)).isEmpty();
        assertThat(RULES.cap3YearlyCapacity(MON_TUE, List.of(), null)).isEmpty();
        AuditorRules small = new AuditorRules(new RulePolicy(2, 2, 1, 1, WorkingCalendar.MONDAY_TO_FRIDAY, 400));
        assertThat(small.cap3MonthlyCapacity(MON_TUE, List.of(), null)).get().extracting(Breach::sentence)
                .isEqualTo("0 audit days in 2027-03 already, 2 more exceed the maximum of 1 per month");
        assertThat(small.cap3YearlyCapacity(MON_TUE, List.of(), null)).get().extracting(Breach::sentence)
                .isEqualTo("0 audit days in 2027 already, 2 more exceed the maximum of 1 per year");
    }

    @Test
    void cap3_theFirstMonthOverTheLimit() {
        List<LocalDate> days = List.of(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 1));
        assertThat(RULES.cap3MonthlyCapacity(days, List.of(LocalDate.of(2027, 4, 2)), 1)).get()
                .extracting(Breach::sentence).asString().contains("in 2027-04 already");
        assertThat(RULES.cap3MonthlyCapacity(days, List.of(), 0)).get()
                .extracting(Breach::sentence).asString().contains("in 2027-03 already");
    }

    @Test
    void cap4_everyAuditDayIsAWorkingDayOfThePolicy() {
        assertThat(RULES.cap4WorkingDays(MON_TUE)).isEmpty();
        assertThat(RULES.cap4WorkingDays(List.of(MONDAY.minusDays(2), MONDAY.minusDays(1), MONDAY.minusDays(1))))
                .contains(new Breach("CAP-4", MONDAY.minusDays(2) + " is a SATURDAY, " + MONDAY.minusDays(1)
                        + " is a SUNDAY, not a working day"));
        AuditorRules sundayToThursday = new AuditorRules(new RulePolicy(2, 2, 16, 150, new WorkingCalendar(
                EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY)), 400));
        assertThat(sundayToThursday.cap4WorkingDays(List.of(MONDAY.minusDays(1)))).isEmpty();
        assertThat(sundayToThursday.cap4WorkingDays(List.of(MONDAY.plusDays(4)))).isPresent();
    }
}
