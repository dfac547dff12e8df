package org.certplan.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * An auditor as the solver sees it. The rule predicates live here so that the constraints and the
 * {@link EligibilityCheck} apply the same rule.
 */
public final class PlanningAuditor {

    private final Long id;
    private final String name;
    private final double homeLatitude;
    private final double homeLongitude;
    private final Set<String> languages;
    private final List<Qualification> qualifications;
    private volatile Set<LocalDate> unavailableDays;
    private final int maxDaysPerMonth;
    private final int maxDaysPerYear;
    private final List<Conflict> conflicts;
    private volatile Map<Long, Integer> consecutiveCyclesLed;

    /**
     * @param consecutiveCyclesLed per client id, how many certification cycles in a row, counting back from the
     *     last completed one, this auditor led the client's audits (IMP-3)
     */
    public PlanningAuditor(Long id, String name, double homeLatitude, double homeLongitude, Set<String> languages,
            List<Qualification> qualifications, Set<LocalDate> unavailableDays, int maxDaysPerMonth,
            int maxDaysPerYear, List<Conflict> conflicts, Map<Long, Integer> consecutiveCyclesLed) {
        this.id = id;
        this.name = name;
        this.homeLatitude = homeLatitude;
        this.homeLongitude = homeLongitude;
        this.languages = Set.copyOf(languages);
        this.qualifications = List.copyOf(qualifications);
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
     * outside {@code known} (the days this one was read for) or more cycles led for a client.
     */
    public boolean lacksFactsOf(PlanningAuditor later, DateRange known) {
        return later.unavailableDays.stream().anyMatch(day -> !known.contains(day) && !unavailableDays.contains(day))
                || later.consecutiveCyclesLed.entrySet().stream()
                        .anyMatch(e -> consecutiveCyclesLed.getOrDefault(e.getKey(), 0) < e.getValue());
    }

    /** Takes what {@link #lacksFactsOf} finds; only through a problem change, like {@link #addUnavailable}. */
    public void learnFactsOf(PlanningAuditor later, DateRange known) {
        addUnavailable(later.unavailableDays.stream().filter(day -> !known.contains(day)).toList());
        Map<Long, Integer> led = new HashMap<>(consecutiveCyclesLed);
        later.consecutiveCyclesLed.forEach((client, cycles) -> led.merge(client, cycles, Math::max));
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

    public List<Conflict> getConflicts() {
        return conflicts;
    }

    public Map<Long, Integer> getConsecutiveCyclesLed() {
        return consecutiveCyclesLed;
    }

    /** COMP-1: a lead-auditor qualification valid on every one of the days. */
    public boolean qualifiedToLead(Collection<LocalDate> days) {
        return days.stream().allMatch(day -> qualifications.stream()
                .anyMatch(q -> q.role() == AuditorRole.LEAD_AUDITOR && q.validOn(day)));
    }

    /** COMP-2: an auditor or lead-auditor qualification valid on every one of the days. */
    public boolean qualifiedToAudit(Collection<LocalDate> days) {
        return days.stream().allMatch(day -> qualifications.stream()
                .anyMatch(q -> q.countsAsAuditor() && q.validOn(day)));
    }

    /** COMP-3: the technical areas of qualifications valid on every one of the days. */
    public Set<String> technicalAreasOn(Collection<LocalDate> days) {
        Set<String> areas = new HashSet<>();
        for (Qualification q : qualifications) {
            if (days.stream().allMatch(q::validOn)) {
                areas.addAll(q.technicalAreas());
            }
        }
        return areas;
    }

    /** IMP-1 / IMP-2: the first conflict of the given rule that bars this auditor from the client on one of the days. */
    public Optional<Conflict> conflictOn(long clientId, String rule, Collection<LocalDate> days) {
        return conflicts.stream()
                .filter(c -> c.clientId() == clientId && c.rule().equals(rule))
                .filter(c -> days.stream().anyMatch(c::bars))
                .findFirst();
    }

    /** IMP-1 / IMP-2: how many of the days fall in a conflict of the given rule with the client. */
    public long barredDays(long clientId, String rule, Collection<LocalDate> days) {
        return days.stream()
                .filter(day -> conflicts.stream()
                        .anyMatch(c -> c.clientId() == clientId && c.rule().equals(rule) && c.bars(day)))
                .count();
    }

    /** IMP-3: leading this client again would exceed the allowed consecutive cycles ({@code limit} 0 = off). */
    public boolean rotationBars(long clientId, int limit) {
        return limit > 0 && consecutiveCyclesLed.getOrDefault(clientId, 0) >= limit;
    }

    /** CAP-2: the days on which this auditor declared leave, training or sickness. */
    public List<LocalDate> unavailableAmong(Collection<LocalDate> days) {
        return days.stream().filter(unavailableDays::contains).toList();
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
