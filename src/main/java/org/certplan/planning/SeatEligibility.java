package org.certplan.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.certplan.rules.ConflictBar;
import org.certplan.rules.Qualification;
import org.certplan.rules.QualificationRole;

/**
 * The auditors the search may put on a seat: those who, on at least one start date the audit can take, break none
 * of the rules that depend only on the auditor, the client and the dates — COMP-1 (lead) or COMP-2 qualification,
 * IMP-1/IMP-2 conflicts, IMP-3 rotation (lead), CAP-2 unavailability, and for a one-seat audit COMP-3 technical
 * areas and COMP-4 languages. Computed once per seat, before solving, with the predicates the constraints use;
 * the constraints still judge the actual date.
 */
public final class SeatEligibility {

    private final PlanningPolicy policy;

    SeatEligibility(PlanningPolicy policy) {
        this.policy = policy;
    }

    /** Sets the eligible auditors of every seat of the audit. */
    void assign(PlanningAudit audit, List<PlanningAuditor> auditors) {
        StartOptions options = StartOptions.of(audit);
        for (TeamSeat seat : audit.getSeats()) {
            List<PlanningAuditor> eligible = new ArrayList<>();
            for (PlanningAuditor auditor : auditors) {
                if (eligible(seat, auditor, options) || (audit.isPinned() && auditor == seat.getAuditor())) {
                    eligible.add(auditor);
                }
            }
            seat.setEligibleAuditors(eligible);
        }
    }

    boolean eligible(TeamSeat seat, PlanningAuditor auditor) {
        return eligible(seat, auditor, StartOptions.of(seat.getAudit()));
    }

    /** Date-free necessary conditions first: most auditors fail one, and the per-start check is the costly part. */
    private boolean eligible(TeamSeat seat, PlanningAuditor auditor, StartOptions options) {
        PlanningAudit audit = seat.getAudit();
        long clientId = audit.getClient().getId();
        if (seat.isLead() && auditor.rotationBars(seat.getAudit(), policy.rotationCycles())) {
            return false;
        }
        if (audit.getSeatCount() == 1 && !audit.missingLanguages(List.of(auditor)).isEmpty()) {
            return false;
        }
        if (!qualifiedSometimeBetween(seat, auditor, options.first(), options.last())) {
            return false;
        }
        if (audit.getSeatCount() == 1 && !mayCoverTechnicalAreas(auditor, options)) {
            return false;
        }
        for (List<LocalDate> days : options.days()) {
            if (eligibleOn(seat, auditor, days)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the auditor may hold the seat on these audit days, whoever else is on the team: {@link #eligibleOn}
     * with IMP-3 for the lead and, for a one-seat audit, COMP-4.
     */
    public static boolean allowedOn(TeamSeat seat, PlanningAuditor auditor, List<LocalDate> days,
            PlanningPolicy policy) {
        PlanningAudit audit = seat.getAudit();
        return !(seat.isLead() && auditor.rotationBars(audit, policy.rotationCycles()))
                && (audit.getSeatCount() > 1 || audit.missingLanguages(List.of(auditor)).isEmpty())
                && eligibleOn(seat, auditor, days);
    }

    static boolean eligibleOn(TeamSeat seat, PlanningAuditor auditor, List<LocalDate> days) {
        PlanningAudit audit = seat.getAudit();
        long clientId = audit.getClient().getId();
        return (seat.isLead() ? auditor.qualifiedToLead(days) : auditor.qualifiedToAudit(days))
                && auditor.conflictOn(clientId, ConflictBar.IMP_1, days).isEmpty()
                && auditor.conflictOn(clientId, ConflictBar.IMP_2, days).isEmpty()
                && auditor.unavailableAmong(days).isEmpty()
                && (audit.getSeatCount() > 1 || audit.missingTechnicalAreas(List.of(auditor), days).isEmpty());
    }

    /** A quick necessary condition: some qualification for the seat's role is valid at some point of the span. */
    private static boolean qualifiedSometimeBetween(TeamSeat seat, PlanningAuditor auditor, LocalDate first, LocalDate last) {
        return auditor.getQualifications().stream()
                .filter(q -> seat.isLead() ? q.role() == QualificationRole.LEAD_AUDITOR : q.countsAsAuditor())
                .anyMatch(q -> validSometimeBetween(q, first, last));
    }

    /** A quick necessary condition of COMP-3 for a one-seat audit: the areas of every qualification valid in the span. */
    private static boolean mayCoverTechnicalAreas(PlanningAuditor auditor, StartOptions options) {
        return options.areasLeftByExperts().isEmpty()
                || areasSometimeBetween(auditor, options.first(), options.last()).containsAll(options.areasLeftByExperts());
    }

    private static Set<String> areasSometimeBetween(PlanningAuditor auditor, LocalDate first, LocalDate last) {
        Set<String> areas = new HashSet<>();
        auditor.getQualifications().stream().filter(q -> validSometimeBetween(q, first, last))
                .forEach(q -> areas.addAll(q.technicalAreas()));
        return areas;
    }

    private static boolean validSometimeBetween(Qualification q, LocalDate first, LocalDate last) {
        return !q.validFrom().isAfter(last) && (q.validTo() == null || !q.validTo().isBefore(first));
    }

    /**
     * The audit's days for each start it can take, the span they cover, and the client's technical areas that no
     * technical expert of the audit covers at some point of that span.
     */
    private record StartOptions(List<List<LocalDate>> days, LocalDate first, LocalDate last, Set<String> areasLeftByExperts) {

        static StartOptions of(PlanningAudit audit) {
            List<List<LocalDate>> days = dayOptions(audit);
            LocalDate first = days.stream().map(d -> d.get(0)).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = days.stream().map(d -> d.get(d.size() - 1)).max(LocalDate::compareTo).orElseThrow();
            Set<String> left = new HashSet<>(audit.getClient().getTechnicalAreas());
            audit.getTechnicalExperts().forEach(expert -> left.removeAll(areasSometimeBetween(expert, first, last)));
            return new StartOptions(days, first, last, left);
        }
    }

    /** The audit's days for each start it can take, the current start first; a pinned audit keeps its start. */
    static List<List<LocalDate>> dayOptions(PlanningAudit audit) {
        List<List<LocalDate>> options = new ArrayList<>();
        options.add(audit.daysFrom(audit.getStartDate()));
        if (!audit.isPinned()) {
            for (LocalDate start : audit.getStartDateRange()) {
                if (!start.equals(audit.getStartDate())) {
                    options.add(audit.daysFrom(start));
                }
            }
        }
        return options;
    }
}
