package org.certplan.auditor;

/** Why an auditor declared a relationship with a client. */
public enum ConflictReason {
    CONSULTANCY, EMPLOYMENT, INTERNAL_AUDIT, FAMILY, FINANCIAL, OTHER;

    /** IMP-1: relationships whose end starts a cooling-off period; the others bar only while in force (IMP-2). */
    public boolean needsCoolingOff() {
        return this == CONSULTANCY || this == EMPLOYMENT || this == INTERNAL_AUDIT;
    }

    public String rule() {
        return needsCoolingOff() ? "IMP-1" : "IMP-2";
    }
}
