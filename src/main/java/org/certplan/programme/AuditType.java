package org.certplan.programme;

/** The kinds of audit in a certification programme. */
public enum AuditType {
    STAGE_1,
    STAGE_2,
    SURVEILLANCE_1,
    SURVEILLANCE_2,
    RECERTIFICATION,
    FOLLOW_UP,
    SPECIAL
}
