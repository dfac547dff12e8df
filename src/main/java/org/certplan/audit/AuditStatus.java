package org.certplan.audit;

public enum AuditStatus {
    UNPLANNED, PLANNED, CONFIRMED, COMPLETED, CANCELLED
}
