package org.certplan.planning.baseline;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.certplan.planning.AuditPlan;
import org.certplan.planning.PlanningAudit;
import org.certplan.planning.PlanningAuditor;
import org.certplan.planning.PlanningPolicy;
import org.certplan.planning.TeamSeat;
import org.certplan.programme.AuditType;
import org.certplan.rules.Capacity;
import org.certplan.rules.ConflictBar;
import org.certplan.rules.Travel;

/**
 * What a careful planner does with a spreadsheet, as the yardstick for the solver: audits in deadline order (latest
 * end first to fall due first), each on the earliest start of its window on which a whole team is free, each seat
 * taken by the first eligible auditor (in the seat's eligible list, i.e. auditor id order) who is free, available,
 * qualified on those days, not barred from the client and within capacity; an auditor who adds a missing technical
 * area or language is preferred so that the team covers the scope. An audit no date can staff keeps a date that
 * breaks none of its own date rules and an empty team. An audit every start of which breaks such a rule (a window
 * shorter than the audit, a window inside a client blackout, a stage 2 no gap after its stage 1 fits, a remote share
 * above the limit) is left out of the baseline's plan, unplanned, as the solver's
 * {@link org.certplan.planning.HardRuleGuard} does.
 *
 * <p>Pinned audits (confirmed, pinned, booked elsewhere) keep their date and team and count as load. As the baseline
 * ({@link #plan}) everything else is planned afresh; as the solver's warm start ({@link #complete}) only the audits
 * without any auditor are planned and every team already in the plan counts as load. The result is the same
 * {@link AuditPlan}, to be scored by the same constraints as the solver's.
 */
public final class GreedyPlanner {

    /** Deadline order: latest end, then earliest start, then id. */
    public static final Comparator<PlanningAudit> DEADLINE_ORDER = Comparator.comparing(PlanningAudit::getLatestEnd)
            .thenComparing(PlanningAudit::getEarliestStart)
            .thenComparing(PlanningAudit::getId);

    private final PlanningPolicy policy;
    private final PlanWriter writer;
    private final Map<PlanningAuditor, Set<LocalDate>> busy = new HashMap<>();
    private final Map<PlanningAuditor, Map<YearMonth, Integer>> monthLoad = new HashMap<>();
    private final Map<PlanningAuditor, Map<Year, Integer>> yearLoad = new HashMap<>();
    private final Map<Long, PlanningAudit> stage1ByCertification = new HashMap<>();
    private final Set<PlanningAudit> unplannable = new HashSet<>();

    private GreedyPlanner(PlanningPolicy policy, PlanWriter writer) {
        this.policy = policy;
        this.writer = writer;
    }

    /**
     * The baseline: plans every audit that is not pinned afresh, in place, and returns the plan as proposed (not
     * scored here): {@code plan} itself, or a copy without the audits no start of which keeps their date rules.
     */
    public static AuditPlan plan(AuditPlan plan) {
        plan.getAudits().stream().filter(audit -> !audit.isPinned())
                .forEach(audit -> audit.getSeats().forEach(seat -> seat.setAuditor(null)));
        GreedyPlanner planner = new GreedyPlanner(plan.getPolicy(), PlanWriter.DIRECT);
        planner.run(plan);
        if (planner.unplannable.isEmpty()) {
            return plan;
        }
        List<PlanningAudit> kept = plan.getAudits().stream()
                .filter(audit -> !planner.unplannable.contains(audit)).toList();
        return new AuditPlan(plan.getAuditors(), plan.getClients(), kept, plan.getPolicy(), plan.getWeights());
    }

    /**
     * Plans the audits that are not pinned and have no auditor on any seat, through {@code writer}; every team
     * already in the plan stays as it is and counts as load. An audit no start of which keeps its date rules stays
     * in the plan with an empty team (the solver's guard leaves it unplanned after the search).
     */
    public static void complete(AuditPlan plan, PlanWriter writer) {
        new GreedyPlanner(plan.getPolicy(), writer).run(plan);
    }

    private void run(AuditPlan plan) {
        List<PlanningAudit> open = new ArrayList<>();
        for (PlanningAudit audit : plan.getAudits()) {
            if (audit.getType() == AuditType.STAGE_1 && audit.getCertificationId() != null) {
                stage1ByCertification.put(audit.getCertificationId(), audit);
            }
            if (audit.isPinned() || audit.getSeats().stream().anyMatch(TeamSeat::isAssigned)) {
                audit.getSeats().stream().filter(TeamSeat::isAssigned)
                        .forEach(seat -> book(audit, seat.getAuditor(), audit.days()));
            } else {
                open.add(audit);
            }
        }
        open.sort(DEADLINE_ORDER);
        for (PlanningAudit audit : open) {
            place(audit);
        }
    }

    private void place(PlanningAudit audit) {
        LocalDate fallback = null;
        for (LocalDate start : audit.getStartDateRange()) {
            if (!dateKeepsRules(audit, start)) {
                continue;
            }
            List<LocalDate> days = audit.daysFrom(start);
            if (fallback == null) {
                fallback = start;
            }
            Optional<List<PlanningAuditor>> team = team(audit, days);
            if (team.isPresent()) {
                setStart(audit, start);
                for (int i = 0; i < team.get().size(); i++) {
                    writer.auditor(audit.getSeats().get(i), team.get().get(i));
                    book(audit, team.get().get(i), days);
                }
                return;
            }
        }
        if (fallback == null) {
            unplannable.add(audit);
        }
        LocalDate current = audit.getStartDate();
        boolean currentKeepsRules = dateKeepsRules(audit, current);
        setStart(audit, currentKeepsRules || fallback == null ? current : fallback);
    }

    /**
     * The rules no team can help: window, client blackout and holidays, CYC-7 gap after stage 1, and AT-9 (the
     * audit's own remote share, false on every date).
     */
    private boolean dateKeepsRules(PlanningAudit audit, LocalDate start) {
        if (!audit.startKeepsOwnDateRules(start, policy.maxRemotePercent())) {
            return false;
        }
        if (audit.getType() == AuditType.STAGE_2 && audit.getCertificationId() != null) {
            PlanningAudit stage1 = stage1ByCertification.get(audit.getCertificationId());
            if (stage1 != null) {
                LocalDate stage1End = stage1.lastDay();
                return !start.isBefore(stage1End.plusDays(policy.stage2MinGapDays()))
                        && !start.isAfter(stage1End.plusMonths(policy.stage2MaxGapMonths()));
            }
        }
        return true;
    }

    /**
     * A whole team free on the days, seat by seat, or none: each seat takes the first free auditor who adds a
     * technical area or language the team still lacks, or else the first free one; the last seat only one who
     * covers all that is still missing, judged before whether they are free since that is the cheaper question.
     */
    private Optional<List<PlanningAuditor>> team(PlanningAudit audit, List<LocalDate> days) {
        List<PlanningAuditor> team = new ArrayList<>();
        for (TeamSeat seat : audit.getSeats()) {
            boolean last = team.size() == audit.getSeatCount() - 1;
            Set<String> missingAreas = audit.missingTechnicalAreas(team, days);
            Set<String> missingLanguages = audit.missingLanguages(team);
            boolean nothingMissing = missingAreas.isEmpty() && missingLanguages.isEmpty();
            PlanningAuditor chosen = null;
            PlanningAuditor firstFree = null;
            for (PlanningAuditor candidate : seat.getEligibleAuditors()) {
                if (team.contains(candidate)) {
                    continue;
                }
                boolean adds = nothingMissing || (last ? coversAll(candidate, missingAreas, missingLanguages, days)
                        : addsAny(candidate, missingAreas, missingLanguages, days));
                if (last && !adds || !free(seat, candidate, days)) {
                    continue;
                }
                if (adds) {
                    chosen = candidate;
                    break;
                }
                if (firstFree == null) {
                    firstFree = candidate;
                }
            }
            chosen = chosen != null ? chosen : firstFree;
            if (chosen == null) {
                return Optional.empty();
            }
            team.add(chosen);
        }
        return Optional.of(team);
    }

    private static boolean coversAll(PlanningAuditor candidate, Set<String> areas, Set<String> languages,
            List<LocalDate> days) {
        return candidate.getLanguages().containsAll(languages) && candidate.technicalAreasOn(days).containsAll(areas);
    }

    private static boolean addsAny(PlanningAuditor candidate, Set<String> areas, Set<String> languages,
            List<LocalDate> days) {
        return candidate.getLanguages().stream().anyMatch(languages::contains)
                || candidate.technicalAreasOn(days).stream().anyMatch(areas::contains);
    }

    /** CAP-1 (travel days included, the cheapest to judge), COMP-1/COMP-2, IMP-1/2/3, CAP-2 and CAP-3. */
    private boolean free(TeamSeat seat, PlanningAuditor auditor, List<LocalDate> days) {
        PlanningAudit audit = seat.getAudit();
        Set<LocalDate> booked = busy.getOrDefault(auditor, Set.of());
        if (!booked.isEmpty() && Travel.busyDays(days, audit.needsTravelDay(auditor), audit.calendar()).stream()
                .anyMatch(booked::contains)) {
            return false;
        }
        long clientId = audit.getClient().getId();
        if (seat.isLead() ? !auditor.qualifiedToLead(days) : !auditor.qualifiedToAudit(days)) {
            return false;
        }
        if (seat.isLead() && auditor.rotationBars(audit, policy.rotationCycles())) {
            return false;
        }
        if (auditor.barredDays(clientId, ConflictBar.IMP_1, days) > 0
                || auditor.barredDays(clientId, ConflictBar.IMP_2, days) > 0
                || !auditor.unavailableAmong(days).isEmpty()) {
            return false;
        }
        Map<YearMonth, Integer> months = monthLoad.getOrDefault(auditor, Map.of());
        Map<Year, Integer> years = yearLoad.getOrDefault(auditor, Map.of());
        return Capacity.byMonth(days).entrySet().stream()
                        .allMatch(e -> months.getOrDefault(e.getKey(), 0) + e.getValue() <= auditor.getMaxDaysPerMonth())
                && Capacity.byYear(days).entrySet().stream()
                        .allMatch(e -> years.getOrDefault(e.getKey(), 0) + e.getValue() <= auditor.getMaxDaysPerYear());
    }

    private void book(PlanningAudit audit, PlanningAuditor auditor, List<LocalDate> days) {
        busy.computeIfAbsent(auditor, a -> new HashSet<>())
                .addAll(Travel.busyDays(days, audit.needsTravelDay(auditor), audit.calendar()));
        Capacity.byMonth(days).forEach((month, count) ->
                monthLoad.computeIfAbsent(auditor, a -> new HashMap<>()).merge(month, count, Integer::sum));
        Capacity.byYear(days).forEach((year, count) ->
                yearLoad.computeIfAbsent(auditor, a -> new HashMap<>()).merge(year, count, Integer::sum));
    }

    private void setStart(PlanningAudit audit, LocalDate start) {
        if (!start.equals(audit.getStartDate())) {
            writer.start(audit, start);
        }
    }
}
