package org.certplan.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;

/** Why an audit got its team and date: the constraint matches that touch it, worst first. */
public class PlanExplainer {

    private final SolutionManager<AuditPlan, HardMediumSoftLongScore> solutionManager;

    public PlanExplainer(SolutionManager<AuditPlan, HardMediumSoftLongScore> solutionManager) {
        this.solutionManager = solutionManager;
    }

    public List<RuleImpact> explain(AuditPlan plan, long auditId) {
        plan.audit(auditId); // an id outside the plan is an error, not an empty explanation
        ScoreExplanation<AuditPlan, HardMediumSoftLongScore> explanation = solutionManager.explain(plan);
        return explanation.getConstraintMatchTotalMap().values().stream()
                .map(ConstraintMatchTotal::getConstraintMatchSet)
                .flatMap(matches -> matches.stream())
                .filter(match -> match.getJustification() instanceof RuleMatch rule && rule.touches(auditId))
                .map(PlanExplainer::toImpact)
                .sorted(Comparator.comparing(RuleImpact::impact))
                .toList();
    }

    /** {@link #explain} for every audit of the plan at once, from one score explanation. */
    public Map<Long, List<RuleImpact>> explainAll(AuditPlan plan) {
        ScoreExplanation<AuditPlan, HardMediumSoftLongScore> explanation = solutionManager.explain(plan);
        Map<Long, List<RuleImpact>> byAudit = new HashMap<>();
        explanation.getConstraintMatchTotalMap().values().stream()
                .flatMap(total -> total.getConstraintMatchSet().stream())
                .filter(match -> match.getJustification() instanceof RuleMatch)
                .forEach(match -> {
                    RuleMatch rule = match.getJustification();
                    RuleImpact impact = toImpact(match);
                    rule.auditIds().forEach(id -> byAudit.computeIfAbsent(id, k -> new ArrayList<>()).add(impact));
                });
        byAudit.values().forEach(impacts -> impacts.sort(Comparator.comparing(RuleImpact::impact)));
        return byAudit;
    }

    private static RuleImpact toImpact(ConstraintMatch<HardMediumSoftLongScore> match) {
        RuleMatch rule = match.getJustification();
        return new RuleImpact(rule.ruleId(), match.getConstraintName(), match.getScore(), rule.auditorId(),
                rule.text());
    }
}
