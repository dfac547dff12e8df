package org.certplan.bench;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import com.google.ortools.util.Domain;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.certplan.planning.AuditPlan;
import org.certplan.planning.AuditPlanWeights;
import org.certplan.planning.PlanningAudit;
import org.certplan.planning.PlanningAuditor;
import org.certplan.planning.PlanningPolicy;
import org.certplan.planning.SeatEligibility;
import org.certplan.planning.TeamSeat;
import org.certplan.programme.AuditType;

/**
 * The same objective as {@code AuditPlanConstraints}, as a CP-SAT model, to measure how far the solver's plan is
 * from the optimum on small problems. Variables: one start per open audit (its start range, as the solver's), one
 * literal per seat and eligible auditor. Modelled exactly: the start range and window, client blackouts and
 * holidays (starts that hit them are left out; an audit with no other start is left out of the model, with an empty
 * team, as the hard-rule guard leaves it unplanned), COMP-1/COMP-2 qualification on the audit days, COMP-3/COMP-4 for
 * a complete team, IMP-1/IMP-2/IMP-3, CAP-1 (no overlap per auditor, booked load included; travel days are not
 * modelled, which keeps the model a relaxation), CAP-2 leave, CYC-7, and
 * every medium and soft term (§8.1 unstaffed audits by type and urgency with the empty-seat tie-breaker, §8.2
 * target, §8.3 stability, §8.4 continuity, §8.5 travel, §8.6 balance with its integer division). The tie-breaker
 * counts a partial team's empty seats even where production counts all its seats (a team that cannot be
 * completed), which keeps the model a relaxation. <b>Not modelled: CAP-3 monthly and yearly capacity</b>; the model is a
 * relaxation, so its bound is a valid bound for the real problem, and its plan is scored by the production
 * constraints afterwards (a plan that breaks CAP-3 shows it in its hard score).
 *
 * <p>The objective is lexicographic through a factor of {@link #MEDIUM} on the medium level, above any soft total
 * here.
 */
final class ExactReference {

    static final long MEDIUM = 10_000_000L;

    record Result(CpSolverStatus status, double seconds, long objective, double bound, int modelledAudits,
            int leftOut) {
    }

    private ExactReference() {
    }

    /** Solves {@code plan} with CP-SAT and writes the best assignment found into it. */
    static Result solve(AuditPlan plan, Duration limit) {
        Loader.loadNativeLibraries();
        CpModel model = new CpModel();
        AuditPlanWeights weights = plan.getWeights();
        PlanningPolicy policy = plan.getPolicy();
        Map<PlanningAuditor, List<IntervalVar>> busy = new HashMap<>();
        Map<PlanningAuditor, Long> fixedDays = new HashMap<>();
        Map<PlanningAuditor, LinearExprBuilder> seatDays = new LinkedHashMap<>();
        Map<PlanningAudit, IntVar> starts = new LinkedHashMap<>();
        Map<TeamSeat, Map<PlanningAuditor, BoolVar>> choices = new LinkedHashMap<>();
        LinearExprBuilder objective = LinearExpr.newBuilder();
        int leftOut = 0;

        for (PlanningAudit audit : plan.getAudits()) {
            if (!audit.isPinned()) {
                continue;
            }
            for (TeamSeat seat : audit.getSeats()) {
                if (seat.isAssigned()) {
                    long first = audit.getStartDate().toEpochDay();
                    busy.computeIfAbsent(seat.getAuditor(), a -> new ArrayList<>())
                            .add(model.newFixedInterval(first, audit.lastDay().toEpochDay() + 1 - first, "booked"));
                    fixedDays.merge(seat.getAuditor(), (long) audit.getDurationDays(), Long::sum);
                }
            }
        }

        for (PlanningAudit audit : plan.getAudits()) {
            if (audit.isPinned()) {
                continue;
            }
            List<LocalDate> clean = audit.getStartDateRange().stream().filter(start -> clean(audit, start)).toList();
            if (clean.isEmpty()) {
                audit.getSeats().forEach(seat -> seat.setAuditor(null));
                leftOut++;
                continue;
            }
            IntVar start = model.newIntVarFromDomain(Domain.fromValues(epochDays(clean)), "start" + audit.getId());
            IntVar end = model.newIntVarFromDomain(Domain.fromValues(clean.stream()
                    .mapToLong(s -> last(audit, s).toEpochDay() + 1).distinct().toArray()), "end" + audit.getId());
            var table = model.addAllowedAssignments(List.of(start, end));
            clean.forEach(s -> table.addTuple(new long[] {s.toEpochDay(), last(audit, s).toEpochDay() + 1}));
            starts.put(audit, start);
            IntVar size = model.newIntVar(1, 1_000, "size" + audit.getId());
            model.addEquality(LinearExpr.newBuilder().add(end).addTerm(start, -1).build(), size);
            long target = audit.getTargetDate().toEpochDay();
            IntVar early = model.newIntVar(0, 1_000, "early" + audit.getId());
            IntVar late = model.newIntVar(0, 1_000, "late" + audit.getId());
            model.addGreaterOrEqual(LinearExpr.newBuilder().add(early).add(start).build(), target);
            model.addLessOrEqual(LinearExpr.newBuilder().add(start).addTerm(late, -1).build(), target);
            objective.addTerm(early, weights.getEarlierThanTarget().softScore());
            objective.addTerm(late, weights.getLaterThanTarget().softScore());
            if (audit.isPublished()) {
                IntVar moved = model.newIntVar(0, 10_000, "moved" + audit.getId());
                long published = audit.getPublishedStart().toEpochDay();
                model.addGreaterOrEqual(LinearExpr.newBuilder().add(moved).addTerm(start, -1).build(), -published);
                model.addGreaterOrEqual(LinearExpr.newBuilder().add(moved).add(start).build(), published);
                objective.addTerm(moved, weights.getPublishedDateMoved().softScore());
            }

            List<BoolVar> assignedSeats = new ArrayList<>();
            Map<String, List<Literal>> areaCover = new HashMap<>();
            Map<String, List<Literal>> languageCover = new HashMap<>();
            for (TeamSeat seat : audit.getSeats()) {
                Map<PlanningAuditor, BoolVar> options = new LinkedHashMap<>();
                for (PlanningAuditor auditor : seat.getEligibleAuditors()) {
                    List<LocalDate> allowed = clean.stream().filter(s -> allowed(seat, auditor, s, policy)).toList();
                    if (allowed.isEmpty()) {
                        continue;
                    }
                    BoolVar x = model.newBoolVar("x" + seat.getId() + "_" + auditor.getId());
                    if (allowed.size() < clean.size()) {
                        model.addLinearExpressionInDomain(start, Domain.fromValues(epochDays(allowed))).onlyEnforceIf(x);
                    }
                    options.put(auditor, x);
                    busy.computeIfAbsent(auditor, a -> new ArrayList<>())
                            .add(model.newOptionalIntervalVar(start, size, end, x, "i" + seat.getId() + "_" + auditor.getId()));
                    seatDays.computeIfAbsent(auditor, a -> LinearExpr.newBuilder()).addTerm(x, audit.getDurationDays());
                    if (!audit.isRemote()) {
                        objective.addTerm(x, auditor.distanceKmTo(audit.getClient()) * weights.getTravelDistance().softScore());
                    }
                    if (seat.isLead() && audit.getPreviousLeadId() != null && !auditor.getId().equals(audit.getPreviousLeadId())) {
                        objective.addTerm(x, weights.getLeadContinuity().softScore());
                    }
                    for (String area : audit.getClient().getTechnicalAreas()) {
                        List<LocalDate> covering = allowed.stream()
                                .filter(s -> auditor.technicalAreasOn(audit.daysFrom(s)).contains(area))
                                .toList();
                        if (!covering.isEmpty()) {
                            BoolVar y = model.newBoolVar("y" + seat.getId() + "_" + auditor.getId() + "_" + area);
                            model.addImplication(y, x);
                            if (covering.size() < allowed.size()) {
                                model.addLinearExpressionInDomain(start, Domain.fromValues(epochDays(covering))).onlyEnforceIf(y);
                            }
                            areaCover.computeIfAbsent(area, k -> new ArrayList<>()).add(y);
                        }
                    }
                    auditor.getLanguages().forEach(language -> languageCover.computeIfAbsent(language, k -> new ArrayList<>()).add(x));
                }
                choices.put(seat, options);
                model.addAtMostOne(options.values().toArray(new Literal[0]));
                BoolVar assigned = model.newBoolVar("assigned" + seat.getId());
                model.addEquality(LinearExpr.sum(options.values().toArray(new BoolVar[0])), assigned);
                assignedSeats.add(assigned);
                objective.addTerm(assigned, -MEDIUM * weights.getSeatUnassigned().mediumScore());
                objective.add(MEDIUM * weights.getSeatUnassigned().mediumScore());
                if (seat.getPublishedAuditorId() != null) {
                    long cost = weights.getPublishedTeamChanged().softScore();
                    objective.add(cost);
                    options.forEach((auditor, x) -> {
                        if (auditor.getId().equals(seat.getPublishedAuditorId())) {
                            objective.addTerm(x, -cost);
                        }
                    });
                }
            }
            // COMP-3 / COMP-4 are judged once the team is complete
            BoolVar complete = model.newBoolVar("complete" + audit.getId());
            assignedSeats.forEach(assigned -> model.addImplication(complete, assigned));
            List<Literal> notComplete = new ArrayList<>(List.of(complete));
            assignedSeats.forEach(assigned -> notComplete.add(assigned.not()));
            model.addBoolOr(notComplete);
            long unstaffed = weights.unstaffedCost(audit, policy.nearDeadlineDays());
            objective.addTerm(complete, -MEDIUM * unstaffed);
            objective.add(MEDIUM * unstaffed);
            for (String area : audit.getClient().getTechnicalAreas()) {
                List<Literal> cover = new ArrayList<>(areaCover.getOrDefault(area, List.of()));
                cover.add(complete.not());
                model.addBoolOr(cover);
            }
            for (String language : audit.getClient().getLanguages()) {
                List<Literal> cover = new ArrayList<>(languageCover.getOrDefault(language, List.of()));
                cover.add(complete.not());
                model.addBoolOr(cover);
            }
        }

        // CYC-7: stage 2 between the minimum and maximum gap after stage 1's last day
        for (PlanningAudit stage2 : starts.keySet()) {
            if (stage2.getType() != AuditType.STAGE_2 || stage2.getCertificationId() == null) {
                continue;
            }
            plan.getAudits().stream()
                    .filter(a -> a.getType() == AuditType.STAGE_1 && stage2.getCertificationId().equals(a.getCertificationId()))
                    .findFirst().ifPresent(stage1 -> {
                        IntVar start1 = starts.get(stage1);
                        List<LocalDate> options = start1 == null ? List.of(stage1.getStartDate()) : stage1.getStartDateRange();
                        IntVar lo = model.newIntVar(-1_000_000, 1_000_000, "lo" + stage2.getId());
                        IntVar hi = model.newIntVar(-1_000_000, 1_000_000, "hi" + stage2.getId());
                        IntVar s1 = start1 != null ? start1 : model.newConstant(stage1.getStartDate().toEpochDay());
                        var table = model.addAllowedAssignments(List.of(s1, lo, hi));
                        for (LocalDate s : options) {
                            LocalDate end1 = last(stage1, s);
                            table.addTuple(new long[] {s.toEpochDay(), end1.plusDays(policy.stage2MinGapDays()).toEpochDay(),
                                    end1.plusMonths(policy.stage2MaxGapMonths()).toEpochDay()});
                        }
                        model.addGreaterOrEqual(LinearExpr.newBuilder().add(starts.get(stage2)).addTerm(lo, -1).build(), 0);
                        model.addLessOrEqual(LinearExpr.newBuilder().add(starts.get(stage2)).addTerm(hi, -1).build(), 0);
                    });
        }

        busy.values().forEach(model::addNoOverlap);

        // §8.6: days² × 100 / yearly capacity per auditor, integer division as in the constraint
        for (PlanningAuditor auditor : plan.getAuditors()) {
            LinearExprBuilder days = seatDays.get(auditor);
            if (days == null) {
                continue;
            }
            long fixed = fixedDays.getOrDefault(auditor, 0L);
            IntVar total = model.newIntVar(0, 2_000, "days" + auditor.getId());
            model.addEquality(days.add(fixed).build(), total);
            IntVar square = model.newIntVar(0, 4_000_000, "square" + auditor.getId());
            model.addMultiplicationEquality(square, total, total);
            IntVar balance = model.newIntVar(0, 400_000_000, "balance" + auditor.getId());
            model.addDivisionEquality(balance, LinearExpr.term(square, 100),
                    model.newConstant(Math.max(1, auditor.getMaxDaysPerYear())));
            objective.addTerm(balance, weights.getWorkloadBalance().softScore());
        }

        model.minimize(objective.build());
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(limit.toSeconds()).setNumWorkers(2).setRandomSeed(42);
        CpSolverStatus status = solver.solve(model);
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            starts.forEach((audit, start) -> {
                LocalDate day = LocalDate.ofEpochDay(solver.value(start));
                audit.setStartDate(day);
                audit.getSeats().forEach(seat -> seat.setStartDate(day));
            });
            choices.forEach((seat, options) -> {
                seat.setAuditor(null);
                options.forEach((auditor, x) -> {
                    if (solver.booleanValue(x)) {
                        seat.setAuditor(auditor);
                    }
                });
            });
        }
        return new Result(status, solver.wallTime(), Math.round(solver.objectiveValue()), solver.bestObjectiveBound(),
                starts.size(), leftOut);
    }

    private static boolean clean(PlanningAudit audit, LocalDate start) {
        List<LocalDate> days = audit.daysFrom(start);
        return !start.isBefore(audit.getEarliestStart()) && !days.get(days.size() - 1).isAfter(audit.getLatestEnd())
                && audit.getClient().blackoutDaysAmong(days).isEmpty() && audit.getClient().holidaysAmong(days).isEmpty();
    }

    /** COMP-1/COMP-2, IMP-1/IMP-2/IMP-3, CAP-2 and, for a one-seat audit, COMP-3/COMP-4 on this start. */
    private static boolean allowed(TeamSeat seat, PlanningAuditor auditor, LocalDate start, PlanningPolicy policy) {
        return SeatEligibility.allowedOn(seat, auditor, seat.getAudit().daysFrom(start), policy);
    }

    private static LocalDate last(PlanningAudit audit, LocalDate start) {
        List<LocalDate> days = audit.daysFrom(start);
        return days.get(days.size() - 1);
    }

    private static long[] epochDays(List<LocalDate> days) {
        return days.stream().mapToLong(LocalDate::toEpochDay).distinct().sorted().toArray();
    }
}
