package org.certplan.auditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.certplan.audit.TeamRole;
import org.certplan.auditor.AuditorFacts.Assignment;
import org.certplan.auditor.AuditorFacts.ConflictFact;
import org.certplan.auditor.AuditorFacts.CycleRef;
import org.certplan.auditor.AuditorFacts.Period;
import org.certplan.auditor.AuditorFacts.QualificationFact;
import org.certplan.rules.QualificationRole;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

    record Policy(int coolingOffYears, int rotationMaxCycles, int maxDaysPerMonth, int maxDaysPerYear,
            Set<DayOfWeek> workingDays, int maxConsecutiveDaysPerAuditor, int travelDayBeyondKm)
            implements AuditorPolicy {

        Policy(int coolingOffYears, int rotationMaxCycles, int maxDaysPerMonth, int maxDaysPerYear,
                Set<DayOfWeek> workingDays, int maxConsecutiveDaysPerAuditor) {
            this(coolingOffYears, rotationMaxCycles, maxDaysPerMonth, maxDaysPerYear, workingDays,
                    maxConsecutiveDaysPerAuditor, 400);
        }
    }

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Policy DEFAULTS = new Policy(2, 2, 16, 150, WEEKDAYS, 5);
    private static final long CLIENT = 7;
    private static final long CERTIFICATION = 70;
    private static final LocalDate MON = LocalDate.of(2027, 6, 14);
    private static final LocalDate WED = MON.plusDays(2);

    private final PublicHolidays holidays = new PublicHolidays();
    private final EligibilityRules rules = new EligibilityRules(DEFAULTS, holidays);

    private static QualificationFact qualification(QualificationRole role, LocalDate from, LocalDate to,
            String... areas) {
        return new QualificationFact("ISO/IEC 27001:2022", role, Set.of(areas), from, to);
    }

    private static final QualificationFact LEAD_ALWAYS = qualification(QualificationRole.LEAD_AUDITOR,
            LocalDate.of(2020, 1, 1), LocalDate.of(2035, 12, 31), "28", "33");

    private static AuditorFacts auditor(List<QualificationFact> qualifications) {
        return new AuditorFacts(1, Set.of("de", "en"), qualifications, List.of(), List.of(), List.of(), Set.of(),
                null, null);
    }

    /** A lead auditor qualified throughout, speaking German, otherwise free, until told otherwise. */
    private static LeadBuilder lead() {
        return new LeadBuilder();
    }

    private static final class LeadBuilder {
        private final List<Period> unavailability = new ArrayList<>();
        private final List<ConflictFact> conflicts = new ArrayList<>();
        private final List<Assignment> assignments = new ArrayList<>();
        private final Set<CycleRef> led = new HashSet<>();
        private Integer maxDaysPerMonth;

        LeadBuilder conflict(ConflictReason reason, LocalDate from, LocalDate to) {
            conflicts.add(new ConflictFact(CLIENT, reason, from, to));
            return this;
        }

        LeadBuilder led(int cycle) {
            led.add(new CycleRef(CERTIFICATION, cycle));
            return this;
        }

        LeadBuilder assignment(long auditId, LocalDate start, LocalDate end, String days) {
            assignments.add(new Assignment(auditId, CLIENT + 1, start, end, new BigDecimal(days)));
            return this;
        }

        LeadBuilder unavailable(LocalDate from, LocalDate to) {
            unavailability.add(new Period(from, to, "training"));
            return this;
        }

        LeadBuilder maxDaysPerMonth(int max) {
            maxDaysPerMonth = max;
            return this;
        }

        AuditorFacts build() {
            return new AuditorFacts(1, Set.of("de"), List.of(LEAD_ALWAYS), unavailability, conflicts, assignments,
                    led, maxDaysPerMonth, null);
        }
    }

    private static ClientFacts client(String... areas) {
        return new ClientFacts(CLIENT, Set.of(areas), Set.of("de"), Set.of("DE"),
                List.of(new CycleRef(CERTIFICATION, 3)));
    }

    private List<Reason> reasons(AuditorFacts auditor, LocalDate from, LocalDate to, TeamRole role) {
        return rules.reasons(auditor, client("28"), new Engagement(from, to, role));
    }

    private static List<String> rulesOf(List<Reason> reasons) {
        return reasons.stream().map(Reason::rule).toList();
    }

    @Test
    void aQualifiedFreeAuditorIsEligible() {
        Eligibility eligibility = rules.check(auditor(List.of(LEAD_ALWAYS)), client("28"),
                new Engagement(MON, WED, TeamRole.LEAD));
        assertThat(eligibility.eligible()).isTrue();
        assertThat(eligibility.reasons()).isEmpty();
    }

    @Test
    void comp1LeadNeedsALeadAuditorQualificationOnEveryAuditDay() {
        AuditorFacts auditor = auditor(List.of(
                qualification(QualificationRole.LEAD_AUDITOR, LocalDate.of(2020, 1, 1), MON.plusDays(1), "28"),
                qualification(QualificationRole.LEAD_AUDITOR, LocalDate.of(2027, 9, 1), LocalDate.of(2030, 1, 1),
                        "28")));

        assertThat(reasons(auditor, MON, MON.plusDays(1), TeamRole.LEAD)).isEmpty();
        List<Reason> reasons = reasons(auditor, MON, WED, TeamRole.LEAD);
        assertThat(rulesOf(reasons)).containsExactly("COMP-1", "COMP-3");
        assertThat(reasons.get(0).detail()).contains(WED.toString());
        assertThat(reasons.get(0).until()).isEqualTo(LocalDate.of(2027, 9, 1));
    }

    @Test
    void comp1AnAuditorQualificationDoesNotMakeALead() {
        AuditorFacts auditor = auditor(List.of(qualification(QualificationRole.AUDITOR, LocalDate.of(2020, 1, 1),
                LocalDate.of(2035, 1, 1), "28")));
        assertThat(rulesOf(reasons(auditor, MON, WED, TeamRole.LEAD))).containsExactly("COMP-1");
        assertThat(reasons(auditor, MON, WED, TeamRole.AUDITOR)).isEmpty();
    }

    @Test
    void comp1RenewalWithoutAGapKeepsTheAuditorQualified() {
        AuditorFacts auditor = auditor(List.of(
                qualification(QualificationRole.LEAD_AUDITOR, LocalDate.of(2020, 1, 1), MON, "28"),
                qualification(QualificationRole.LEAD_AUDITOR, MON.plusDays(1), LocalDate.of(2030, 1, 1), "28")));
        assertThat(reasons(auditor, MON, WED, TeamRole.LEAD)).isEmpty();
    }

    @Test
    void comp2AuditorNeedsAnAuditorOrLeadQualificationForTheIsmsStandard() {
        AuditorFacts expert = auditor(List.of(qualification(QualificationRole.TECHNICAL_EXPERT,
                LocalDate.of(2020, 1, 1), LocalDate.of(2035, 1, 1), "28")));
        AuditorFacts otherStandard = auditor(List.of(new QualificationFact("ISO 9001:2015", QualificationRole.AUDITOR,
                Set.of("28"), LocalDate.of(2020, 1, 1), LocalDate.of(2035, 1, 1))));

        assertThat(rulesOf(reasons(expert, MON, WED, TeamRole.AUDITOR))).containsExactly("COMP-2");
        assertThat(rulesOf(reasons(otherStandard, MON, WED, TeamRole.AUDITOR))).containsExactly("COMP-2", "COMP-3");
        assertThat(reasons(expert, MON, WED, TeamRole.TECHNICAL_EXPERT)).isEmpty();
    }

    @Test
    void comp3MissingTechnicalAreasAreListedButDoNotRuleOutATeamMember() {
        Eligibility eligibility = rules.check(auditor(List.of(LEAD_ALWAYS)), client("28", "35", "29"),
                new Engagement(MON, WED, TeamRole.AUDITOR));
        assertThat(rulesOf(eligibility.reasons())).containsExactly("COMP-3");
        assertThat(eligibility.reasons().get(0).detail()).contains("29, 35");
        assertThat(eligibility.eligible()).isTrue();
    }

    @Test
    void comp4AnAuditorWhoDoesNotSpeakEachAuditLanguageIsRuledOut() {
        AuditorFacts auditor = auditor(List.of(LEAD_ALWAYS));
        ClientFacts french = new ClientFacts(CLIENT, Set.of(), Set.of("fr"), Set.of("DE"), List.of());
        ClientFacts bilingual = new ClientFacts(CLIENT, Set.of(), Set.of("fr", "de"), Set.of("DE"), List.of());
        ClientFacts germanAndEnglish = new ClientFacts(CLIENT, Set.of(), Set.of("en", "de"), Set.of("DE"),
                List.of());

        assertThat(rulesOf(rules.reasons(auditor, french, new Engagement(MON, WED, TeamRole.LEAD))))
                .containsExactly("COMP-4");
        List<Reason> reasons = rules.reasons(auditor, bilingual, new Engagement(MON, WED, TeamRole.LEAD));
        assertThat(rulesOf(reasons)).containsExactly("COMP-4");
        assertThat(reasons.get(0).detail()).isEqualTo("does not speak the client's audit languages fr");
        assertThat(rules.reasons(auditor, germanAndEnglish, new Engagement(MON, WED, TeamRole.LEAD))).isEmpty();
    }

    @Test
    void imp1CoolingOffLastsTheConfiguredYearsAfterTheRelationshipEnded() {
        LocalDate ended = LocalDate.of(2025, 6, 15);
        AuditorFacts auditor = lead().conflict(ConflictReason.CONSULTANCY, LocalDate.of(2021, 1, 1), ended).build();
        LocalDate lastBarred = LocalDate.of(2027, 6, 15);

        List<Reason> reasons = reasons(auditor, lastBarred, lastBarred, TeamRole.LEAD);
        assertThat(rulesOf(reasons)).containsExactly("IMP-1");
        assertThat(reasons.get(0).until()).isEqualTo(LocalDate.of(2027, 6, 16));
        assertThat(reasons(auditor, lastBarred.plusDays(1), lastBarred.plusDays(1), TeamRole.LEAD)).isEmpty();

        EligibilityRules threeYears = new EligibilityRules(new Policy(3, 2, 16, 150, WEEKDAYS, 5), holidays);
        assertThat(rulesOf(threeYears.reasons(auditor, client(), new Engagement(WED, WED, TeamRole.LEAD))))
                .containsExactly("IMP-1");
    }

    @Test
    void imp1OngoingEmploymentBarsIndefinitely() {
        AuditorFacts auditor = lead().conflict(ConflictReason.EMPLOYMENT, LocalDate.of(2021, 1, 1), null).build();
        List<Reason> reasons = reasons(auditor, MON, WED, TeamRole.AUDITOR);
        assertThat(rulesOf(reasons)).containsExactly("IMP-1");
        assertThat(reasons.get(0).until()).isNull();
    }

    @Test
    void imp2OtherConflictsBarOnlyWhileInForce() {
        AuditorFacts auditor = lead().conflict(ConflictReason.FAMILY, MON.plusDays(1), MON.plusDays(1)).build();
        List<Reason> reasons = reasons(auditor, MON, WED, TeamRole.LEAD);
        assertThat(rulesOf(reasons)).containsExactly("IMP-2");
        assertThat(reasons.get(0).until()).isEqualTo(WED);
        assertThat(reasons(auditor, WED, WED.plusDays(1), TeamRole.LEAD)).isEmpty();
        assertThat(reasons(auditor, MON, MON, TeamRole.LEAD)).isEmpty();
    }

    @Test
    void imp1And2OnlyConflictsWithThisClientCount() {
        AuditorFacts auditor = new AuditorFacts(1, Set.of("de"), List.of(LEAD_ALWAYS), List.of(),
                List.of(new ConflictFact(CLIENT + 1, ConflictReason.FINANCIAL, MON, null)), List.of(), Set.of(),
                null, null);
        assertThat(reasons(auditor, MON, WED, TeamRole.LEAD)).isEmpty();
    }

    @Test
    void imp3ALeadOfTheLastTwoCyclesMayNotLeadTheThird() {
        AuditorFacts twice = lead().led(1).led(2).build();
        AuditorFacts gap = lead().led(1).build();

        List<Reason> reasons = reasons(twice, MON, WED, TeamRole.LEAD);
        assertThat(rulesOf(reasons)).containsExactly("IMP-3");
        assertThat(reasons.get(0).detail()).contains("cycles 1, 2");
        assertThat(reasons(twice, MON, WED, TeamRole.AUDITOR)).isEmpty();
        assertThat(reasons(gap, MON, WED, TeamRole.LEAD)).isEmpty();
    }

    @Test
    void imp3RotationIsOffWhenTheMaximumIsZero() {
        EligibilityRules off = new EligibilityRules(new Policy(2, 0, 16, 150, WEEKDAYS, 5), holidays);
        assertThat(off.reasons(lead().led(1).led(2).build(), client("28"), new Engagement(MON, WED, TeamRole.LEAD)))
                .isEmpty();
    }

    @Test
    void cap1AnOverlappingAuditRulesTheAuditorOutUntilItEnds() {
        AuditorFacts auditor = lead().assignment(41, WED, WED.plusDays(1), "2").build();
        List<Reason> reasons = reasons(auditor, MON, WED, TeamRole.LEAD);
        assertThat(rulesOf(reasons)).containsExactly("CAP-1");
        assertThat(reasons.get(0).until()).isEqualTo(WED.plusDays(2));
        assertThat(rules.reasons(auditor, client("28"), new Engagement(MON, WED, TeamRole.LEAD, null, 41L)))
                .isEmpty();
    }

    @Test
    void cap2UnavailabilityRulesTheAuditorOutUntilItEnds() {
        AuditorFacts auditor = lead().unavailable(WED, WED.plusDays(7)).build();
        List<Reason> reasons = reasons(auditor, MON, WED, TeamRole.LEAD);
        assertThat(rulesOf(reasons)).containsExactly("CAP-2");
        assertThat(reasons.get(0).detail()).contains("training");
        assertThat(reasons.get(0).until()).isEqualTo(WED.plusDays(8));
    }

    @Test
    void cap2APublicHolidayOfASiteCountryOnAnAuditDayRulesTheAuditorOut() {
        ClientFacts germanAndFrench = new ClientFacts(CLIENT, Set.of(), Set.of("de"), Set.of("DE", "FR"),
                List.of());
        LocalDate ascension = LocalDate.of(2027, 5, 6);
        List<Reason> reasons = rules.reasons(lead().build(), germanAndFrench,
                new Engagement(ascension.minusDays(1), ascension, TeamRole.LEAD));
        assertThat(rulesOf(reasons)).containsExactly("CAP-2");
        assertThat(reasons.get(0).detail()).startsWith(ascension + " is a public holiday in DE (").contains("in FR (");
    }

    @Test
    void cap3MonthlyAndYearlyCapacityCountOtherAuditsAndHonourTheAuditorsOverride() {
        // one audit day per working day on an audit, in the month it falls in
        AuditorFacts busy = lead().assignment(51, LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 11), "9").build();
        assertThat(rulesOf(reasons(busy, MON, MON.plusDays(9), TeamRole.LEAD))).containsExactly("CAP-3");
        assertThat(reasons(busy, MON, MON.plusDays(8), TeamRole.LEAD)).isEmpty();

        // 105 + 44 + 8 working days in other months, 3 more exceed 150
        AuditorFacts yearly = lead().assignment(52, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 5, 31), "1")
                .assignment(53, LocalDate.of(2027, 7, 1), LocalDate.of(2027, 8, 31), "1")
                .assignment(54, LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 10), "1")
                .build();
        List<Reason> reasons = reasons(yearly, MON, WED, TeamRole.LEAD);
        assertThat(rulesOf(reasons)).containsExactly("CAP-3");
        assertThat(reasons.get(0).detail()).contains("per year");

        AuditorFacts capped = lead().maxDaysPerMonth(2).build();
        assertThat(rulesOf(reasons(capped, MON, WED, TeamRole.LEAD))).containsExactly("CAP-3");
    }

    @Test
    void cap4AuditsStartAndEndOnWorkingDays() {
        List<Reason> reasons = reasons(lead().build(), MON.minusDays(1), WED, TeamRole.LEAD);
        assertThat(rulesOf(reasons)).containsExactly("CAP-4");
        assertThat(reasons.get(0).detail()).contains("SUNDAY");
    }
}
