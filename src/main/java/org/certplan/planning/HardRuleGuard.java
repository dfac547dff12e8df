package org.certplan.planning;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.certplan.audit.TeamSeats;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;

/**
 * The last step between the solver and a proposal: whole teams or none (COMP-7), and no hard rule broken silently.
 * First every audit with an empty seat is left unplanned, so no auditor's days are booked on a team that is not
 * whole; its reason is why each empty seat stayed empty, judged on the plan as solved. Then every audit the plan
 * still involves in a hard constraint match is left unplanned, with each rule id and the match's sentence. Pinned
 * audits (confirmed, pinned, booked elsewhere) are never released, so a breach among them alone stays in the score.
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
        Map<Long, String> reasons = incompleteTeams(solved, hardMatches(solved));
        Set<Long> unplanned = new LinkedHashSet<>(reasons.keySet());
        release(solved, unplanned);
        AuditPlan plan = without(solved, unplanned);
        while (true) {
            List<RuleMatch> matches = hardMatches(plan);
            Map<Long, PlanningAudit> releasable = plan.getAudits().stream().filter(audit -> !audit.isPinned())
                    .collect(Collectors.toMap(PlanningAudit::getId, audit -> audit));
            Set<Long> release = chooseReleases(matches, releasable);
            if (release.isEmpty()) {
                break;
            }
            int maxRemotePercent = plan.getPolicy().maxRemotePercent();
            for (long id : release) {
                reasons.put(id, DateCauses.of(releasable.get(id), maxRemotePercent)
                        .orElseGet(() -> brokenRules(matches, id)));
                unplanned.add(id);
            }
            release(plan, release);
            plan = without(plan, unplanned);
        }
        solutionManager.update(plan);
        return new GuardedPlan(plan, reasons, unplanned);
    }

    /**
     * Every releasable audit with an empty seat, and why: when no start keeps its own date rules, which rule and what
     * would let one; otherwise the hard rules it breaks on its own as solved if any; otherwise the competence no team
     * of today's auditors has for it, whatever the date; otherwise why each of its empty seats stayed empty.
     */
    private static Map<Long, String> incompleteTeams(AuditPlan solved, List<RuleMatch> matches) {
        EligibilityCheck check = new EligibilityCheck(solved);
        List<PlanningAudit> incomplete = solved.getAudits().stream()
                .filter(audit -> !audit.isPinned() && audit.getSeats().stream().anyMatch(seat -> !seat.isAssigned()))
                .toList();
        CompetenceCauses competence = new CompetenceCauses(solved, incomplete);
        int maxRemotePercent = solved.getPolicy().maxRemotePercent();
        Map<Long, String> reasons = new LinkedHashMap<>();
        for (PlanningAudit audit : incomplete) {
            long id = audit.getId();
            List<RuleMatch> own = matches.stream().filter(m -> m.auditIds().stream().allMatch(a -> a == id)).toList();
            reasons.put(id, DateCauses.of(audit, maxRemotePercent).orElseGet(() -> !own.isEmpty() ? brokenRules(own, id)
                    : "left unplanned without a whole team (" + TeamSeats.RULE + "): " + competence.of(id)
                            .orElseGet(() -> audit.getSeats().stream().filter(seat -> !seat.isAssigned())
                                    .map(seat -> Proposal.emptySeatReason(check, seat))
                                    .collect(Collectors.joining("; ")))));
        }
        return reasons;
    }

    private static String brokenRules(List<RuleMatch> matches, long auditId) {
        Set<String> lines = matches.stream().filter(m -> m.touches(auditId)).map(m -> m.ruleId() + ": " + m.text())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return "left unplanned so that no hard rule is broken: " + String.join("; ", lines);
    }

    private static void release(AuditPlan plan, Set<Long> ids) {
        plan.getAudits().stream().filter(audit -> ids.contains(audit.getId()))
                .forEach(audit -> audit.getSeats().forEach(seat -> seat.setAuditor(null)));
    }

    /**
     * Every releasable audit alone in a hard match, and for each match of several audits that none of those covers,
     * the releasable one in most hard matches (the latest id on a tie).
     */
    private static Set<Long> chooseReleases(List<RuleMatch> matches, Map<Long, PlanningAudit> releasable) {
        Map<Long, Integer> involvement = new HashMap<>();
        matches.forEach(m -> candidates(m, releasable).forEach(id -> involvement.merge(id, 1, Integer::sum)));
        Set<Long> release = new LinkedHashSet<>();
        for (RuleMatch match : matches) {
            List<Long> candidates = candidates(match, releasable);
            if (candidates.size() == 1) {
                release.add(candidates.get(0));
            }
        }
        for (RuleMatch match : matches) {
            List<Long> candidates = candidates(match, releasable);
            if (candidates.size() > 1 && candidates.stream().noneMatch(release::contains)) {
                release.add(candidates.stream()
                        .max(Comparator.comparing((Long id) -> involvement.get(id)).thenComparing(id -> id))
                        .orElseThrow());
            }
        }
        return release;
    }

    private static List<Long> candidates(RuleMatch match, Map<Long, PlanningAudit> releasable) {
        return match.auditIds().stream().filter(releasable::containsKey).distinct().toList();
    }

    private List<RuleMatch> hardMatches(AuditPlan plan) {
        return solutionManager.explain(plan).getConstraintMatchTotalMap().values().stream()
                .flatMap(total -> total.getConstraintMatchSet().stream())
                .filter(match -> match.getScore().hardScore() < 0 && match.getJustification() instanceof RuleMatch)
                .map(match -> (RuleMatch) match.getJustification())
                .toList();
    }

    private static AuditPlan without(AuditPlan plan, Set<Long> unplanned) {
        if (unplanned.isEmpty()) {
            return plan;
        }
        List<PlanningAudit> kept = plan.getAudits().stream().filter(audit -> !unplanned.contains(audit.getId())).toList();
        return new AuditPlan(plan.getAuditors(), plan.getClients(), kept, plan.getPolicy(), plan.getWeights());
    }
}
