package org.certplan.rules;

/** What a qualification allows: lead a team (COMP-1), audit (COMP-2) or advise on technical areas (COMP-3). */
public enum QualificationRole {
    LEAD_AUDITOR, AUDITOR, TECHNICAL_EXPERT
}
