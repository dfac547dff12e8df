package org.certplan.planning;

import java.util.Map;
import java.util.Set;

/**
 * A solved plan after the {@link HardRuleGuard}: the plan as proposed (without the audits left unplanned, scored),
 * and the audits it left unplanned, each with its reason. Every audit still in the plan and not pinned has a whole
 * team.
 */
public record GuardedPlan(AuditPlan plan, Map<Long, String> releaseReasons, Set<Long> unplanned) {

    public GuardedPlan {
        releaseReasons = Map.copyOf(releaseReasons);
        unplanned = Set.copyOf(unplanned);
    }

    public boolean isUnplanned(long auditId) {
        return unplanned.contains(auditId);
    }
}
