package org.certplan.planning;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audits of a problem that no plan can staff, split off before the search: those that no start keeps clear of
 * their own date rules (a window shorter than the audit, a window inside a client blackout, a remote share above
 * AT-9's limit, an overdue audit), and those that no team of the auditors could hold whatever the date
 * ({@link CompetentTeams}). Left in, the search spends auditors on their seats and trades whole teams elsewhere for
 * part-filled ones that no plan can complete; the {@link HardRuleGuard} would leave them unplanned afterwards anyway.
 * They go back into the solver's plan before the guard, which leaves them unplanned with the rule they break or the
 * competence they need.
 */
public record UnplaceableAudits(AuditPlan solvable, List<PlanningAudit> leftOut) {

    /** Nothing left out (a run whose problem is not built yet). */
    public static UnplaceableAudits none() {
        return new UnplaceableAudits(null, List.of());
    }

    public static UnplaceableAudits of(AuditPlan plan) {
        int maxRemotePercent = plan.getPolicy().maxRemotePercent();
        CompetentTeams teams = new CompetentTeams(plan);
        Map<Boolean, List<PlanningAudit>> unplaceable = plan.getAudits().stream()
                .collect(Collectors.partitioningBy(audit -> staysOut(audit, maxRemotePercent)
                        || !audit.isPinned() && teams.need(audit).isPresent()));
        if (unplaceable.get(true).isEmpty()) {
            return new UnplaceableAudits(plan, List.of());
        }
        return new UnplaceableAudits(new AuditPlan(plan.getAuditors(), plan.getClients(), unplaceable.get(false),
                plan.getPolicy(), plan.getWeights()), unplaceable.get(true));
    }

    /** An audit that is not pinned and of which no start keeps its own date rules. */
    public static boolean staysOut(PlanningAudit audit, int maxRemotePercent) {
        return !audit.isPinned() && audit.unplaceable(maxRemotePercent);
    }

    /** The same split with one more audit left out: one fed to the run while it solves. */
    public UnplaceableAudits with(PlanningAudit audit) {
        return new UnplaceableAudits(solvable, Stream.concat(leftOut.stream(), Stream.of(audit)).toList());
    }

    /** The solver's plan with the left-out audits back in, for the guard. */
    public AuditPlan restore(AuditPlan solved) {
        if (leftOut.isEmpty()) {
            return solved;
        }
        List<PlanningAudit> all = Stream.concat(solved.getAudits().stream(), leftOut.stream()).toList();
        return new AuditPlan(solved.getAuditors(), solved.getClients(), all, solved.getPolicy(), solved.getWeights());
    }
}
