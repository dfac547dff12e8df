package org.certplan.planning;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.certplan.audit.AuditStatus;
import org.certplan.planning.weights.WeightsService;
import org.certplan.platform.problem.ProblemException;
import org.certplan.rules.WorkingCalendar;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The best alternative (start date, team) placements of one audit, without re-solving: a plan around the audit
 * under an incremental score director, a sample of start dates from the audit's start range, and per date the
 * eligible auditors of each seat ({@link SeatEligibility}) tried one move at a time: the best leads, each completed
 * greedily seat by seat. Every option is scored by the solver's constraints; when some option breaks no hard rule,
 * only such options are offered.
 */
@ApplicationScoped
public class AuditCandidates {

    private final AuditPlanBuilder builder;
    private final PlanScoring scoring;
    private final CandidateSettings settings;
    private final Clock clock;
    private final WeightsService weights;

    public AuditCandidates(AuditPlanBuilder builder, PlanScoring scoring, CandidateSettings settings, Clock clock,
            WeightsService weights) {
        this.builder = builder;
        this.scoring = scoring;
        this.settings = settings;
        this.clock = clock;
        this.weights = weights;
    }

    private record Found(LocalDate start, List<PlanningAuditor> team, HardMediumSoftLongScore score) {
    }

    public CandidateList candidates(long auditId, int limit) {
        PlanSnapshot snapshot = builder.snapshotAround(auditId, null)
                .orElseThrow(() -> ProblemException.notFound("audit", auditId));
        PlanSnapshot.AuditRow row = snapshot.audits().get(auditId);
        if (row.status() == AuditStatus.COMPLETED || row.status() == AuditStatus.CANCELLED) {
            throw ProblemException.invalidState("audit " + auditId + " is " + row.status() + "; it has no candidates");
        }
        AuditPlan plan = snapshot.planAround(auditId, 0, weights.current());
        PlanningAudit audit = plan.audit(auditId);
        List<TeamSeat> seats = audit.getSeats();
        LocalDate today = LocalDate.now(clock);
        HardMediumSoftLongScore current;
        LocalDate currentStart = audit.getStartDate();
        List<PlanningAuditor> currentTeam = seats.stream().map(TeamSeat::getAuditor).toList();
        List<Found> found = new ArrayList<>();
        try (IncrementalPlanScore score = scoring.openForSearch(plan)) {
            current = score.score();
            for (LocalDate start : sampleStarts(audit, row.startDate(), today)) {
                score.moveStart(audit, start);
                seats.forEach(seat -> score.assign(seat, null));
                List<LocalDate> days = audit.daysFrom(start);
                for (PlanningAuditor lead : best(score, seats.get(0), days, Set.of(), settings.leadsPerDate())) {
                    score.assign(seats.get(0), lead);
                    List<PlanningAuditor> team = new ArrayList<>(List.of(lead));
                    for (TeamSeat seat : seats.subList(1, seats.size())) {
                        List<PlanningAuditor> next = best(score, seat, days, new HashSet<>(team), 1);
                        PlanningAuditor chosen = next.isEmpty() ? null : next.get(0);
                        score.assign(seat, chosen);
                        team.add(chosen);
                    }
                    found.add(new Found(start, team, score.score()));
                    seats.forEach(seat -> score.assign(seat, null));
                }
            }
            score.moveStart(audit, currentStart);
            for (int i = 0; i < seats.size(); i++) {
                score.assign(seats.get(i), currentTeam.get(i));
            }
        }
        List<Found> ranked = found.stream()
                .filter(f -> !(f.start().equals(currentStart) && f.team().equals(currentTeam)))
                .sorted(Comparator.comparing(Found::score).reversed())
                .toList();
        List<CandidateList.Option> options = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        try (IncrementalPlanScore score = scoring.open(plan)) {
            for (Found f : ranked) {
                if (options.size() == limit) {
                    break;
                }
                if (!seen.add(List.of(f.start(), f.team().stream().map(a -> a == null ? 0L : a.getId()).toList()))) {
                    continue;
                }
                List<CandidateList.Breach> breaks = breaches(score, audit, f);
                if (!options.isEmpty() && options.get(0).feasible() && !breaks.isEmpty()) {
                    break;
                }
                options.add(option(audit, f, current, breaks));
            }
        }
        return new CandidateList(auditId, row.startDate(), current.toString(), found.size(), options);
    }

    /** The {@code count} eligible auditors for the seat on these days who score best there, others fixed. */
    private static List<PlanningAuditor> best(IncrementalPlanScore score, TeamSeat seat, List<LocalDate> days,
            Set<PlanningAuditor> taken, int count) {
        record Tried(PlanningAuditor auditor, HardMediumSoftLongScore score) {
        }
        List<Tried> tried = new ArrayList<>();
        for (PlanningAuditor auditor : seat.getEligibleAuditors()) {
            if (!taken.contains(auditor) && SeatEligibility.eligibleOn(seat, auditor, days)) {
                score.assign(seat, auditor);
                tried.add(new Tried(auditor, score.score()));
            }
        }
        score.assign(seat, null);
        return tried.stream().sorted(Comparator.comparing(Tried::score).reversed()).limit(count)
                .map(Tried::auditor).toList();
    }

    /**
     * Evenly spread starts of the audit's start range from today on (the whole range if it lies in the past), with
     * the working day nearest the target and the current start.
     */
    private List<LocalDate> sampleStarts(PlanningAudit audit, LocalDate currentStart, LocalDate today) {
        List<LocalDate> ahead = audit.getStartDateRange().stream().filter(start -> !start.isBefore(today)).toList();
        List<LocalDate> range = ahead.isEmpty() ? audit.getStartDateRange() : ahead;
        Set<LocalDate> starts = new LinkedHashSet<>();
        starts.add(WorkingCalendar.nearest(range, audit.getTargetDate()));
        if (currentStart != null) {
            starts.add(currentStart);
        }
        int samples = Math.max(1, settings.sampleDates());
        for (int i = 0; i < samples && i < range.size(); i++) {
            starts.add(range.get((int) ((long) i * (range.size() - 1) / Math.max(1, samples - 1))));
        }
        return new ArrayList<>(new TreeSet<>(starts));
    }

    private static List<CandidateList.Breach> breaches(IncrementalPlanScore score, PlanningAudit audit, Found f) {
        score.moveStart(audit, f.start());
        for (int i = 0; i < audit.getSeats().size(); i++) {
            score.assign(audit.getSeats().get(i), f.team().get(i));
        }
        List<CandidateList.Breach> breaks = score.hardMatches(audit.getId()).stream()
                .map(m -> new CandidateList.Breach(m.ruleId(), m.text())).distinct().toList();
        audit.getSeats().forEach(seat -> score.assign(seat, null));
        return breaks;
    }

    private static CandidateList.Option option(PlanningAudit audit, Found f, HardMediumSoftLongScore current,
            List<CandidateList.Breach> breaks) {
        List<CandidateList.Member> team = new ArrayList<>();
        for (int i = 0; i < f.team().size(); i++) {
            PlanningAuditor auditor = f.team().get(i);
            if (auditor != null) {
                team.add(new CandidateList.Member(auditor.getId(), auditor.getName(), i == 0 ? "LEAD" : "AUDITOR"));
            }
        }
        HardMediumSoftLongScore delta = f.score().subtract(current);
        List<LocalDate> days = audit.daysFrom(f.start());
        return new CandidateList.Option(f.start(), days.get(days.size() - 1), team, f.score().toString(),
                new CandidateList.Delta(delta.hardScore(), delta.mediumScore(), delta.softScore()),
                breaks.isEmpty() && !team.isEmpty() && team.size() == audit.getSeatCount(), breaks);
    }
}
