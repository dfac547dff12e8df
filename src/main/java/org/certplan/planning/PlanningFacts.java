package org.certplan.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.certplan.auditor.AuditorFacts.CycleRef;
import org.certplan.auditor.AuditorFacts;
import org.certplan.auditor.EligibilityRules;
import org.certplan.rules.GeoDistance;
import org.certplan.rules.Rotation;
import org.certplan.rules.RulePolicy;
import org.certplan.rules.Travel;

/**
 * Turns the facts the eligibility rules read into the planning facts the solver reads, resolved by the rule
 * engine once, when the problem is built: ISMS qualifications, conflict bars with their cooling-off (IMP-1/IMP-2),
 * days off within the span (CAP-2), the capacity limits with the auditor's override (CAP-3), the cycles led before
 * each certification cycle of the plan (IMP-3), and the travel day of booked load (CAP-1).
 */
public final class PlanningFacts {

    private final EligibilityRules rules;

    public PlanningFacts(EligibilityRules rules) {
        this.rules = rules;
    }

    public PlanningAuditor auditor(String name, AuditorFacts facts, Collection<CycleRef> planCycles,
            LocalDate from, LocalDate to) {
        RulePolicy policy = rules.engine().policy();
        Set<LocalDate> unavailable = new HashSet<>();
        facts.unavailability().forEach(p -> {
            LocalDate first = p.from().isAfter(from) ? p.from() : from;
            LocalDate last = p.to().isBefore(to) ? p.to() : to;
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                unavailable.add(day);
            }
        });
        Map<CycleRef, Integer> cyclesLed = new HashMap<>();
        for (CycleRef cycle : planCycles) {
            int led = Rotation.consecutiveCyclesLed(
                    c -> facts.ledCycles().contains(new CycleRef(cycle.certificationId(), c)), cycle.cycleNumber());
            if (led > 0) {
                cyclesLed.put(cycle, led);
            }
        }
        return new PlanningAuditor(facts.auditorId(), name, facts.homeLatitude(), facts.homeLongitude(),
                facts.languages(), EligibilityRules.ismsQualifications(facts.qualifications()), unavailable,
                facts.maxDaysPerMonth() != null ? facts.maxDaysPerMonth() : policy.maxDaysPerMonth(),
                facts.maxDaysPerYear() != null ? facts.maxDaysPerYear() : policy.maxDaysPerYear(),
                rules.conflictBars(facts.conflicts()), cyclesLed);
    }

    /** The auditor's audits outside the plan, as load the plan cannot move. */
    public List<PlanSnapshot.FixedLoad> fixedLoad(AuditorFacts facts, Set<Long> plannedAuditIds) {
        RulePolicy policy = rules.engine().policy();
        return facts.assignments().stream()
                .filter(a -> !plannedAuditIds.contains(a.auditId()))
                .map(a -> new PlanSnapshot.FixedLoad(a.auditId(), facts.auditorId(), a.start(), a.end(),
                        Travel.needsTravelDay(a.remote(), GeoDistance.km(facts.homeLatitude(), facts.homeLongitude(),
                                a.siteLatitude(), a.siteLongitude()), policy.travelDayBeyondKm())))
                .toList();
    }

    /** The plan's policy values of the auditor rules. */
    public RulePolicy policy() {
        return rules.engine().policy();
    }

}
