package org.certplan.planning;

/** QUEUED and SOLVING are active; the others are final. */
public enum PlanningRunStatus {
    QUEUED, SOLVING, COMPLETED, FAILED, CANCELLED;

    public boolean isActive() {
        return this == QUEUED || this == SOLVING;
    }

    /** A run that ended with a best solution: its proposal can be read and applied. */
    public boolean hasProposal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
