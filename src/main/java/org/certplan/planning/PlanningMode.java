package org.certplan.planning;

/** FULL re-plans everything open in the horizon; REPAIR keeps published assignments unless a hard rule forces a change. */
public enum PlanningMode {
    FULL, REPAIR
}
