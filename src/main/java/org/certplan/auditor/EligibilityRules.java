package org.certplan.auditor;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.certplan.audit.TeamRole;
import org.certplan.auditor.AuditorFacts.Assignment;
import org.certplan.auditor.AuditorFacts.ConflictFact;
import org.certplan.auditor.AuditorFacts.CycleRef;
import org.certplan.auditor.AuditorFacts.Period;
import org.certplan.auditor.AuditorFacts.QualificationFact;

/**
 * The auditor rules of domain-rules §5–7 as plain Java over {@link AuditorFacts} and {@link ClientFacts}: which of
 * them rule an auditor out of an {@link Engagement}, and until when.
 */
public class EligibilityRules {

    private final AuditorPolicy policy;
    private final PublicHolidays holidays;

    public EligibilityRules(AuditorPolicy policy, PublicHolidays holidays) {
        this.policy = policy;
        this.holidays = holidays;
    }

    public Eligibility check(AuditorFacts auditor, ClientFacts client, Engagement engagement) {
        return Eligibility.of(reasons(auditor, client, engagement));
    }

    /** Every reason against the engagement, in rule order. */
    public List<Reason> reasons(AuditorFacts auditor, ClientFacts client, Engagement engagement) {
        List<Reason> reasons = new ArrayList<>();
        switch (engagement.role()) {
            case LEAD -> comp1LeadQualification(auditor, engagement, reasons);
            case AUDITOR -> comp2AuditorQualification(auditor, engagement, reasons);
            case TECHNICAL_EXPERT -> comp3ExpertQualification(auditor, engagement, reasons);
            case INTERPRETER -> { }
        }
        if (engagement.role() != TeamRole.INTERPRETER) {
            comp3TechnicalAreas(auditor, client, engagement, reasons);
        }
        comp4Language(auditor, client, reasons);
        imp1CoolingOff(auditor, client, engagement, reasons);
        imp2DeclaredConflicts(auditor, client, engagement, reasons);
        if (engagement.role() == TeamRole.LEAD) {
            imp3Rotation(auditor, client, reasons);
        }
        cap1OverlappingAudits(auditor, engagement, reasons);
        cap2Unavailability(auditor, engagement, reasons);
        cap2PublicHolidays(client, engagement, reasons);
        cap3Capacity(auditor, engagement, reasons);
        cap4WorkingDays(engagement, reasons);
        return reasons;
    }

    /** IMP-1 and IMP-2: the first day the conflict no longer bars the auditor; null while it bars indefinitely. */
    public LocalDate barLapses(ConflictReason reason, LocalDate to) {
        if (to == null) {
            return null;
        }
        return reason.needsCoolingOff() ? to.plusYears(policy.coolingOffYears()) : to.plusDays(1);
    }

    /** The days of the period that are working days (CAP-4). */
    public List<LocalDate> workingDays(LocalDate from, LocalDate to) {
        Set<DayOfWeek> working = policy.workingDays();
        return from.datesUntil(to.plusDays(1)).filter(d -> working.contains(d.getDayOfWeek())).toList();
    }

    public static boolean isIsms(String standard) {
        return standard.contains("27001");
    }

    private void comp1LeadQualification(AuditorFacts auditor, Engagement e, List<Reason> reasons) {
        qualification("COMP-1", "ISMS lead-auditor qualification", EnumSet.of(QualificationRole.LEAD_AUDITOR),
                auditor, e, reasons);
    }

    private void comp2AuditorQualification(AuditorFacts auditor, Engagement e, List<Reason> reasons) {
        qualification("COMP-2", "ISMS auditor or lead-auditor qualification",
                EnumSet.of(QualificationRole.LEAD_AUDITOR, QualificationRole.AUDITOR), auditor, e, reasons);
    }

    private void comp3ExpertQualification(AuditorFacts auditor, Engagement e, List<Reason> reasons) {
        qualification("COMP-3", "ISMS qualification", EnumSet.allOf(QualificationRole.class), auditor, e, reasons);
    }

    private void qualification(String rule, String what, Set<QualificationRole> roles, AuditorFacts auditor,
            Engagement e, List<Reason> reasons) {
        List<QualificationFact> matching = auditor.qualifications().stream()
                .filter(q -> isIsms(q.standard()) && roles.contains(q.role()))
                .toList();
        firstUncoveredDay(matching, e.from(), e.to()).ifPresent(day -> {
            LocalDate next = matching.stream().map(QualificationFact::validFrom)
                    .filter(d -> d.isAfter(day)).min(Comparator.naturalOrder()).orElse(null);
            reasons.add(new Reason(rule, "holds no " + what + " valid on " + day
                    + (next == null ? "" : "; the next one starts on " + next), next));
        });
    }

    /**
     * The first day of the period that none of the qualifications is valid on. Qualifications that follow each
     * other without a gap count as one, so a renewal does not break validity.
     */
    public static Optional<LocalDate> firstUncoveredDay(Collection<QualificationFact> qualifications,
            LocalDate from, LocalDate to) {
        LocalDate day = from;
        while (!day.isAfter(to)) {
            LocalDate current = day;
            Optional<LocalDate> validTo = qualifications.stream()
                    .filter(q -> q.validThroughout(current, current))
                    .map(QualificationFact::validTo)
                    .max(Comparator.naturalOrder());
            if (validTo.isEmpty()) {
                return Optional.of(current);
            }
            day = validTo.get().plusDays(1);
        }
        return Optional.empty();
    }

    private void comp3TechnicalAreas(AuditorFacts auditor, ClientFacts client, Engagement e, List<Reason> reasons) {
        List<QualificationFact> isms = auditor.qualifications().stream().filter(q -> isIsms(q.standard())).toList();
        Set<String> missing = new TreeSet<>();
        for (String area : client.technicalAreas()) {
            List<QualificationFact> covering = isms.stream().filter(q -> q.technicalAreas().contains(area)).toList();
            if (firstUncoveredDay(covering, e.from(), e.to()).isPresent()) {
                missing.add(area);
            }
        }
        if (!missing.isEmpty()) {
            reasons.add(new Reason("COMP-3", "does not cover the client's technical areas " + String.join(", ", missing)
                    + Reason.AREAS_COVERED_JOINTLY));
        }
    }

    private void comp4Language(AuditorFacts auditor, ClientFacts client, List<Reason> reasons) {
        if (!client.languages().isEmpty() && client.languages().stream().noneMatch(auditor.languages()::contains)) {
            reasons.add(new Reason("COMP-4", "speaks none of the client's audit languages "
                    + String.join(", ", new TreeSet<>(client.languages()))));
        }
    }

    private void imp1CoolingOff(AuditorFacts auditor, ClientFacts client, Engagement e, List<Reason> reasons) {
        conflicts(auditor, client, e, c -> c.reason().needsCoolingOff()).forEach(c -> {
            LocalDate lapses = barLapses(c.reason(), c.to());
            String detail = c.to() == null
                    ? c.reason() + " relationship with the client since " + c.from() + " is ongoing"
                    : c.reason() + " relationship with the client ended on " + c.to() + "; the cooling-off period of "
                            + policy.coolingOffYears() + " years lasts until " + lapses.minusDays(1);
            reasons.add(new Reason("IMP-1", detail, lapses));
        });
    }

    private void imp2DeclaredConflicts(AuditorFacts auditor, ClientFacts client, Engagement e,
            List<Reason> reasons) {
        conflicts(auditor, client, e, c -> !c.reason().needsCoolingOff()).forEach(c -> reasons.add(new Reason("IMP-2",
                c.reason() + " conflict with the client declared from " + c.from()
                        + (c.to() == null ? ", open-ended" : " to " + c.to()),
                barLapses(c.reason(), c.to()))));
    }

    private List<ConflictFact> conflicts(AuditorFacts auditor, ClientFacts client, Engagement e,
            Predicate<ConflictFact> kind) {
        return auditor.conflicts().stream()
                .filter(c -> c.clientId() == client.clientId() && kind.test(c))
                .filter(c -> !c.from().isAfter(e.to()))
                .filter(c -> {
                    LocalDate lapses = barLapses(c.reason(), c.to());
                    return lapses == null || lapses.isAfter(e.from());
                })
                .toList();
    }

    private void imp3Rotation(AuditorFacts auditor, ClientFacts client, List<Reason> reasons) {
        int max = policy.rotationMaxCycles();
        if (max <= 0) {
            return;
        }
        for (CycleRef target : client.currentCycles()) {
            List<Integer> previous = IntStream.rangeClosed(1, max).map(k -> target.cycleNumber() - k)
                    .filter(c -> c >= 0).boxed().toList();
            boolean ledAll = previous.size() == max && previous.stream()
                    .allMatch(c -> auditor.ledCycles().contains(new CycleRef(target.certificationId(), c)));
            if (ledAll) {
                reasons.add(new Reason("IMP-3", "led the audits of certification " + target.certificationId()
                        + " in cycles " + previous.stream().sorted().map(String::valueOf)
                                .collect(Collectors.joining(", "))
                        + "; one person may lead at most " + max + " consecutive cycles"));
            }
        }
    }

    private void cap1OverlappingAudits(AuditorFacts auditor, Engagement e, List<Reason> reasons) {
        otherAssignments(auditor, e)
                .filter(a -> !a.start().isAfter(e.to()) && !a.end().isBefore(e.from()))
                .forEach(a -> reasons.add(new Reason("CAP-1", "is on audit " + a.auditId() + " from " + a.start()
                        + " to " + a.end(), a.end().plusDays(1))));
    }

    private void cap2Unavailability(AuditorFacts auditor, Engagement e, List<Reason> reasons) {
        for (Period p : auditor.unavailability()) {
            if (p.overlaps(e.from(), e.to())) {
                reasons.add(new Reason("CAP-2", "unavailable from " + p.from() + " to " + p.to()
                        + (p.reason() == null || p.reason().isBlank() ? "" : " (" + p.reason() + ")"),
                        p.to().plusDays(1)));
            }
        }
    }

    private void cap2PublicHolidays(ClientFacts client, Engagement e, List<Reason> reasons) {
        for (LocalDate day : workingDays(e.from(), e.to())) {
            for (String country : new TreeSet<>(client.siteCountries())) {
                PublicHolidays.Holiday holiday = holidays.holiday(country, day);
                if (holiday != null) {
                    reasons.add(new Reason("CAP-2", day + " is a public holiday in " + country + " ("
                            + holiday.name() + ")"));
                }
            }
        }
    }

    /** Each audit's days count in the month and year it starts. */
    private void cap3Capacity(AuditorFacts auditor, Engagement e, List<Reason> reasons) {
        BigDecimal days = e.days() != null ? e.days() : BigDecimal.valueOf(workingDays(e.from(), e.to()).size());
        YearMonth month = YearMonth.from(e.from());
        BigDecimal inMonth = sum(otherAssignments(auditor, e).filter(a -> YearMonth.from(a.start()).equals(month)));
        BigDecimal inYear = sum(otherAssignments(auditor, e).filter(a -> a.start().getYear() == month.getYear()));
        int maxMonth = auditor.maxDaysPerMonth() != null ? auditor.maxDaysPerMonth() : policy.maxDaysPerMonth();
        int maxYear = auditor.maxDaysPerYear() != null ? auditor.maxDaysPerYear() : policy.maxDaysPerYear();
        if (inMonth.add(days).compareTo(BigDecimal.valueOf(maxMonth)) > 0) {
            reasons.add(new Reason("CAP-3", inMonth.stripTrailingZeros().toPlainString() + " audit days in " + month
                    + " already, " + days.stripTrailingZeros().toPlainString() + " more exceed the maximum of "
                    + maxMonth + " per month"));
        }
        if (inYear.add(days).compareTo(BigDecimal.valueOf(maxYear)) > 0) {
            reasons.add(new Reason("CAP-3", inYear.stripTrailingZeros().toPlainString() + " audit days in "
                    + month.getYear() + " already, " + days.stripTrailingZeros().toPlainString()
                    + " more exceed the maximum of " + maxYear + " per year"));
        }
    }

    private void cap4WorkingDays(Engagement e, List<Reason> reasons) {
        for (LocalDate day : e.from().equals(e.to()) ? List.of(e.from()) : List.of(e.from(), e.to())) {
            if (!policy.workingDays().contains(day.getDayOfWeek())) {
                reasons.add(new Reason("CAP-4", day + " is a " + day.getDayOfWeek() + ", not a working day"));
            }
        }
    }

    private static Stream<Assignment> otherAssignments(AuditorFacts auditor, Engagement e) {
        return auditor.assignments().stream().filter(a -> !Long.valueOf(a.auditId()).equals(e.auditId()));
    }

    private static BigDecimal sum(Stream<Assignment> assignments) {
        return assignments.map(Assignment::days).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
