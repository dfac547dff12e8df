package org.certplan.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.TeamRole;
import org.certplan.auditor.AuditorFacts.Assignment;
import org.certplan.auditor.AuditorFacts.ConflictFact;
import org.certplan.auditor.AuditorFacts.CycleRef;
import org.certplan.auditor.AuditorFacts.Period;
import org.certplan.auditor.AuditorFacts.QualificationFact;
import org.certplan.auditor.AuditorFacts;
import org.certplan.auditor.AuditorPolicy;
import org.certplan.auditor.ClientFacts;
import org.certplan.auditor.ConflictReason;
import org.certplan.auditor.EligibilityRules;
import org.certplan.auditor.Engagement;
import org.certplan.auditor.PublicHolidays;
import org.certplan.auditor.Reason;
import org.certplan.programme.AuditType;
import org.certplan.rules.QualificationRole;
import org.certplan.rules.WorkingCalendar;
import org.junit.jupiter.api.Test;

/**
 * The eligibility endpoint's rules ({@link EligibilityRules}) and the planning side's check ({@link EligibilityCheck}
 * on a plan built from the same facts through {@link PlanningFacts} and {@link PlanSnapshot}) give the same verdict,
 * rule by rule, on generated auditor × client × dates cases, and on the eight cases of the rule book's reading.
 */
class RuleParityTest {

    private static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> SUNDAY_TO_THURSDAY = EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
    private static final List<String> RULES = List.of("COMP-1", "COMP-2", "COMP-3", "COMP-4", "IMP-1", "IMP-2",
            "IMP-3", "CAP-1", "CAP-2 leave", "CAP-2 holiday", "CAP-3");
    private static final long AUDIT = 1000;
    private static final long CLIENT = 7;
    private static final long PLACEHOLDER = 999;
    private static final double[] BERLIN = {52.52, 13.40};
    private static final double[] POTSDAM = {52.39, 13.06};
    private static final double[] MUNICH = {48.14, 11.58};
    private static final double[] PARIS = {48.86, 2.35};

    record Policy(int coolingOffYears, int rotationMaxCycles, int maxDaysPerMonth, int maxDaysPerYear,
            Set<DayOfWeek> workingDays, int maxConsecutiveDaysPerAuditor, int travelDayBeyondKm)
            implements AuditorPolicy {

        static Policy of(Set<DayOfWeek> workingDays) {
            return new Policy(2, 2, 16, 150, workingDays, 5, 400);
        }
    }

    /** One auditor, one client, one audit of the client on {@code days} working days from {@code start}. */
    record Case(Policy policy, AuditorFacts auditor, ClientFacts client, TeamRole role, LocalDate start, int days) {
    }

    /** Both sides' rules broken, by rule. */
    record Verdicts(Set<String> eligibility, Set<String> planning) {
    }

    private static final PublicHolidays HOLIDAYS = new PublicHolidays();

    // ---- the eight cases of the rule book's reading ----

    @Test
    void cap4_theWorkingDaysAreThePolicys() {
        // Sunday to Thursday: a two-day audit from Thursday 2027-03-04 runs Thursday and Sunday
        LocalDate thursday = LocalDate.of(2027, 3, 4);
        LocalDate sunday = LocalDate.of(2027, 3, 7);
        Policy policy = Policy.of(SUNDAY_TO_THURSDAY);
        AuditPlan plan = plan(new Case(policy, lead().build(), client().build(), TeamRole.LEAD, thursday, 2));
        assertThat(audit(plan).days()).containsExactly(thursday, sunday);
        assertThat(new EligibilityRules(policy, HOLIDAYS).workingDays(thursday, sunday))
                .containsExactly(thursday, sunday);
        assertThat(audit(plan).nonWorkingDays()).isZero();
        assertThat(audit(plan).getStartDateRange()).noneMatch(day -> !SUNDAY_TO_THURSDAY.contains(day.getDayOfWeek()));

        Verdicts onSunday = verdicts(new Case(policy, lead().unavailable(sunday, sunday).build(), client().build(),
                TeamRole.LEAD, thursday, 2));
        assertThat(onSunday.eligibility()).contains("CAP-2 leave");
        assertThat(onSunday.planning()).contains("CAP-2 leave");
        Verdicts onFriday = verdicts(new Case(policy, lead().unavailable(sunday.minusDays(2), sunday.minusDays(1))
                .build(), client().build(), TeamRole.LEAD, thursday, 2));
        assertThat(onFriday.eligibility()).isEmpty();
        assertThat(onFriday.planning()).isEmpty();
    }

    @Test
    void comp1AndCap2_areJudgedOnTheAuditDaysNotTheWeekendBetweenThem() {
        // lead qualification to Friday 2027-03-05, renewed from Monday 03-08; audit Thursday 03-04 to Tuesday 03-09
        LocalDate thursday = LocalDate.of(2027, 3, 4);
        AuditorFacts renewed = new Facts().qualification(QualificationRole.LEAD_AUDITOR, LocalDate.of(2024, 3, 6),
                        LocalDate.of(2027, 3, 5), "28")
                .qualification(QualificationRole.LEAD_AUDITOR, LocalDate.of(2027, 3, 8), LocalDate.of(2030, 3, 7), "28")
                .unavailable(LocalDate.of(2027, 3, 6), LocalDate.of(2027, 3, 6)).build();
        Verdicts verdicts = verdicts(new Case(Policy.of(MONDAY_TO_FRIDAY), renewed, client().build(), TeamRole.LEAD,
                thursday, 4));
        assertThat(verdicts.eligibility()).isEmpty();
        assertThat(verdicts.planning()).isEmpty();
    }

    @Test
    void comp3_aRenewalFollowingWithoutAGapKeepsTheAreaCovered() {
        LocalDate thursday = LocalDate.of(2027, 3, 4);
        AuditorFacts renewed = new Facts()
                .qualification(QualificationRole.LEAD_AUDITOR, LocalDate.of(2024, 3, 6), LocalDate.of(2027, 3, 4), "28")
                .qualification(QualificationRole.LEAD_AUDITOR, LocalDate.of(2027, 3, 5), LocalDate.of(2030, 3, 4), "28")
                .build();
        Verdicts verdicts = verdicts(new Case(Policy.of(MONDAY_TO_FRIDAY), renewed, client().build(), TeamRole.LEAD,
                thursday, 2));
        assertThat(verdicts.eligibility()).isEmpty();
        assertThat(verdicts.planning()).isEmpty();
    }

    @Test
    void comp4_eachAuditLanguageIsSpoken() {
        LocalDate monday = LocalDate.of(2027, 3, 1);
        Verdicts bilingual = verdicts(new Case(Policy.of(MONDAY_TO_FRIDAY), lead().languages("de").build(),
                client().languages("de", "fr").build(), TeamRole.LEAD, monday, 2));
        assertThat(bilingual.eligibility()).containsExactly("COMP-4");
        assertThat(bilingual.planning()).containsExactly("COMP-4");
        Verdicts both = verdicts(new Case(Policy.of(MONDAY_TO_FRIDAY), lead().languages("de", "fr").build(),
                client().languages("de", "fr").build(), TeamRole.LEAD, monday, 2));
        assertThat(both.eligibility()).isEmpty();
        assertThat(both.planning()).isEmpty();
    }

    @Test
    void cap3_oneDayPerWorkingDayInTheMonthItFallsIn() {
        // booked Monday 2027-05-31 to Friday 06-04: one day in May, four in June; four a month allowed
        Facts booked = lead().capacity(4, null).assignment(51, LocalDate.of(2027, 5, 31), LocalDate.of(2027, 6, 4),
                "0.5", false, BERLIN);
        Verdicts inMay = verdicts(new Case(Policy.of(MONDAY_TO_FRIDAY), booked.build(), client().build(),
                TeamRole.LEAD, LocalDate.of(2027, 5, 26), 3));
        assertThat(inMay.eligibility()).isEmpty();
        assertThat(inMay.planning()).isEmpty();
        Verdicts inJune = verdicts(new Case(Policy.of(MONDAY_TO_FRIDAY), booked.build(), client().build(),
                TeamRole.LEAD, LocalDate.of(2027, 6, 14), 1));
        assertThat(inJune.eligibility()).containsExactly("CAP-3");
        assertThat(inJune.planning()).containsExactly("CAP-3");
    }

    @Test
    void imp3_rotationCountsTheCyclesOfTheAuditsCertification() {
        LocalDate monday = LocalDate.of(2027, 3, 1);
        AuditorFacts ledA = lead().led(new CycleRef(70, 1)).led(new CycleRef(70, 2)).build();
        Verdicts otherCertification = verdicts(new Case(Policy.of(MONDAY_TO_FRIDAY), ledA,
                client().cycle(new CycleRef(71, 3)).build(), TeamRole.LEAD, monday, 2));
        assertThat(otherCertification.eligibility()).isEmpty();
        assertThat(otherCertification.planning()).isEmpty();
        Verdicts sameCertification = verdicts(new Case(Policy.of(MONDAY_TO_FRIDAY), ledA,
                client().cycle(new CycleRef(70, 3)).build(), TeamRole.LEAD, monday, 2));
        assertThat(sameCertification.eligibility()).containsExactly("IMP-3");
        assertThat(sameCertification.planning()).containsExactly("IMP-3");
    }

    @Test
    void imp1_theCoolingOffCountsFromTheDayAfterTheRelationshipEnded() {
        // ended 2025-06-30: barred through 2027-06-30, free from 2027-07-01
        AuditorFacts former = lead().conflict(ConflictReason.CONSULTANCY, LocalDate.of(2020, 1, 1),
                LocalDate.of(2025, 6, 30)).build();
        Verdicts lastBarred = verdicts(new Case(Policy.of(MONDAY_TO_FRIDAY), former, client().build(), TeamRole.LEAD,
                LocalDate.of(2027, 6, 30), 1));
        assertThat(lastBarred.eligibility()).containsExactly("IMP-1");
        assertThat(lastBarred.planning()).containsExactly("IMP-1");
        Verdicts firstFree = verdicts(new Case(Policy.of(MONDAY_TO_FRIDAY), former, client().build(), TeamRole.LEAD,
                LocalDate.of(2027, 7, 1), 1));
        assertThat(firstFree.eligibility()).isEmpty();
        assertThat(firstFree.planning()).isEmpty();
    }

    @Test
    void cap1_aFarOnSiteAuditMakesTheWorkingDayBeforeItATravelDay() {
        // Berlin to Munich is about 500 km: the Monday before a Tuesday audit there is a travel day
        LocalDate monday = LocalDate.of(2027, 3, 1);
        Facts busyMonday = lead().assignment(51, monday, monday, "1", true, BERLIN);
        Verdicts far = verdicts(new Case(Policy.of(MONDAY_TO_FRIDAY), busyMonday.build(),
                client().at(MUNICH).build(), TeamRole.LEAD, monday.plusDays(1), 2));
        assertThat(far.eligibility()).containsExactly("CAP-1");
        assertThat(far.planning()).containsExactly("CAP-1");
        Verdicts remote = verdicts(new Case(Policy.of(MONDAY_TO_FRIDAY), busyMonday.build(),
                client().at(MUNICH).remote().build(), TeamRole.LEAD, monday.plusDays(1), 2));
        assertThat(remote.eligibility()).isEmpty();
        assertThat(remote.planning()).isEmpty();
        Verdicts near = verdicts(new Case(Policy.of(MONDAY_TO_FRIDAY), busyMonday.build(),
                client().at(POTSDAM).build(), TeamRole.LEAD, monday.plusDays(1), 2));
        assertThat(near.eligibility()).isEmpty();
        assertThat(near.planning()).isEmpty();
        // the other way round: a far audit on Wednesday needs Tuesday, the last day of this audit
        Facts farWednesday = lead().assignment(52, monday.plusDays(2), monday.plusDays(2), "1", false, MUNICH);
        Verdicts before = verdicts(new Case(Policy.of(MONDAY_TO_FRIDAY), farWednesday.build(),
                client().at(POTSDAM).build(), TeamRole.LEAD, monday, 2));
        assertThat(before.eligibility()).containsExactly("CAP-1");
        assertThat(before.planning()).containsExactly("CAP-1");
    }

    // ---- generated cases ----

    @Test
    void generatedCases_bothSidesGiveTheSameVerdictPerRule() {
        Random random = new Random(17);
        int cases = 10_000;
        int broken = 0;
        Map<String, Integer> perRule = new TreeMap<>();
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            Case c = generate(random);
            Verdicts verdicts = verdicts(c);
            if (!verdicts.eligibility().isEmpty()) {
                broken++;
            }
            verdicts.eligibility().forEach(rule -> perRule.merge(rule, 1, Integer::sum));
            for (String rule : RULES) {
                if (verdicts.eligibility().contains(rule) != verdicts.planning().contains(rule)) {
                    differences.add("case " + i + " " + rule + ": eligibility " + verdicts.eligibility()
                            + ", planning " + verdicts.planning() + " for " + c);
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(broken).as("cases breaking some rule").isBetween(cases / 4, cases * 9 / 10);
        RULES.forEach(rule -> assertThat(perRule.getOrDefault(rule, 0)).as("cases breaking " + rule)
                .isGreaterThan(cases / 100));
    }

    private static Case generate(Random random) {
        Policy policy = Policy.of(random.nextInt(4) == 0 ? SUNDAY_TO_THURSDAY : MONDAY_TO_FRIDAY);
        WorkingCalendar calendar = new WorkingCalendar(policy.workingDays());
        LocalDate start = LocalDate.of(2027, 1, 4).plusDays(random.nextInt(365));
        while (!calendar.isWorkingDay(start)) {
            start = start.plusDays(1);
        }
        int days = 1 + random.nextInt(5);
        List<LocalDate> auditDays = calendar.from(start, days);
        LocalDate first = auditDays.get(0);
        LocalDate last = auditDays.get(days - 1);
        TeamRole role = random.nextInt(3) == 0 ? TeamRole.AUDITOR : TeamRole.LEAD;

        Facts auditor = random.nextInt(5) == 0 ? new Facts().languages(pick(random, "de", "en", "fr"))
                : new Facts().languages("de", "en", "fr");
        auditor.home(pick(random, BERLIN, POTSDAM, MUNICH, PARIS));
        int qualifications = 1 + random.nextInt(3);
        for (int q = 0; q < qualifications; q++) {
            QualificationRole qualificationRole = q == 0 && random.nextInt(4) > 0 ? QualificationRole.LEAD_AUDITOR
                    : pick(random, QualificationRole.values());
            LocalDate from = random.nextInt(3) == 0 ? near(random, first, 10) : first.minusYears(1);
            LocalDate to = random.nextInt(3) == 0 ? near(random, last, 10) : from.plusYears(3);
            if (to.isBefore(from)) {
                to = from;
            }
            String[] areas = random.nextInt(3) == 0 ? new String[] {"28"} : new String[] {"28", "33"};
            if (random.nextInt(8) == 0) {
                auditor.qms(qualificationRole, from, to, areas);
            } else {
                auditor.qualification(qualificationRole, from, to, areas);
            }
            if (random.nextInt(3) == 0) {
                auditor.qualification(qualificationRole, to.plusDays(1 + random.nextInt(3)), to.plusYears(3),
                        areas);
            }
        }
        if (random.nextInt(3) == 0) {
            LocalDate from = near(random, first, 6);
            auditor.unavailable(from, from.plusDays(random.nextInt(3)));
        }
        if (random.nextInt(3) == 0) {
            ConflictReason reason = pick(random, ConflictReason.values());
            LocalDate to = random.nextInt(5) == 0 ? null
                    : reason.needsCoolingOff() ? near(random, first.minusYears(2), 4) : near(random, first, 6);
            auditor.conflict(random.nextInt(5) == 0 ? CLIENT + 1 : CLIENT, reason,
                    near(random, first.minusYears(3), 400), to);
        }
        CycleRef cycle = new CycleRef(70 + random.nextInt(2), 1 + random.nextInt(3));
        for (int k = 0; k < 4; k++) {
            if (random.nextBoolean()) {
                auditor.led(new CycleRef(70 + random.nextInt(2), k));
            }
        }
        int assignments = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0;
        for (int a = 0; a < assignments; a++) {
            LocalDate from = calendar.from(near(random, first, 12), 1).get(0);
            while (!calendar.isWorkingDay(from)) {
                from = from.plusDays(1);
            }
            List<LocalDate> booked = calendar.from(from, 1 + random.nextInt(8));
            auditor.assignment(51 + a, from, booked.get(booked.size() - 1), pick(random, "0.5", "1", "3"),
                    random.nextInt(3) == 0, pick(random, BERLIN, MUNICH, PARIS));
        }
        if (random.nextInt(4) == 0) {
            auditor.capacity(4 + random.nextInt(6), random.nextInt(3) == 0 ? 8 + random.nextInt(10) : null);
        }
        ClientBuilder client = client().languages(random.nextInt(4) == 0 ? new String[] {"de", "fr"}
                        : new String[] {pick(random, "de", "en")})
                .areas(random.nextInt(3) > 0 ? new String[] {"28"} : new String[] {"28", "33"})
                .countries(random.nextInt(3) == 0 ? new String[] {"DE", "FR"} : new String[] {"DE"})
                .at(pick(random, BERLIN, MUNICH, PARIS)).cycle(cycle);
        if (random.nextInt(4) == 0) {
            client.remote();
        }
        return new Case(policy, auditor.build(), client.build(), role, start, days);
    }

    private static LocalDate near(Random random, LocalDate day, int spread) {
        return day.plusDays(random.nextInt(2 * spread + 1) - spread);
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }

    // ---- the two sides ----

    private static Verdicts verdicts(Case c) {
        AuditPlan plan = plan(c);
        PlanningAudit audit = audit(plan);
        List<LocalDate> days = audit.days();
        Engagement engagement = new Engagement(days.get(0), days.get(days.size() - 1), c.role(), null, AUDIT);
        Set<String> eligibility = new TreeSet<>();
        for (Reason reason : new EligibilityRules(c.policy(), HOLIDAYS).reasons(c.auditor(), c.client(), engagement)) {
            eligibility.add(reason.rule().equals("CAP-2")
                    ? reason.detail().startsWith("unavailable") ? "CAP-2 leave" : "CAP-2 holiday"
                    : reason.rule());
        }
        TeamSeat seat = audit.getSeats().get(c.role() == TeamRole.LEAD ? 0 : 1);
        PlanningAuditor candidate = plan.getAuditors().stream()
                .filter(a -> a.getId() == c.auditor().auditorId()).findFirst().orElseThrow();
        Set<String> planning = new TreeSet<>();
        new EligibilityCheck(plan).breaches(seat, candidate)
                .forEach(b -> planning.add(b.ruleId().equals("CAP-2") ? "CAP-2 leave" : b.ruleId()));
        if (!audit.getClient().holidaysAmong(days).isEmpty()) {
            planning.add("CAP-2 holiday");
        }
        return new Verdicts(eligibility, planning);
    }

    /** The plan the solver would judge the case's audit in: its snapshot, the audit placed by hand. */
    private static AuditPlan plan(Case c) {
        EligibilityRules rules = new EligibilityRules(c.policy(), HOLIDAYS);
        PlanningFacts facts = new PlanningFacts(rules);
        PlanningPolicy policy = new PlanningPolicy(5, 14, 6, c.policy().rotationMaxCycles(), 30, 90,
                new WorkingCalendar(c.policy().workingDays()), c.policy().travelDayBeyondKm());
        LocalDate from = c.start().minusDays(60);
        LocalDate to = c.start().plusDays(90);
        CycleRef cycle = c.client().currentCycles().get(0);
        int seats = c.role() == TeamRole.LEAD ? 1 : 2;
        List<LocalDate> days = policy.calendar().from(c.start(), c.days());
        List<TeamEntry> team = seats == 1 ? List.of()
                : List.of(new TeamEntry(PLACEHOLDER, TeamRole.LEAD, BigDecimal.valueOf(c.days())));
        PlanSnapshot.AuditRow row = new PlanSnapshot.AuditRow(AUDIT, cycle.certificationId(), CLIENT,
                cycle.cycleNumber(), AuditType.SURVEILLANCE_1, AuditStatus.PLANNED, c.start().minusDays(30),
                c.start().plusDays(60), c.start(), BigDecimal.valueOf((long) seats * c.days()),
                BigDecimal.valueOf((long) seats * c.days()), BigDecimal.ZERO, c.client().remote(), c.start(),
                days.get(days.size() - 1), false, null, 0, team, null);
        Set<LocalDate> closed = new TreeSet<>();
        c.client().siteCountries().forEach(country -> HOLIDAYS.between(country, from, to)
                .forEach(h -> closed.add(h.date())));
        PlanningClient client = new PlanningClient(CLIENT, "client", c.client().technicalAreas(),
                c.client().languages(), closed, List.of(), c.client().siteLatitude(), c.client().siteLongitude());
        PlanningAuditor auditor = facts.auditor("auditor", c.auditor(), List.of(cycle), from, to);
        PlanningAuditor placeholder = new PlanningAuditor(PLACEHOLDER, "placeholder", c.client().siteLatitude(),
                c.client().siteLongitude(), Set.of(), List.of(), Set.of(), 16, 150, List.of(), Map.of());
        PlanSnapshot snapshot = new PlanSnapshot(from, to, List.of(row), List.of(auditor, placeholder),
                List.of(client), facts.fixedLoad(c.auditor(), Set.of(AUDIT)), policy, from);
        return snapshot.planAround(AUDIT, seats, new AuditPlanWeights());
    }

    private static PlanningAudit audit(AuditPlan plan) {
        return plan.getAudits().stream().filter(a -> a.getId() == AUDIT).findFirst().orElseThrow();
    }

    // ---- builders ----

    private static Facts lead() {
        return new Facts().qualification(QualificationRole.LEAD_AUDITOR, LocalDate.of(2020, 1, 1),
                LocalDate.of(2035, 12, 31), "28");
    }

    private static ClientBuilder client() {
        return new ClientBuilder();
    }

    private static final class Facts {
        private final List<QualificationFact> qualifications = new ArrayList<>();
        private final List<Period> unavailability = new ArrayList<>();
        private final List<ConflictFact> conflicts = new ArrayList<>();
        private final List<Assignment> assignments = new ArrayList<>();
        private final Set<CycleRef> led = new HashSet<>();
        private Set<String> languages = Set.of("de");
        private Integer perMonth;
        private Integer perYear;
        private double[] home = BERLIN;

        Facts qualification(QualificationRole role, LocalDate from, LocalDate to, String... areas) {
            qualifications.add(new QualificationFact("ISO/IEC 27001:2022", role, Set.of(areas), from, to));
            return this;
        }

        Facts qms(QualificationRole role, LocalDate from, LocalDate to, String... areas) {
            qualifications.add(new QualificationFact("ISO 9001:2015", role, Set.of(areas), from, to));
            return this;
        }

        Facts languages(String... spoken) {
            languages = Set.of(spoken);
            return this;
        }

        Facts unavailable(LocalDate from, LocalDate to) {
            unavailability.add(new Period(from, to, "leave"));
            return this;
        }

        Facts conflict(ConflictReason reason, LocalDate from, LocalDate to) {
            return conflict(CLIENT, reason, from, to);
        }

        Facts conflict(long client, ConflictReason reason, LocalDate from, LocalDate to) {
            conflicts.add(new ConflictFact(client, reason, from, to));
            return this;
        }

        Facts led(CycleRef cycle) {
            led.add(cycle);
            return this;
        }

        Facts assignment(long auditId, LocalDate start, LocalDate end, String days, boolean remote, double[] site) {
            assignments.add(new Assignment(auditId, CLIENT + 1, start, end, new BigDecimal(days), remote, site[0],
                    site[1]));
            return this;
        }

        Facts capacity(Integer month, Integer year) {
            perMonth = month;
            perYear = year;
            return this;
        }

        Facts home(double[] place) {
            home = place;
            return this;
        }

        AuditorFacts build() {
            return new AuditorFacts(1, languages, List.copyOf(qualifications), List.copyOf(unavailability),
                    List.copyOf(conflicts), List.copyOf(assignments), Set.copyOf(led), perMonth, perYear, home[0],
                    home[1]);
        }
    }

    private static final class ClientBuilder {
        private Set<String> languages = Set.of("de");
        private Set<String> areas = Set.of("28");
        private Set<String> countries = Set.of("DE");
        private double[] site = BERLIN;
        private boolean remote;
        private CycleRef cycle = new CycleRef(70, 3);

        ClientBuilder languages(String... audit) {
            languages = Set.of(audit);
            return this;
        }

        ClientBuilder areas(String... scope) {
            areas = Set.of(scope);
            return this;
        }

        ClientBuilder countries(String... codes) {
            countries = Set.of(codes);
            return this;
        }

        ClientBuilder at(double[] place) {
            site = place;
            return this;
        }

        ClientBuilder remote() {
            remote = true;
            return this;
        }

        ClientBuilder cycle(CycleRef current) {
            cycle = current;
            return this;
        }

        ClientFacts build() {
            return new ClientFacts(CLIENT, areas, languages, countries, List.of(cycle), site[0], site[1], remote);
        }
    }
}
