package org.certplan.planning;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * One planning problem, built from a consistent snapshot: hard = domain-rules §1–7, medium = unassigned seats
 * (§8.1), soft = §8.2–6.
 */
@PlanningSolution
public class AuditPlan {

    @ProblemFactCollectionProperty
    private List<PlanningAuditor> auditors;
    @ProblemFactCollectionProperty
    private List<PlanningClient> clients;
    @ProblemFactProperty
    private PlanningPolicy policy;
    @PlanningEntityCollectionProperty
    private List<PlanningAudit> audits;
    @PlanningEntityCollectionProperty
    private List<TeamSeat> seats;
    @ConstraintConfigurationProvider
    private AuditPlanWeights weights;
    @PlanningScore
    private HardMediumSoftLongScore score;

    @SuppressWarnings("unused")
    private AuditPlan() {
    }

    public AuditPlan(List<PlanningAuditor> auditors, List<PlanningClient> clients, List<PlanningAudit> audits,
            PlanningPolicy policy, AuditPlanWeights weights) {
        this.auditors = List.copyOf(auditors);
        this.clients = List.copyOf(clients);
        this.audits = List.copyOf(audits);
        this.policy = policy;
        this.weights = weights;
        List<TeamSeat> allSeats = new ArrayList<>();
        audits.forEach(audit -> allSeats.addAll(audit.getSeats()));
        this.seats = List.copyOf(allSeats);
        SeatEligibility eligibility = new SeatEligibility(policy);
        audits.stream().filter(audit -> audit.getSeats().get(0).getEligibleAuditors() == null)
                .forEach(audit -> eligibility.assign(audit, this.auditors));
    }

    public List<PlanningAuditor> getAuditors() {
        return auditors;
    }

    public List<PlanningClient> getClients() {
        return clients;
    }

    public PlanningPolicy getPolicy() {
        return policy;
    }

    public List<PlanningAudit> getAudits() {
        return audits;
    }

    public List<TeamSeat> getSeats() {
        return seats;
    }

    public AuditPlanWeights getWeights() {
        return weights;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    /**
     * Audits created while the plan is solved enter it through a problem change
     * ({@link org.optaplanner.core.api.solver.change.ProblemChangeDirector}): their clients as facts, then each
     * audit, with its seats' eligible auditors set from this plan's auditors, and its seats as entities.
     */
    public void addClient(PlanningClient client) {
        clients = append(clients, client);
    }

    /** Sets the eligible auditors of the audit's seats before it is added (see {@link #addClient}). */
    public void assignEligibleAuditors(PlanningAudit audit) {
        new SeatEligibility(policy).assign(audit, auditors);
    }

    public void addAudit(PlanningAudit audit) {
        audits = append(audits, audit);
    }

    public void addSeat(TeamSeat seat) {
        seats = append(seats, seat);
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> longer = new ArrayList<>(list);
        longer.add(element);
        return longer;
    }

    public PlanningAudit audit(long auditId) {
        return audits.stream().filter(a -> a.getId() == auditId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No audit " + auditId + " in this plan"));
    }
}
