package org.certplan.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether an audit's partly filled team can still become whole and competent (COMP-3 technical areas, COMP-4
 * languages) from the auditors eligible for its empty seats, lead seat first, each seat taking whoever leaves the
 * least uncovered. The §8.1 tie-breaker counts empty seats only for such teams: seats filled on a team that can
 * never be completed earn nothing.
 */
final class TeamCompletion {

    private TeamCompletion() {
    }

    /** The empty seats §8.1 counts: the empty ones of a team that can be completed, else all of them. */
    static int countedEmptySeats(PlanningAudit audit, List<TeamSeat> seats) {
        int empty = emptySeats(seats);
        return empty == seats.size() || possible(audit, seats) ? empty : seats.size();
    }

    static int emptySeats(List<TeamSeat> seats) {
        return (int) seats.stream().filter(seat -> seat.getAuditor() == null).count();
    }

    static boolean possible(PlanningAudit audit, List<TeamSeat> seats) {
        List<PlanningAuditor> team = new ArrayList<>(
                seats.stream().map(TeamSeat::getAuditor).filter(Objects::nonNull).toList());
        List<LocalDate> days = audit.days();
        Set<String> areas = new HashSet<>(audit.missingTechnicalAreas(team, days));
        Set<String> languages = new HashSet<>(audit.missingLanguages(team));
        List<TeamSeat> empty = seats.stream().filter(seat -> seat.getAuditor() == null)
                .sorted(Comparator.comparingInt(TeamSeat::getIndex)).toList();
        for (TeamSeat seat : empty) {
            PlanningAuditor best = null;
            int bestLeft = Integer.MAX_VALUE;
            for (PlanningAuditor candidate : seat.getEligibleAuditors() == null ? List.<PlanningAuditor>of()
                    : seat.getEligibleAuditors()) {
                int left = team.contains(candidate) ? Integer.MAX_VALUE : uncovered(candidate, areas, languages, days);
                if (left < bestLeft) {
                    best = candidate;
                    bestLeft = left;
                    if (left == 0) {
                        break;
                    }
                }
            }
            if (best == null) {
                return false;
            }
            team.add(best);
            areas.removeAll(best.technicalAreasOn(days));
            languages.removeAll(best.getLanguages());
        }
        return areas.isEmpty() && languages.isEmpty();
    }

    private static int uncovered(PlanningAuditor auditor, Set<String> areas, Set<String> languages,
            List<LocalDate> days) {
        if (areas.isEmpty() && languages.isEmpty()) {
            return 0;
        }
        Set<String> held = auditor.technicalAreasOn(days);
        return (int) (areas.stream().filter(area -> !held.contains(area)).count()
                + languages.stream().filter(language -> !auditor.getLanguages().contains(language)).count());
    }
}
