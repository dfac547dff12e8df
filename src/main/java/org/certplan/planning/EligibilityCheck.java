package org.certplan.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.certplan.rules.AuditorRules;
import org.certplan.rules.Booking;
import org.certplan.rules.Breach;
import org.certplan.rules.Travel;

/**
 * For a seat on the current plan, which hard rules each auditor would break if put there: the rule engine's verdict
 * on the planning facts the constraints judge too.
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
        AuditorRules rules = plan.getPolicy().rules();
        List<RuleBreach> breaches = new ArrayList<>();
        add(breaches, seat.isLead() ? rules.comp1LeadQualification(candidate.getQualifications(), days)
                : rules.comp2AuditorQualification(candidate.getQualifications(), days));
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
        add(breaches, rules.imp1CoolingOff(candidate.getConflicts(), clientId, days));
        add(breaches, rules.imp2DeclaredConflict(candidate.getConflicts(), clientId, days));
        if (seat.isLead() && audit.cycle() != null) {
            add(breaches, rules.imp3Rotation(audit.cycle().certificationId(), audit.cycle().cycleNumber(),
                    candidate.cyclesLedBefore(audit)));
        }
        List<TeamSeat> otherSeats = plan.getSeats().stream()
                .filter(other -> other != seat && other.getAuditor() == candidate)
                .toList();
        List<LocalDate> busy = Travel.busyDays(days, audit.needsTravelDay(candidate), audit.calendar());
        add(breaches, rules.cap1OneAuditAtATime(busy, otherSeats.stream().map(other -> new Booking(
                other.getAudit().getId(), other.days(), other.busyDays())).toList()));
        add(breaches, rules.cap2Unavailable(candidate.absencesAmong(days), days));
        List<LocalDate> otherDays = otherSeats.stream().flatMap(other -> other.days().stream()).toList();
        add(breaches, rules.cap3MonthlyCapacity(days, otherDays, candidate.getMaxDaysPerMonth()));
        add(breaches, rules.cap3YearlyCapacity(days, otherDays, candidate.getMaxDaysPerYear()));
        return breaches;
    }

    private static void add(List<RuleBreach> breaches, Optional<Breach> breach) {
        breach.ifPresent(b -> breaches.add(new RuleBreach(b.rule(), b.sentence(), b.lapses())));
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
}
