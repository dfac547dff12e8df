package org.certplan.auditor;

/** Who recorded a conflict of interest: the auditor declaring their own, or a planner (an admin counts as one). */
public enum Declarant {
    AUDITOR,
    PLANNER
}
