package org.certplan.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.solver.SolutionManager;

/**
 * The last step between the solver and a proposal: a proposal never breaks a hard rule silently. Every audit the
 * solver's best plan still involves in a hard constraint match loses its whole team; if the audit's own date breaks
 * a rule (window, stage 2 gap, blackout, public holiday, weekend, remote share) it is left unplanned instead. The
 * reason lists each rule id with the match's sentence. Pinned audits (confirmed, pinned, booked elsewhere) are never
 * released, so a breach among them alone stays in the score.
 *
 * <p>A match between several audits (CAP-1, CAP-3, CYC-7) releases one of them, the one in most hard matches; the
 * plan is re-scored and checked again until no releasable audit breaks a hard rule. The score of the returned plan
 * is that of the plan as proposed.
 */
public final class HardRuleGuard {

    private final SolutionManager<AuditPlan, HardMediumSoftLongScore> solutionManager;

    public HardRuleGuard(SolutionManager<AuditPlan, HardMediumSoftLongScore> solutionManager) {
        this.solutionManager = solutionManager;
    }

    public GuardedPlan guard(AuditPlan solved) {
        AuditPlan plan = solved;
        Map<Long, List<String>> reasons = new LinkedHashMap<>();
        Set<Long> unplanned = new LinkedHashSet<>();
        while (true) {
            List<HardMatch> matches = hardMatches(plan);
            Map<Long, PlanningAudit> releasable = plan.getAudits().stream().filter(audit -> !audit.isPinned())
                    .collect(Collectors.toMap(PlanningAudit::getId, audit -> audit));
            Set<Long> release = chooseReleases(matches, releasable);
            if (release.isEmpty()) {
                break;
            }
            for (long id : release) {
                List<HardMatch> touching = matches.stream().filter(m -> m.rule().touches(id)).toList();
                // a breach that outlives the release of the team lies in the audit itself: it is left unplanned
                boolean releasedBefore = reasons.containsKey(id);
                touching.forEach(m -> reasons.computeIfAbsent(id, k -> new ArrayList<>())
                        .add(m.rule().ruleId() + ": " + m.rule().text()));
                releasable.get(id).getSeats().forEach(seat -> seat.setAuditor(null));
                if (releasedBefore || touching.stream().anyMatch(HardMatch::dateAtFault)) {
                    unplanned.add(id);
                }
            }
            plan = without(plan, unplanned);
        }
        solutionManager.update(plan);
        Map<Long, String> texts = new LinkedHashMap<>();
        reasons.forEach((id, lines) -> texts.put(id, (unplanned.contains(id) ? "left unplanned" : "team released")
                + " so that no hard rule is broken: " + String.join("; ", new LinkedHashSet<>(lines))));
        return new GuardedPlan(plan, texts, unplanned);
    }

    /**
     * Every releasable audit alone in a hard match, and for each match of several audits that none of those covers,
     * the releasable one in most hard matches (the latest id on a tie).
     */
    private static Set<Long> chooseReleases(List<HardMatch> matches, Map<Long, PlanningAudit> releasable) {
        Map<Long, Integer> involvement = new HashMap<>();
        matches.forEach(m -> candidates(m, releasable).forEach(id -> involvement.merge(id, 1, Integer::sum)));
        Set<Long> release = new LinkedHashSet<>();
        for (HardMatch match : matches) {
            List<Long> candidates = candidates(match, releasable);
            if (candidates.size() == 1) {
                release.add(candidates.get(0));
            }
        }
        for (HardMatch match : matches) {
            List<Long> candidates = candidates(match, releasable);
            if (candidates.size() > 1 && candidates.stream().noneMatch(release::contains)) {
                release.add(candidates.stream()
                        .max(Comparator.comparing((Long id) -> involvement.get(id)).thenComparing(id -> id))
                        .orElseThrow());
            }
        }
        return release;
    }

    private static List<Long> candidates(HardMatch match, Map<Long, PlanningAudit> releasable) {
        return match.rule().auditIds().stream().filter(releasable::containsKey).distinct().toList();
    }

    private List<HardMatch> hardMatches(AuditPlan plan) {
        return solutionManager.explain(plan).getConstraintMatchTotalMap().values().stream()
                .flatMap(total -> total.getConstraintMatchSet().stream())
                .filter(match -> match.getScore().hardScore() < 0 && match.getJustification() instanceof RuleMatch)
                .map(HardRuleGuard::toHardMatch)
                .toList();
    }

    private static HardMatch toHardMatch(ConstraintMatch<HardMediumSoftLongScore> match) {
        return new HardMatch(match.getJustification(),
                AuditPlanConstraints.DATE_RULES.contains(match.getConstraintName()));
    }

    private static AuditPlan without(AuditPlan plan, Set<Long> unplanned) {
        if (unplanned.isEmpty()) {
            return plan;
        }
        List<PlanningAudit> kept = plan.getAudits().stream().filter(audit -> !unplanned.contains(audit.getId())).toList();
        return new AuditPlan(plan.getAuditors(), plan.getClients(), kept, plan.getPolicy(), plan.getWeights());
    }

    private record HardMatch(RuleMatch rule, boolean dateAtFault) {
    }
}
