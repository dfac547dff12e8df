package org.certplan.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/** Writes and reads the audit trail: every change to an audit with who or what made it and why. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    Clock clock;

    public void record(Audit audit, AuditEvent.Source source, String actor, String action, String detail,
            String reason) {
        AuditEvent event = new AuditEvent();
        event.auditId = audit.id;
        event.at = clock.instant();
        event.source = source;
        event.actor = actor;
        event.action = action;
        event.detail = detail;
        event.reason = reason;
        event.persist();
    }

    public void system(Audit audit, String action, String detail) {
        record(audit, AuditEvent.Source.SYSTEM, "certplan", action, detail, null);
    }

    public List<AuditEvent> history(long auditId) {
        return AuditEvent.list("auditId = ?1 order by at, id", auditId);
    }
}
