package org.certplan.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.certplan.planning.AuditPlan;
import org.certplan.planning.AuditPlanWeights;
import org.certplan.planning.HardRuleGuard;
import org.certplan.planning.PlanSnapshot;
import org.certplan.planning.PlanningAudit;
import org.certplan.planning.PlanningAuditor;
import org.certplan.planning.PlanningClient;
import org.certplan.planning.PlanningPolicy;
import org.certplan.planning.TeamSeat;
import org.certplan.planning.UnplaceableAudits;
import org.certplan.programme.AuditType;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * A split by period with a final pass: the horizon's audits in order of target date, cut into {@code parts} periods
 * of about equal size (stage 1 and stage 2 of one certification stay together, CYC-7 ties them), each solved on its
 * own with everything planned in earlier periods as booked load, each period's plan passed through the guard; then
 * the periods are put together into one plan of the whole horizon, which the guard and the constraints judge as a
 * whole. What this costs against one solve of the whole horizon in the same total time is the figure reported.
 */
final class PeriodDecomposition {

    private PeriodDecomposition() {
    }

    static AuditPlan solve(PlanSnapshot snapshot, int parts, Duration total, Function<Duration, SolverConfig> configs,
            SolutionManager<AuditPlan, HardMediumSoftLongScore> solutions) {
        AuditPlan whole = snapshot.plan(new AuditPlanWeights());
        List<PlanningAuditor> auditors = whole.getAuditors();
        List<PlanningClient> clients = whole.getClients().stream().filter(c -> c.getId() > 0).toList();
        PlanningPolicy policy = whole.getPolicy();
        Duration perPart = total.dividedBy(parts);
        SolverFactory<AuditPlan> factory = SolverFactory.create(configs.apply(perPart));

        List<PlanSnapshot.FixedLoad> booked = new ArrayList<>(snapshot.fixedLoad());
        // confirmed and pinned audits are load for every period (and keep their place in the whole plan)
        snapshot.audits().values().stream().filter(PlanSnapshot.AuditRow::keepsDateAndTeam).forEach(row -> row.seatOrder()
                .forEach(auditorId -> booked.add(new PlanSnapshot.FixedLoad(row.id(), auditorId, row.startDate(),
                        row.endDate() != null ? row.endDate() : row.startDate()))));
        Map<Long, PlanningAudit> planned = new HashMap<>();
        for (List<PlanSnapshot.AuditRow> period : periods(snapshot, parts)) {
            PlanSnapshot part = new PlanSnapshot(snapshot.from(), snapshot.to(), period, auditors, clients, booked, policy);
            UnplaceableAudits problem = UnplaceableAudits.of(part.plan(new AuditPlanWeights()));
            AuditPlan solved = new HardRuleGuard(solutions)
                    .guard(problem.restore(factory.buildSolver().solve(problem.solvable()))).plan();
            for (PlanningAudit audit : solved.getAudits()) {
                if (audit.getId() <= 0) {
                    continue;
                }
                planned.put(audit.getId(), audit);
                for (TeamSeat seat : audit.getSeats()) {
                    if (seat.isAssigned()) {
                        booked.add(new PlanSnapshot.FixedLoad(audit.getId(), seat.getAuditor().getId(),
                                audit.getStartDate(), audit.lastDay()));
                    }
                }
            }
        }

        for (PlanningAudit audit : whole.getAudits()) {
            PlanningAudit solved = planned.get(audit.getId());
            if (audit.getId() <= 0 || audit.isPinned()) {
                continue;
            }
            if (solved == null) {
                audit.getSeats().forEach(seat -> seat.setAuditor(null));
                continue;
            }
            audit.setStartDate(solved.getStartDate());
            for (int i = 0; i < audit.getSeats().size(); i++) {
                TeamSeat seat = audit.getSeats().get(i);
                seat.setStartDate(solved.getStartDate());
                PlanningAuditor auditor = solved.getSeats().get(i).getAuditor();
                seat.setAuditor(auditor == null ? null : auditors.stream()
                        .filter(a -> a.getId().equals(auditor.getId())).findFirst().orElseThrow());
            }
        }
        return new HardRuleGuard(solutions).guard(whole).plan();
    }

    /** The audits by target date in {@code parts} runs of about equal size; a certification's stages stay together. */
    static List<List<PlanSnapshot.AuditRow>> periods(PlanSnapshot snapshot, int parts) {
        Map<Object, List<PlanSnapshot.AuditRow>> groups = new LinkedHashMap<>();
        for (PlanSnapshot.AuditRow row : snapshot.audits().values()) {
            if (row.keepsDateAndTeam()) {
                continue;
            }
            boolean stage = row.type() == AuditType.STAGE_1 || row.type() == AuditType.STAGE_2;
            Object key = stage && row.certificationId() != null ? "certification " + row.certificationId() : row.id();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<List<PlanSnapshot.AuditRow>> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparing(group -> group.stream().map(PlanSnapshot.AuditRow::targetDate)
                .min(Comparator.naturalOrder()).orElseThrow()));
        int size = (ordered.stream().mapToInt(List::size).sum() + parts - 1) / parts;
        List<List<PlanSnapshot.AuditRow>> periods = new ArrayList<>();
        List<PlanSnapshot.AuditRow> current = new ArrayList<>();
        for (List<PlanSnapshot.AuditRow> group : ordered) {
            current.addAll(group);
            if (current.size() >= size) {
                periods.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            periods.add(current);
        }
        return periods;
    }
}
