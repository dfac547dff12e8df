package org.certplan.planning;

/** {@code certplan.solver.construction}: how a solve builds its first plan before the local search. */
public enum Construction {
    /** The greedy baseline's method (audits by deadline, whole teams on the earliest free date), as a custom phase. */
    GREEDY,
    /** OptaPlanner's construction heuristic over the seats, hardest seat first. */
    HEURISTIC
}
