package org.certplan.audit;

import java.time.LocalDate;
import org.certplan.programme.AuditType;

/** Fired, inside the completing transaction, when an audit has been held. */
public record AuditCompleted(long auditId, long certificationId, AuditType type, LocalDate startDate,
        LocalDate endDate) {
}
