package org.certplan.planning;

import java.util.List;

/**
 * Fired inside the transaction that applies a proposal, after the audits were written: the run, who applied it,
 * and each changed audit with what the run read and what it wrote.
 */
public record ProposalApplied(long runId, String appliedBy, List<PlanningRunChange> changes) {

    public ProposalApplied {
        changes = List.copyOf(changes);
    }
}
