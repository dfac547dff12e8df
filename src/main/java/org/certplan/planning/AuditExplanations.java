package org.certplan.planning;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.certplan.audit.Audit;
import org.certplan.planning.weights.WeightsService;
import org.certplan.platform.problem.ProblemException;

/** Explains an audit from the latest run that planned it, or, failing that, from the eligibility rules. */
@ApplicationScoped
public class AuditExplanations {

    private final PlanningRunService runs;
    private final AuditPlanBuilder builder;
    private final WeightsService weights;

    public AuditExplanations(PlanningRunService runs, AuditPlanBuilder builder, WeightsService weights) {
        this.runs = runs;
        this.builder = builder;
        this.weights = weights;
    }

    public AuditExplanation explain(long auditId) {
        requireAudit(auditId);
        return runs.latestProposalFor(auditId)
                .map(change -> new AuditExplanation(auditId, "PLANNING_RUN", change.runId, change.newStart,
                        change.newEnd, runs.impacts(change), change.unassignedReason, null))
                .orElseGet(() -> eligibility(auditId));
    }

    private AuditExplanation eligibility(long auditId) {
        AuditPlan plan = builder.snapshotOf(auditId).plan(weights.current());
        PlanningAudit audit = plan.audit(auditId);
        EligibilityCheck check = new EligibilityCheck(plan);
        List<AuditExplanation.SeatVerdicts> seats = audit.getSeats().stream()
                .map(seat -> new AuditExplanation.SeatVerdicts(seat.role(), seat.getStartDate(),
                        check.candidatesFor(seat).stream()
                                .map(v -> new AuditExplanation.Verdict(v.auditor().getId(), v.auditor().getName(),
                                        v.eligible(), v.breaches()))
                                .toList()))
                .toList();
        return new AuditExplanation(auditId, "ELIGIBILITY", null, audit.getStartDate(), audit.lastDay(), List.of(),
                null, seats);
    }

    void requireAudit(long auditId) {
        if (Audit.findById(auditId) == null) {
            throw ProblemException.notFound("audit", auditId);
        }
    }
}
