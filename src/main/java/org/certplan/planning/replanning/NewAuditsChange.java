package org.certplan.planning.replanning;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.certplan.planning.AuditPlan;
import org.certplan.planning.DateRange;
import org.certplan.planning.PlanSnapshot;
import org.certplan.planning.PlanningAudit;
import org.certplan.planning.PlanningAuditor;
import org.certplan.planning.PlanningClient;
import org.certplan.planning.TeamSeat;
import org.certplan.planning.UnplaceableAudits;
import org.optaplanner.core.api.solver.change.ProblemChange;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;

/**
 * Audits created while a run solves (a new certification's stages, a follow-up audit), read into {@code added} by
 * the same builder as the run's snapshot, join the working plan: their clients, then each audit and its seats, on
 * the plan's own auditors. Auditors learn the facts read for the new audits' windows beyond the days the plan
 * covered ({@code known}). New audits are never published, so a REPAIR run plans them freely like a FULL run. One
 * that no start can place stays out of the search like those of the run's own problem ({@link UnplaceableAudits}):
 * it goes to {@code setAside}. {@code applied} runs once they are in, on the solver's thread.
 */
public record NewAuditsChange(PlanSnapshot added, DateRange known, Consumer<PlanningAudit> setAside, Runnable applied)
        implements ProblemChange<AuditPlan> {

    @Override
    public void doChange(AuditPlan working, ProblemChangeDirector director) {
        Map<Long, PlanningAuditor> auditors = new HashMap<>();
        for (PlanningAuditor auditor : working.getAuditors()) {
            auditors.put(auditor.getId(), auditor);
            PlanningAuditor later = added.auditor(auditor.getId());
            if (later != null && auditor.lacksFactsOf(later, known)) {
                director.changeProblemProperty(auditor, a -> a.learnFactsOf(later, known));
            }
        }
        Map<Long, PlanningClient> clients = new HashMap<>();
        working.getClients().forEach(client -> clients.put(client.getId(), client));
        for (PlanningClient client : added.clients()) {
            if (!clients.containsKey(client.getId())) {
                director.addProblemFact(client, working::addClient);
                clients.put(client.getId(), client);
            }
        }
        for (PlanningAudit audit : added.entitiesFor(auditors, clients)) {
            if (working.getAudits().stream().anyMatch(a -> a.getId().equals(audit.getId()))) {
                continue;
            }
            working.assignEligibleAuditors(audit);
            if (UnplaceableAudits.staysOut(audit, working.getPolicy().maxRemotePercent())) {
                setAside.accept(audit);
                continue;
            }
            director.addEntity(audit, working::addAudit);
            for (TeamSeat seat : audit.getSeats()) {
                director.addEntity(seat, working::addSeat);
            }
        }
        applied.run();
    }
}
