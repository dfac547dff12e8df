package org.certplan.planning.replanning;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.certplan.planning.AuditPlan;
import org.certplan.planning.PlanSnapshot;
import org.certplan.planning.RuleMatch;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;

/**
 * What a REPAIR run may change: the published audits whose current date and team break no hard rule are kept;
 * each published audit a hard rule now touches (a new conflict, a leave, an expired qualification, a full month)
 * is released and remembered with the rule ids that force it. Forced audits may be added while the run solves.
 */
public final class RepairScope {

    private final Set<Long> kept;
    private final Map<Long, Set<String>> forced = new ConcurrentHashMap<>();

    private RepairScope(Set<Long> kept, Map<Long, Set<String>> forced) {
        this.kept = ConcurrentHashMap.newKeySet();
        this.kept.addAll(kept);
        forced.forEach((id, rules) -> this.forced.put(id, Collections.synchronizedSet(new TreeSet<>(rules))));
    }

    /** The scope of everything: no audit kept, none forced (FULL runs). */
    public static RepairScope none() {
        return new RepairScope(Set.of(), Map.of());
    }

    public static RepairScope of(PlanSnapshot snapshot, AuditPlan plan,
            SolutionManager<AuditPlan, HardMediumSoftLongScore> solutionManager) {
        Map<Long, Set<String>> breaking = new LinkedHashMap<>();
        solutionManager.explain(plan).getConstraintMatchTotalMap().values().stream()
                .flatMap(total -> total.getConstraintMatchSet().stream())
                .filter(match -> match.getScore().hardScore() < 0 && match.getJustification() instanceof RuleMatch)
                .map(match -> (RuleMatch) match.getJustification())
                .forEach(rule -> rule.auditIds().forEach(id -> breaking.computeIfAbsent(id, k -> new TreeSet<>())
                        .add(rule.ruleId())));
        Set<Long> published = snapshot.audits().values().stream()
                .filter(row -> row.isPublished() && !row.keepsDateAndTeam())
                .map(PlanSnapshot.AuditRow::id).collect(Collectors.toSet());
        Map<Long, Set<String>> forced = new LinkedHashMap<>();
        breaking.forEach((id, rules) -> {
            if (published.contains(id)) {
                forced.put(id, rules);
            }
        });
        Set<Long> kept = published.stream().filter(id -> !forced.containsKey(id)).collect(Collectors.toSet());
        return new RepairScope(kept, forced);
    }

    /** The published audits that keep their date and team. */
    public Set<Long> kept() {
        return Collections.unmodifiableSet(kept);
    }

    /** A kept audit that a change arriving during the run now forces to move. */
    public void force(long auditId, String ruleId) {
        kept.remove(auditId);
        forced.computeIfAbsent(auditId, id -> Collections.synchronizedSet(new TreeSet<>())).add(ruleId);
    }

    public boolean isKept(long auditId) {
        return kept.contains(auditId);
    }

    /** The rule ids forcing the audit to change, comma-separated, or null when it is not forced. */
    public String forcedBy(long auditId) {
        Set<String> rules = forced.get(auditId);
        if (rules == null) {
            return null;
        }
        synchronized (rules) {
            return String.join(", ", rules);
        }
    }
}
