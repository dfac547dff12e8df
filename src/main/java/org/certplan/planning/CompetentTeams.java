package org.certplan.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.certplan.audit.TeamRole;

/**
 * Whether today's auditors could form a competent, impartial team for an audit at all — its dates and their
 * bookings set aside (COMP-1..4, IMP-1..3 only) — and, when they cannot, what one more person would need.
 */
public final class CompetentTeams {

    private final List<PlanningAuditor> auditors;
    private final int rotationCycles;

    public CompetentTeams(AuditPlan plan) {
        this.auditors = plan.getAuditors();
        this.rotationCycles = plan.getPolicy().rotationCycles();
    }

    /** Empty when some competent team exists; otherwise the competence the CB lacks for this audit. */
    public Optional<CompetenceNeed> need(PlanningAudit audit) {
        List<LocalDate> days = daysOf(audit);
        Set<String> areas = audit.missingTechnicalAreas(List.of(), days);
        Set<String> languages = audit.missingLanguages(List.of());
        List<PlanningAuditor> leads = auditors.stream().filter(a -> canLead(a, audit, days)).toList();
        if (audit.getSeatCount() <= 1) {
            boolean covered = leads.stream().anyMatch(lead -> missing(lead, areas, languages, days).isEmpty());
            return covered ? Optional.empty() : Optional.of(new CompetenceNeed(TeamRole.LEAD, areas, languages));
        }
        if (leads.isEmpty()) {
            return Optional.of(new CompetenceNeed(TeamRole.LEAD, Set.of(), Set.of()));
        }
        List<PlanningAuditor> members = auditors.stream().filter(a -> canAudit(a, audit, days)).toList();
        if (members.size() < audit.getSeatCount()) {
            return Optional.of(new CompetenceNeed(TeamRole.AUDITOR, Set.of(), Set.of()));
        }
        Residue best = null;
        for (PlanningAuditor lead : leads) {
            Residue left = fillSeats(lead, audit.getSeatCount() - 1, members, areas, languages, days);
            if (left.isEmpty()) {
                return Optional.empty();
            }
            if (best == null || left.size() < best.size()) {
                best = left;
            }
        }
        return Optional.of(new CompetenceNeed(TeamRole.AUDITOR, best.areas, best.languages));
    }

    /** The areas and languages a team of the lead and up to {@code seats} more members leaves uncovered (greedy). */
    private static Residue fillSeats(PlanningAuditor lead, int seats, List<PlanningAuditor> members, Set<String> areas,
            Set<String> languages, List<LocalDate> days) {
        Residue left = missing(lead, areas, languages, days);
        Set<PlanningAuditor> team = new HashSet<>(List.of(lead));
        for (int seat = 0; seat < seats && !left.isEmpty(); seat++) {
            Residue current = left;
            Optional<PlanningAuditor> next = members.stream().filter(m -> !team.contains(m))
                    .min(Comparator.comparingInt(m -> missing(m, current.areas, current.languages, days).size()));
            if (next.isEmpty() || missing(next.get(), left.areas, left.languages, days).size() == left.size()) {
                break;
            }
            team.add(next.get());
            left = missing(next.get(), left.areas, left.languages, days);
        }
        return left;
    }

    private static Residue missing(PlanningAuditor auditor, Collection<String> areas, Collection<String> languages,
            List<LocalDate> days) {
        Set<String> areasLeft = new HashSet<>(areas);
        areasLeft.removeAll(auditor.technicalAreasOn(days));
        Set<String> languagesLeft = new HashSet<>(languages);
        languagesLeft.removeAll(auditor.getLanguages());
        return new Residue(areasLeft, languagesLeft);
    }

    private boolean canLead(PlanningAuditor auditor, PlanningAudit audit, List<LocalDate> days) {
        return auditor.qualifiedToLead(days) && impartial(auditor, audit, days)
                && !auditor.rotationBars(audit.getClient().getId(), rotationCycles);
    }

    private static boolean canAudit(PlanningAuditor auditor, PlanningAudit audit, List<LocalDate> days) {
        return auditor.qualifiedToAudit(days) && impartial(auditor, audit, days);
    }

    private static boolean impartial(PlanningAuditor auditor, PlanningAudit audit, List<LocalDate> days) {
        long client = audit.getClient().getId();
        return auditor.conflictOn(client, Conflict.CONSULTANCY_COOLING_OFF, days).isEmpty()
                && auditor.conflictOn(client, Conflict.DECLARED_CONFLICT, days).isEmpty();
    }

    /** The audit's days at its planned start, or else at its target date. */
    private static List<LocalDate> daysOf(PlanningAudit audit) {
        if (audit.getStartDate() != null) {
            return audit.days();
        }
        LocalDate start = audit.getTargetDate().isBefore(audit.getEarliestStart())
                ? audit.getEarliestStart() : audit.getTargetDate();
        return WorkingDays.from(start, audit.getDurationDays());
    }

    private record Residue(Set<String> areas, Set<String> languages) {

        boolean isEmpty() {
            return areas.isEmpty() && languages.isEmpty();
        }

        int size() {
            return areas.size() + languages.size();
        }
    }
}
