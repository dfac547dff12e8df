package org.certplan.audit;

import java.time.Instant;

public record AuditEventView(Instant at, AuditEvent.Source source, String actor, String action, String detail,
        String reason) {

    public static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.at, e.source, e.actor, e.action, e.detail, e.reason);
    }
}
