package org.certplan.rules;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The auditor rules of domain-rules §5–7, one method per rule id, each answering with the breach or nothing. Every
 * rule is judged on the audit days, the working days of the audit ({@link WorkingCalendar}); a day between them that
 * is no working day (a weekend) is not an audit day.
 */
public final class AuditorRules {

    private final RulePolicy policy;

    public AuditorRules(RulePolicy policy) {
        this.policy = policy;
    }

    public RulePolicy policy() {
        return policy;
    }

    public WorkingCalendar calendar() {
        return policy.calendar();
    }

    /** COMP-1: a lead-auditor qualification valid on every audit day. */
    public Optional<Breach> comp1LeadQualification(Collection<Qualification> qualifications, List<LocalDate> days) {
        return qualification("COMP-1", "ISMS lead-auditor qualification", Qualification::leads, qualifications, days);
    }

    /** COMP-2: an auditor or lead-auditor qualification valid on every audit day. */
    public Optional<Breach> comp2AuditorQualification(Collection<Qualification> qualifications,
            List<LocalDate> days) {
        return qualification("COMP-2", "ISMS auditor or lead-auditor qualification", Qualification::countsAsAuditor,
                qualifications, days);
    }

    /** COMP-3: a technical expert holds some ISMS qualification valid on every audit day. */
    public Optional<Breach> comp3ExpertQualification(Collection<Qualification> qualifications,
            List<LocalDate> days) {
        return qualification("COMP-3", "ISMS qualification", q -> true, qualifications, days);
    }

    private static Optional<Breach> qualification(String rule, String what, Predicate<Qualification> kind,
            Collection<Qualification> qualifications, List<LocalDate> days) {
        List<Qualification> matching = qualifications.stream().filter(kind).toList();
        return QualificationValidity.firstUncoveredDay(matching, days).map(day -> {
            LocalDate next = QualificationValidity.nextStartAfter(matching, day).orElse(null);
            return new Breach(rule, "holds no " + what + " valid on " + day
                    + (next == null ? "" : "; the next one starts on " + next), next);
        });
    }

    /** COMP-3: the client's technical areas that none of the team's qualifications covers on every audit day. */
    public Set<String> comp3MissingAreas(Set<String> scope, Collection<? extends Collection<Qualification>> team,
            List<LocalDate> days) {
        Set<String> missing = new TreeSet<>(scope);
        for (Collection<Qualification> member : team) {
            if (missing.isEmpty()) {
                break;
            }
            missing.removeAll(QualificationValidity.areasCovered(member, days));
        }
        return missing;
    }

    /** COMP-3: the team together covers every technical area of the client's scope on every audit day. */
    public Optional<Breach> comp3TechnicalAreas(Set<String> scope, Collection<? extends Collection<Qualification>> team,
            List<LocalDate> days) {
        Set<String> missing = comp3MissingAreas(scope, team, days);
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(new Breach("COMP-3", "does not cover the client's technical areas "
                        + String.join(", ", missing)));
    }

    /** COMP-4: the client's audit languages nobody on the team speaks; none when the team has an interpreter. */
    public Set<String> comp4MissingLanguages(Set<String> auditLanguages,
            Collection<? extends Collection<String>> teamLanguages, boolean interpreted) {
        Set<String> missing = new TreeSet<>();
        if (!interpreted) {
            missing.addAll(auditLanguages);
            teamLanguages.forEach(missing::removeAll);
        }
        return missing;
    }

    /** COMP-4: someone on the team speaks each audit language of the client, or the team has an interpreter. */
    public Optional<Breach> comp4Languages(Set<String> auditLanguages,
            Collection<? extends Collection<String>> teamLanguages, boolean interpreted) {
        Set<String> missing = comp4MissingLanguages(auditLanguages, teamLanguages, interpreted);
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(new Breach("COMP-4", "does not speak the client's audit languages "
                        + String.join(", ", missing)));
    }

    /** IMP-1: no audit day within the cooling-off after a consultancy, employment or internal audit ended. */
    public Optional<Breach> imp1CoolingOff(Collection<ConflictBar> bars, long clientId, List<LocalDate> days) {
        return conflict(ConflictBar.IMP_1, bars, clientId, days, bar -> bar.relationship() == null ? barred(bar)
                : bar.ended() == null ? bar.relationship() + " relationship with the client since " + bar.from()
                        + " is ongoing"
                : bar.relationship() + " relationship with the client ended on " + bar.ended()
                        + "; the cooling-off period of " + policy.coolingOffYears() + " years lasts until "
                        + bar.lastDay());
    }

    /** IMP-2: no audit day while another declared conflict with the client is in force. */
    public Optional<Breach> imp2DeclaredConflict(Collection<ConflictBar> bars, long clientId, List<LocalDate> days) {
        return conflict(ConflictBar.IMP_2, bars, clientId, days, bar -> bar.relationship() == null ? barred(bar)
                : bar.relationship() + " conflict with the client declared from " + bar.from()
                        + (bar.lastDay() == null ? ", open-ended" : " to " + bar.lastDay()));
    }

    private static String barred(ConflictBar bar) {
        return "barred from the client " + bar.from() + ".." + (bar.lastDay() == null ? "indefinitely" : bar.lastDay());
    }

    private static Optional<Breach> conflict(String rule, Collection<ConflictBar> bars, long clientId,
            List<LocalDate> days, Function<ConflictBar, String> sentence) {
        List<ConflictBar> barring = bars.stream()
                .filter(b -> b.clientId() == clientId && b.rule().equals(rule) && days.stream().anyMatch(b::bars))
                .toList();
        if (barring.isEmpty()) {
            return Optional.empty();
        }
        LocalDate lapses = barring.stream().anyMatch(b -> b.lapses() == null) ? null
                : barring.stream().map(ConflictBar::lapses).max(LocalDate::compareTo).orElseThrow();
        return Optional.of(new Breach(rule, barring.stream().map(sentence).collect(Collectors.joining("; ")),
                lapses));
    }

    /**
     * IMP-3: the lead of an audit in cycle {@code cycle} of a certification has not led the cycles right before it
     * up to the policy's maximum in a row ({@code consecutiveCyclesLed} from {@link Rotation}).
     */
    public Optional<Breach> imp3Rotation(long certificationId, int cycle, int consecutiveCyclesLed) {
        if (!Rotation.bars(consecutiveCyclesLed, policy.rotationMaxCycles())) {
            return Optional.empty();
        }
        return Optional.of(new Breach("IMP-3", "led the audits of certification " + certificationId + " in cycles "
                + IntStream.range(cycle - consecutiveCyclesLed, cycle).mapToObj(String::valueOf)
                        .collect(Collectors.joining(", "))
                + "; one person may lead at most " + policy.rotationMaxCycles() + " consecutive cycles"));
    }

    /** CAP-1: none of the days the audit keeps the auditor busy (travel day included) is busy with another audit. */
    public Optional<Breach> cap1OneAuditAtATime(Collection<LocalDate> busyDays, Collection<Booking> others) {
        Set<LocalDate> busy = new HashSet<>(busyDays);
        List<Booking> clashing = others.stream().filter(o -> o.busyDays().stream().anyMatch(busy::contains)).toList();
        if (clashing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Breach("CAP-1", clashing.stream()
                .map(o -> "is on audit " + o.auditId() + " from " + o.auditDays().get(0) + " to "
                        + o.auditDays().get(o.auditDays().size() - 1)
                        + (o.busyDays().size() > o.auditDays().size() ? ", travelling on " + o.busyDays().get(0) : ""))
                .collect(Collectors.joining("; ")),
                clashing.stream().map(o -> o.busyDays().get(o.busyDays().size() - 1)).max(LocalDate::compareTo)
                        .orElseThrow().plusDays(1)));
    }

    /** CAP-2: no audit day on the auditor's declared unavailability. */
    public Optional<Breach> cap2Unavailable(Collection<Absence> absences, List<LocalDate> days) {
        List<Absence> hit = absences.stream().filter(a -> days.stream().anyMatch(a::covers)).toList();
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Breach("CAP-2", hit.stream()
                .map(a -> "unavailable from " + a.from() + " to " + a.to()
                        + (a.reason() == null || a.reason().isBlank() ? "" : " (" + a.reason() + ")"))
                .collect(Collectors.joining("; ")),
                hit.stream().map(Absence::to).max(LocalDate::compareTo).orElseThrow().plusDays(1)));
    }

    /**
     * CAP-2: no audit day on a public holiday of the client site's country ({@code holidays}: each day with where and
     * which holiday it is, "in DE (Christmas Day)").
     */
    public Optional<Breach> cap2PublicHoliday(Map<LocalDate, String> holidays, List<LocalDate> days) {
        Map<LocalDate, String> hit = new TreeMap<>();
        days.stream().filter(holidays::containsKey).forEach(day -> hit.put(day, holidays.get(day)));
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Breach("CAP-2", hit.entrySet().stream()
                .map(e -> e.getKey() + " is a public holiday " + e.getValue())
                .collect(Collectors.joining("; "))));
    }

    /** CAP-3: the audit days of the month, with this audit's, within the auditor's monthly limit. */
    public Optional<Breach> cap3MonthlyCapacity(Collection<LocalDate> days, Collection<LocalDate> otherDays,
            Integer override) {
        int limit = Capacity.limit(override, policy.maxDaysPerMonth());
        Map<YearMonth, Integer> others = Capacity.byMonth(otherDays);
        return new TreeMap<>(Capacity.byMonth(days)).entrySet().stream()
                .filter(e -> others.getOrDefault(e.getKey(), 0) + e.getValue() > limit)
                .findFirst()
                .map(e -> new Breach("CAP-3", others.getOrDefault(e.getKey(), 0) + " audit days in " + e.getKey()
                        + " already, " + e.getValue() + " more exceed the maximum of " + limit + " per month"));
    }

    /** CAP-3: the audit days of the year, with this audit's, within the auditor's yearly limit. */
    public Optional<Breach> cap3YearlyCapacity(Collection<LocalDate> days, Collection<LocalDate> otherDays,
            Integer override) {
        int limit = Capacity.limit(override, policy.maxDaysPerYear());
        Map<Year, Integer> others = Capacity.byYear(otherDays);
        return new TreeMap<>(Capacity.byYear(days)).entrySet().stream()
                .filter(e -> others.getOrDefault(e.getKey(), 0) + e.getValue() > limit)
                .findFirst()
                .map(e -> new Breach("CAP-3", others.getOrDefault(e.getKey(), 0) + " audit days in " + e.getKey()
                        + " already, " + e.getValue() + " more exceed the maximum of " + limit + " per year"));
    }

    /** CAP-4: every audit day is a working day of the policy. */
    public Optional<Breach> cap4WorkingDays(Collection<LocalDate> days) {
        List<LocalDate> off = days.stream().filter(d -> !calendar().isWorkingDay(d)).distinct().toList();
        if (off.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Breach("CAP-4", off.stream().map(d -> d + " is a " + d.getDayOfWeek())
                .collect(Collectors.joining(", ")) + ", not a working day"));
    }
}
