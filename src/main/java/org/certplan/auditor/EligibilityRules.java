package org.certplan.auditor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.certplan.audit.TeamRole;
import org.certplan.auditor.AuditorFacts.Assignment;
import org.certplan.auditor.AuditorFacts.ConflictFact;
import org.certplan.auditor.AuditorFacts.CycleRef;
import org.certplan.auditor.AuditorFacts.QualificationFact;
import org.certplan.rules.Absence;
import org.certplan.rules.AuditorRules;
import org.certplan.rules.Booking;
import org.certplan.rules.Breach;
import org.certplan.rules.ConflictBar;
import org.certplan.rules.GeoDistance;
import org.certplan.rules.Qualification;
import org.certplan.rules.QualificationValidity;
import org.certplan.rules.Rotation;
import org.certplan.rules.RulePolicy;
import org.certplan.rules.Travel;
import org.certplan.rules.WorkingCalendar;

/**
 * Which of the auditor rules of domain-rules §5–7 rule an auditor out of an {@link Engagement}, and until when:
 * {@link AuditorFacts} and {@link ClientFacts} put to the {@link AuditorRules}, on the engagement's working days.
 */
public class EligibilityRules {

    private final AuditorRules rules;
    private final PublicHolidays holidays;

    public EligibilityRules(AuditorPolicy policy, PublicHolidays holidays) {
        this.rules = new AuditorRules(rulePolicy(policy));
        this.holidays = holidays;
    }

    /** The rule engine's view of the auditor policy. */
    public static RulePolicy rulePolicy(AuditorPolicy policy) {
        return new RulePolicy(policy.coolingOffYears(), policy.rotationMaxCycles(), policy.maxDaysPerMonth(),
                policy.maxDaysPerYear(), new WorkingCalendar(policy.workingDays()), policy.travelDayBeyondKm());
    }

    public AuditorRules engine() {
        return rules;
    }

    public Eligibility check(AuditorFacts auditor, ClientFacts client, Engagement engagement) {
        return Eligibility.of(reasons(auditor, client, engagement));
    }

    /** Every reason against the engagement, in rule order. */
    public List<Reason> reasons(AuditorFacts auditor, ClientFacts client, Engagement engagement) {
        List<LocalDate> days = workingDays(engagement.from(), engagement.to());
        List<Qualification> isms = ismsQualifications(auditor.qualifications());
        List<Reason> reasons = new ArrayList<>();
        switch (engagement.role()) {
            case LEAD -> add(reasons, rules.comp1LeadQualification(isms, days));
            case AUDITOR -> add(reasons, rules.comp2AuditorQualification(isms, days));
            case TECHNICAL_EXPERT -> add(reasons, rules.comp3ExpertQualification(isms, days));
            case INTERPRETER -> { }
        }
        if (engagement.role() != TeamRole.INTERPRETER) {
            rules.comp3TechnicalAreas(client.technicalAreas(), List.of(isms), days).ifPresent(b -> reasons.add(
                    new Reason(b.rule(), b.sentence() + Reason.AREAS_COVERED_JOINTLY)));
        }
        add(reasons, rules.comp4Languages(client.languages(), List.of(auditor.languages()), false));
        List<ConflictBar> bars = conflictBars(auditor.conflicts());
        add(reasons, rules.imp1CoolingOff(bars, client.clientId(), days));
        add(reasons, rules.imp2DeclaredConflict(bars, client.clientId(), days));
        if (engagement.role() == TeamRole.LEAD) {
            imp3Rotation(auditor, client, reasons);
        }
        List<Booking> others = otherAssignments(auditor, engagement).map(a -> booking(auditor, a)).toList();
        if (!days.isEmpty()) {
            boolean travel = Travel.needsTravelDay(client.remote(), km(auditor, client.siteLatitude(),
                    client.siteLongitude()), rules.policy().travelDayBeyondKm());
            add(reasons, rules.cap1OneAuditAtATime(Travel.busyDays(days, travel, rules.calendar()), others));
        }
        add(reasons, rules.cap2Unavailable(auditor.unavailability().stream()
                .map(p -> new Absence(p.from(), p.to(), p.reason())).toList(), days));
        add(reasons, rules.cap2PublicHoliday(holidays(client, days), days));
        List<LocalDate> otherDays = others.stream().flatMap(b -> b.auditDays().stream()).toList();
        add(reasons, rules.cap3MonthlyCapacity(days, otherDays, auditor.maxDaysPerMonth()));
        add(reasons, rules.cap3YearlyCapacity(days, otherDays, auditor.maxDaysPerYear()));
        add(reasons, rules.cap4WorkingDays(engagement.from().equals(engagement.to()) ? List.of(engagement.from())
                : List.of(engagement.from(), engagement.to())));
        return reasons;
    }

    /** IMP-1 and IMP-2: the first day the conflict no longer bars the auditor; null while it bars indefinitely. */
    public LocalDate barLapses(ConflictReason reason, LocalDate to) {
        return ConflictBar.of(0, reason.needsCoolingOff(), null, LocalDate.MIN, to, rules.policy().coolingOffYears())
                .lapses();
    }

    /** The conflicts as the bars the rules judge: IMP-1 through its cooling-off, IMP-2 while in force. */
    public List<ConflictBar> conflictBars(Collection<ConflictFact> conflicts) {
        return conflicts.stream().map(c -> ConflictBar.of(c.clientId(), c.reason().needsCoolingOff(),
                c.reason().name(), c.from(), c.to(), rules.policy().coolingOffYears())).toList();
    }

    /** The days of the period that are working days (CAP-4). */
    public List<LocalDate> workingDays(LocalDate from, LocalDate to) {
        return rules.calendar().between(from, to);
    }

    /** Whether the qualifications are valid on every working day of the period (COMP-1..3, renewals chained). */
    public boolean coveredThroughout(Collection<QualificationFact> qualifications, LocalDate from, LocalDate to) {
        return QualificationValidity.validOnAll(ismsQualifications(qualifications), workingDays(from, to));
    }

    public static boolean isIsms(String standard) {
        return standard.contains("27001");
    }

    /** The ISMS qualifications among the facts, as the rule engine reads them. */
    public static List<Qualification> ismsQualifications(Collection<QualificationFact> qualifications) {
        return qualifications.stream().filter(q -> isIsms(q.standard()))
                .map(q -> new Qualification(q.role(), q.technicalAreas(), q.validFrom(), q.validTo())).toList();
    }

    /** IMP-3 for each cycle looked at: the cycle of the engagement's audit, else each live certification's. */
    private void imp3Rotation(AuditorFacts auditor, ClientFacts client, List<Reason> reasons) {
        for (CycleRef target : client.currentCycles()) {
            int led = Rotation.consecutiveCyclesLed(
                    c -> auditor.ledCycles().contains(new CycleRef(target.certificationId(), c)), target.cycleNumber());
            add(reasons, rules.imp3Rotation(target.certificationId(), target.cycleNumber(), led));
        }
    }

    private Booking booking(AuditorFacts auditor, Assignment a) {
        List<LocalDate> days = workingDays(a.start(), a.end());
        if (days.isEmpty()) {
            return new Booking(a.auditId(), List.of(), List.of());
        }
        boolean travel = Travel.needsTravelDay(a.remote(), km(auditor, a.siteLatitude(), a.siteLongitude()),
                rules.policy().travelDayBeyondKm());
        return new Booking(a.auditId(), days, Travel.busyDays(days, travel, rules.calendar()));
    }

    private static double km(AuditorFacts auditor, double latitude, double longitude) {
        return GeoDistance.km(auditor.homeLatitude(), auditor.homeLongitude(), latitude, longitude);
    }

    private Map<LocalDate, String> holidays(ClientFacts client, List<LocalDate> days) {
        Map<LocalDate, String> closed = new TreeMap<>();
        for (LocalDate day : days) {
            for (String country : new TreeSet<>(client.siteCountries())) {
                PublicHolidays.Holiday holiday = holidays.holiday(country, day);
                if (holiday != null) {
                    closed.merge(day, "in " + country + " (" + holiday.name() + ")", (a, b) -> a + ", " + b);
                }
            }
        }
        return closed;
    }

    private static void add(List<Reason> reasons, Optional<Breach> breach) {
        breach.ifPresent(b -> reasons.add(new Reason(b.rule(), b.sentence(), b.lapses())));
    }

    private static Stream<Assignment> otherAssignments(AuditorFacts auditor, Engagement e) {
        return auditor.assignments().stream().filter(a -> !Long.valueOf(a.auditId()).equals(e.auditId()));
    }
}
