package org.certplan.audit;

/** A team member's part in an audit; only LEAD and AUDITOR count toward audit time (AT-7). */
public enum TeamRole {
    LEAD, AUDITOR, TECHNICAL_EXPERT, INTERPRETER
}
