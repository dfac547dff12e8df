package org.certplan.planning;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * For a seat on the current plan, which hard rules each auditor would break if put there. Uses the same
 * predicates as {@link AuditPlanConstraints}, so a rule is written once.
 */
public final class EligibilityCheck {

    private final AuditPlan plan;

    public EligibilityCheck(AuditPlan plan) {
        this.plan = plan;
    }

    public List<CandidateVerdict> candidatesFor(TeamSeat seat) {
        return plan.getAuditors().stream().map(auditor -> new CandidateVerdict(auditor, breaches(seat, auditor))).toList();
    }

    public List<RuleBreach> breaches(TeamSeat seat, PlanningAuditor candidate) {
        PlanningAudit audit = seat.getAudit();
        long clientId = audit.getClient().getId();
        List<LocalDate> days = seat.days();
        String period = days.get(0) + ".." + days.get(days.size() - 1);
        List<RuleBreach> breaches = new ArrayList<>();

        if (seat.isLead() && !candidate.qualifiedToLead(days)) {
            breaches.add(new RuleBreach("COMP-1", "no lead-auditor qualification valid " + period));
        }
        if (!seat.isLead() && !candidate.qualifiedToAudit(days)) {
            breaches.add(new RuleBreach("COMP-2", "no auditor qualification valid " + period));
        }
        List<PlanningAuditor> team = teamWith(seat, candidate);
        if (team != null) {
            Set<String> areas = audit.missingTechnicalAreas(team, days);
            if (!areas.isEmpty()) {
                breaches.add(new RuleBreach("COMP-3", "the team would not cover " + new TreeSet<>(areas)));
            }
            Set<String> languages = audit.missingLanguages(team);
            if (!languages.isEmpty()) {
                breaches.add(new RuleBreach("COMP-4", "nobody on the team would speak " + new TreeSet<>(languages)));
            }
        }
        for (String rule : List.of(Conflict.CONSULTANCY_COOLING_OFF, Conflict.DECLARED_CONFLICT)) {
            candidate.conflictOn(clientId, rule, days).ifPresent(conflict -> breaches.add(new RuleBreach(rule,
                    "barred from " + audit.getClient().getName() + " " + conflict.barredFrom() + ".."
                            + (conflict.barredUntil() == null ? "indefinitely" : conflict.barredUntil()),
                    conflict.barredUntil())));
        }
        if (seat.isLead() && candidate.rotationBars(clientId, plan.getPolicy().rotationCycles())) {
            breaches.add(new RuleBreach("IMP-3", "already led " + audit.getClient().getName() + " for "
                    + plan.getPolicy().rotationCycles() + " consecutive cycles"));
        }
        List<TeamSeat> otherSeats = plan.getSeats().stream()
                .filter(other -> other != seat && other.getAuditor() == candidate)
                .toList();
        for (TeamSeat other : otherSeats) {
            if (seat.daysSharedWith(other) > 0) {
                breaches.add(new RuleBreach("CAP-1", "already on " + other.getAudit().label() + " "
                        + other.firstDay() + ".." + other.dayAfterLast().minusDays(1)));
            }
        }
        List<LocalDate> unavailable = candidate.unavailableAmong(days);
        if (!unavailable.isEmpty()) {
            breaches.add(new RuleBreach("CAP-2", "unavailable on " + unavailable, unavailable.get(unavailable.size() - 1)));
        }
        breaches.addAll(capacityBreaches(seat, candidate, otherSeats));
        return breaches;
    }

    /** The team with the candidate in this seat, or null while other seats are still empty (COMP-3/4 wait for a full team). */
    private static List<PlanningAuditor> teamWith(TeamSeat seat, PlanningAuditor candidate) {
        List<PlanningAuditor> team = new ArrayList<>();
        team.add(candidate);
        for (TeamSeat other : seat.getAudit().getSeats()) {
            if (other == seat) {
                continue;
            }
            if (other.getAuditor() == null) {
                return null;
            }
            team.add(other.getAuditor());
        }
        return team;
    }

    private static List<RuleBreach> capacityBreaches(TeamSeat seat, PlanningAuditor candidate, List<TeamSeat> otherSeats) {
        Map<YearMonth, Integer> months = new HashMap<>();
        Map<Year, Integer> years = new HashMap<>();
        for (TeamSeat other : otherSeats) {
            other.days().forEach(day -> {
                months.merge(YearMonth.from(day), 1, Integer::sum);
                years.merge(Year.from(day), 1, Integer::sum);
            });
        }
        Map<YearMonth, Integer> seatMonths = new HashMap<>();
        Map<Year, Integer> seatYears = new HashMap<>();
        seat.days().forEach(day -> {
            seatMonths.merge(YearMonth.from(day), 1, Integer::sum);
            seatYears.merge(Year.from(day), 1, Integer::sum);
        });
        List<RuleBreach> breaches = new ArrayList<>();
        seatMonths.forEach((month, days) -> {
            int total = months.getOrDefault(month, 0) + days;
            if (total > candidate.getMaxDaysPerMonth()) {
                breaches.add(new RuleBreach("CAP-3", total + " audit days in " + month + ", capacity "
                        + candidate.getMaxDaysPerMonth()));
            }
        });
        seatYears.forEach((year, days) -> {
            int total = years.getOrDefault(year, 0) + days;
            if (total > candidate.getMaxDaysPerYear()) {
                breaches.add(new RuleBreach("CAP-3", total + " audit days in " + year + ", capacity "
                        + candidate.getMaxDaysPerYear()));
            }
        });
        return breaches;
    }
}
