package org.certplan.planning;

import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why one constraint match happened, in a planner's words: the governing rule id, the audits it touches, the
 * auditor involved (null when none) and a sentence.
 */
public record RuleMatch(String ruleId, List<Long> auditIds, Long auditorId, String text)
        implements ConstraintJustification {

    public RuleMatch {
        auditIds = List.copyOf(auditIds);
    }

    public static RuleMatch of(String ruleId, PlanningAudit audit, PlanningAuditor auditor, String text) {
        return new RuleMatch(ruleId, List.of(audit.getId()), auditor == null ? null : auditor.getId(), text);
    }

    public boolean touches(long auditId) {
        return auditIds.contains(auditId);
    }
}
