package org.certplan.planning;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.certplan.audit.TeamRole;
import org.certplan.rules.ConflictBar;

/**
 * Whether today's auditors could form a competent, impartial team for an audit at all — its bookings set aside
 * (COMP-1..4, IMP-1..3 only) and on any start it can take — and, when they cannot, what one more person would need.
 */
public final class CompetentTeams {

    private final List<PlanningAuditor> auditors;
    private final int rotationCycles;

    public CompetentTeams(AuditPlan plan) {
        this.auditors = plan.getAuditors();
        this.rotationCycles = plan.getPolicy().rotationCycles();
    }

    /**
     * Empty when some competent team exists on some start of the audit; otherwise the competence the CB lacks for
     * it, judged on its own days (its start, or else its target).
     */
    public Optional<CompetenceNeed> need(PlanningAudit audit) {
        List<LocalDate> days = daysOf(audit);
        if (leadCoversWithTeam(audit, days)) {
            return Optional.empty();
        }
        Optional<CompetenceNeed> need = needOf(audit, competenceOn(audit, List.of(days)), days);
        if (need.isEmpty() || audit.isPinned() || audit.getStartDateRange() == null) {
            return need;
        }
        // a qualification or a cooling-off may begin or end within the window: any start counts
        List<List<LocalDate>> starts = audit.getStartDateRange().stream()
                .map(start -> audit.daysFrom(start)).toList();
        return needOf(audit, competenceOn(audit, starts), days).isEmpty() ? Optional.empty() : need;
    }

    /**
     * The common case, found without judging every auditor: on the audit's own days one lead covers all its areas and
     * languages, and enough other auditors may fill the remaining seats.
     */
    private boolean leadCoversWithTeam(PlanningAudit audit, List<LocalDate> days) {
        Set<String> areas = audit.missingTechnicalAreas(List.of(), days);
        Set<String> languages = audit.missingLanguages(List.of());
        Optional<PlanningAuditor> lead = auditors.stream()
                .filter(auditor -> auditor.getLanguages().containsAll(languages) && leads(auditor, audit, days)
                        && impartial(auditor, audit, days) && auditor.technicalAreasOn(days).containsAll(areas))
                .findFirst();
        int others = audit.getSeatCount() - 1;
        return lead.isPresent() && auditors.stream()
                .filter(auditor -> auditor != lead.get() && impartial(auditor, audit, days)
                        && (leads(auditor, audit, days) || auditor.qualifiedToAudit(days)))
                .limit(others).count() == others;
    }

    private boolean leads(PlanningAuditor auditor, PlanningAudit audit, List<LocalDate> days) {
        return auditor.qualifiedToLead(days) && !auditor.rotationBars(audit, rotationCycles);
    }

    /** What each auditor can be on the audit on at least one of {@code starts}: lead, auditor, and in which areas. */
    private Map<PlanningAuditor, Competence> competenceOn(PlanningAudit audit, List<List<LocalDate>> starts) {
        Map<PlanningAuditor, Competence> competence = new LinkedHashMap<>();
        for (PlanningAuditor auditor : auditors) {
            boolean leads = false;
            boolean audits = false;
            Set<String> areas = new HashSet<>();
            for (List<LocalDate> days : starts) {
                if (!impartial(auditor, audit, days)) {
                    continue;
                }
                boolean lead = leads(auditor, audit, days);
                if (lead || auditor.qualifiedToAudit(days)) {
                    leads |= lead;
                    audits = true;
                    areas.addAll(auditor.technicalAreasOn(days));
                }
                if (leads && areas.containsAll(audit.getClient().getTechnicalAreas())) {
                    break;
                }
            }
            if (audits) {
                competence.put(auditor, new Competence(leads, areas, auditor.getLanguages()));
            }
        }
        return competence;
    }

    private static Optional<CompetenceNeed> needOf(PlanningAudit audit, Map<PlanningAuditor, Competence> competence,
            List<LocalDate> days) {
        Set<String> areas = audit.missingTechnicalAreas(List.of(), days);
        Set<String> languages = audit.missingLanguages(List.of());
        List<Competence> leads = competence.values().stream().filter(Competence::leads).toList();
        if (audit.getSeatCount() <= 1) {
            boolean covered = leads.stream().anyMatch(lead -> lead.leaves(areas, languages).isEmpty());
            return covered ? Optional.empty() : Optional.of(new CompetenceNeed(TeamRole.LEAD, areas, languages));
        }
        if (leads.isEmpty()) {
            return Optional.of(new CompetenceNeed(TeamRole.LEAD, Set.of(), Set.of()));
        }
        List<Competence> members = List.copyOf(competence.values());
        if (members.size() < audit.getSeatCount()) {
            return Optional.of(new CompetenceNeed(TeamRole.AUDITOR, Set.of(), Set.of()));
        }
        Residue best = null;
        for (Competence lead : leads) {
            Residue left = fillSeats(lead, audit.getSeatCount() - 1, members, lead.leaves(areas, languages));
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
    private static Residue fillSeats(Competence lead, int seats, List<Competence> members, Residue afterLead) {
        Residue left = afterLead;
        Set<Competence> team = new HashSet<>(List.of(lead));
        for (int seat = 0; seat < seats && !left.isEmpty(); seat++) {
            Residue current = left;
            Optional<Competence> next = members.stream().filter(m -> !team.contains(m))
                    .min(Comparator.comparingInt(m -> m.leaves(current.areas, current.languages).size()));
            if (next.isEmpty() || next.get().leaves(left.areas, left.languages).size() == left.size()) {
                break;
            }
            team.add(next.get());
            left = next.get().leaves(left.areas, left.languages);
        }
        return left;
    }

    private static boolean impartial(PlanningAuditor auditor, PlanningAudit audit, List<LocalDate> days) {
        long client = audit.getClient().getId();
        return auditor.conflictOn(client, ConflictBar.IMP_1, days).isEmpty()
                && auditor.conflictOn(client, ConflictBar.IMP_2, days).isEmpty();
    }

    /** The audit's days at its planned start, or else at its target date. */
    private static List<LocalDate> daysOf(PlanningAudit audit) {
        if (audit.getStartDate() != null) {
            return audit.days();
        }
        LocalDate start = audit.getTargetDate().isBefore(audit.getEarliestStart())
                ? audit.getEarliestStart() : audit.getTargetDate();
        return audit.daysFrom(start);
    }

    /** One auditor's competence for the audit, identity kept so a team holds each person once. */
    private static final class Competence {
        private final boolean leads;
        private final Set<String> areas;
        private final Set<String> languages;

        Competence(boolean leads, Set<String> areas, Set<String> languages) {
            this.leads = leads;
            this.areas = areas;
            this.languages = languages;
        }

        boolean leads() {
            return leads;
        }

        Residue leaves(Set<String> areas, Set<String> languages) {
            Set<String> areasLeft = new HashSet<>(areas);
            areasLeft.removeAll(this.areas);
            Set<String> languagesLeft = new HashSet<>(languages);
            languagesLeft.removeAll(this.languages);
            return new Residue(areasLeft, languagesLeft);
        }
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
