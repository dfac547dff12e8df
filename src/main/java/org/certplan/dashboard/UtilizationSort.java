package org.certplan.dashboard;

/** The order of the utilisation list. */
public enum UtilizationSort {
    /** Most loaded first. */
    UTILIZATION,
    NAME
}
