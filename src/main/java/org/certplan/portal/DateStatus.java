package org.certplan.portal;

import org.certplan.audit.AuditStatus;

/** How firm an audit's dates are, as a client reads them. */
public enum DateStatus {
    /** No dates yet; the audit is due within its window. */
    NOT_SCHEDULED,
    /** Planned by the CB, not yet agreed: the dates may still move. */
    TENTATIVE,
    /** Agreed with the client. */
    CONFIRMED,
    /** The audit was held on these dates. */
    HELD,
    /** The audit will not take place. */
    CANCELLED;

    static DateStatus of(AuditStatus status) {
        return switch (status) {
            case UNPLANNED -> NOT_SCHEDULED;
            case PLANNED -> TENTATIVE;
            case CONFIRMED -> CONFIRMED;
            case COMPLETED -> HELD;
            case CANCELLED -> CANCELLED;
        };
    }
}
