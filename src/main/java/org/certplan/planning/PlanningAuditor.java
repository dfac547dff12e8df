package org.certplan.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.certplan.auditor.AuditorFacts.CycleRef;
import org.certplan.rules.Absence;
import org.certplan.rules.ConflictBar;
import org.certplan.rules.GeoDistance;
import org.certplan.rules.Qualification;
import org.certplan.rules.QualificationValidity;
import org.certplan.rules.Rotation;
import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * An auditor as the solver sees it, with the facts the rule engine ({@link org.certplan.rules}) judges, resolved
 * when the plan is built: ISMS qualifications, conflict bars with their cooling-off, days off, capacity limits and,
 * per certification cycle of the plan, the cycles led before it. The predicates here ask the engine, so the
 * constraints, {@link EligibilityCheck}, the seat value ranges and the greedy baseline apply the same rule.
 */
public final class PlanningAuditor {

    private final Long id;
    private final String name;
    private final double homeLatitude;
    private final double homeLongitude;
    private final Set<String> languages;
    private final List<Qualification> qualifications;
    private final List<Qualification> leading;
    private final List<Qualification> auditing;
    private volatile Set<LocalDate> unavailableDays;
    private final int maxDaysPerMonth;
    private final int maxDaysPerYear;
    private final List<ConflictBar> conflicts;
    private volatile Map<CycleRef, Integer> consecutiveCyclesLed;

    /**
     * @param consecutiveCyclesLed per certification cycle of the plan, how many cycles of that certification in a
     *     row before it this auditor led (IMP-3)
     */
    public PlanningAuditor(Long id, String name, double homeLatitude, double homeLongitude, Set<String> languages,
            List<Qualification> qualifications, Set<LocalDate> unavailableDays, int maxDaysPerMonth,
            int maxDaysPerYear, List<ConflictBar> conflicts, Map<CycleRef, Integer> consecutiveCyclesLed) {
        this.id = id;
        this.name = name;
        this.homeLatitude = homeLatitude;
        this.homeLongitude = homeLongitude;
        this.languages = Set.copyOf(languages);
        this.qualifications = List.copyOf(qualifications);
        this.leading = qualifications.stream().filter(Qualification::leads).toList();
        this.auditing = qualifications.stream().filter(Qualification::countsAsAuditor).toList();
        this.unavailableDays = Set.copyOf(unavailableDays);
        this.maxDaysPerMonth = maxDaysPerMonth;
        this.maxDaysPerYear = maxDaysPerYear;
        this.conflicts = List.copyOf(conflicts);
        this.consecutiveCyclesLed = Map.copyOf(consecutiveCyclesLed);
    }

    /**
     * Leave reported while a run solves; only through a problem change
     * ({@link org.optaplanner.core.api.solver.change.ProblemChangeDirector#changeProblemProperty}).
     */
    public void addUnavailable(Collection<LocalDate> days) {
        Set<LocalDate> all = new HashSet<>(unavailableDays);
        all.addAll(days);
        unavailableDays = Set.copyOf(all);
    }

    /**
     * Whether this auditor, as read for a later addition to the plan, knows something this one lacks: a day off
     * outside {@code known} (the days this one was read for) or more cycles led before a certification cycle.
     */
    public boolean lacksFactsOf(PlanningAuditor later, DateRange known) {
        return later.unavailableDays.stream().anyMatch(day -> !known.contains(day) && !unavailableDays.contains(day))
                || later.consecutiveCyclesLed.entrySet().stream()
                        .anyMatch(e -> consecutiveCyclesLed.getOrDefault(e.getKey(), 0) < e.getValue());
    }

    /** Takes what {@link #lacksFactsOf} finds; only through a problem change, like {@link #addUnavailable}. */
    public void learnFactsOf(PlanningAuditor later, DateRange known) {
        addUnavailable(later.unavailableDays.stream().filter(day -> !known.contains(day)).toList());
        Map<CycleRef, Integer> led = new HashMap<>(consecutiveCyclesLed);
        later.consecutiveCyclesLed.forEach((cycle, cycles) -> led.merge(cycle, cycles, Math::max));
        consecutiveCyclesLed = Map.copyOf(led);
    }

    @PlanningId
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public double getHomeLatitude() {
        return homeLatitude;
    }

    public double getHomeLongitude() {
        return homeLongitude;
    }

    public Set<String> getLanguages() {
        return languages;
    }

    public List<Qualification> getQualifications() {
        return qualifications;
    }

    public Set<LocalDate> getUnavailableDays() {
        return unavailableDays;
    }

    public int getMaxDaysPerMonth() {
        return maxDaysPerMonth;
    }

    public int getMaxDaysPerYear() {
        return maxDaysPerYear;
    }

    public List<ConflictBar> getConflicts() {
        return conflicts;
    }

    public Map<CycleRef, Integer> getConsecutiveCyclesLed() {
        return consecutiveCyclesLed;
    }

    /** COMP-1: a lead-auditor qualification valid on every one of the days, renewals chained. */
    public boolean qualifiedToLead(Collection<LocalDate> days) {
        return QualificationValidity.validOnAll(leading, days);
    }

    /** COMP-2: an auditor or lead-auditor qualification valid on every one of the days, renewals chained. */
    public boolean qualifiedToAudit(Collection<LocalDate> days) {
        return QualificationValidity.validOnAll(auditing, days);
    }

    /** COMP-3: the technical areas covered on every one of the days, renewals chained. */
    public Set<String> technicalAreasOn(Collection<LocalDate> days) {
        return QualificationValidity.areasCovered(qualifications, days);
    }

    /** IMP-1 / IMP-2: the first bar of the given rule that bars this auditor from the client on one of the days. */
    public Optional<ConflictBar> conflictOn(long clientId, String rule, Collection<LocalDate> days) {
        return conflicts.stream()
                .filter(c -> c.clientId() == clientId && c.rule().equals(rule))
                .filter(c -> days.stream().anyMatch(c::bars))
                .findFirst();
    }

    /** IMP-1 / IMP-2: how many of the days fall in a bar of the given rule with the client. */
    public long barredDays(long clientId, String rule, Collection<LocalDate> days) {
        return ConflictBar.barredDays(conflicts, clientId, rule, days);
    }

    /** IMP-3: how many cycles in a row before the audit's cycle this auditor led its certification's audits. */
    public int cyclesLedBefore(PlanningAudit audit) {
        CycleRef cycle = audit.cycle();
        return cycle == null ? 0 : consecutiveCyclesLed.getOrDefault(cycle, 0);
    }

    /** IMP-3: leading the audit would exceed the allowed consecutive cycles ({@code limit} 0 = off). */
    public boolean rotationBars(PlanningAudit audit, int limit) {
        return Rotation.bars(cyclesLedBefore(audit), limit);
    }

    /** CAP-2: the days on which this auditor declared leave, training or sickness. */
    public List<LocalDate> unavailableAmong(Collection<LocalDate> days) {
        return days.stream().filter(unavailableDays::contains).toList();
    }

    /** CAP-2: the days off as periods of consecutive days, for the rule engine's sentence. */
    public List<Absence> absencesAmong(Collection<LocalDate> days) {
        List<Absence> absences = new ArrayList<>();
        for (LocalDate day : new TreeSet<>(unavailableAmong(days))) {
            LocalDate from = day;
            while (unavailableDays.contains(from.minusDays(1))) {
                from = from.minusDays(1);
            }
            LocalDate to = day;
            while (unavailableDays.contains(to.plusDays(1))) {
                to = to.plusDays(1);
            }
            Absence absence = new Absence(from, to, null);
            if (!absences.contains(absence)) {
                absences.add(absence);
            }
        }
        return absences;
    }

    /** CAP-5 */
    public long distanceKmTo(PlanningClient client) {
        return Math.round(GeoDistance.km(homeLatitude, homeLongitude, client.getLatitude(), client.getLongitude()));
    }

    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
