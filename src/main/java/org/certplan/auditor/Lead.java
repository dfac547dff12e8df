package org.certplan.auditor;

import java.time.LocalDate;
import org.certplan.programme.AuditType;

/** An audit led by an auditor, in a cycle of a client's certification. */
public record Lead(long auditorId, long clientId, long certificationId, int cycleNumber, long auditId,
        AuditType auditType, LocalDate startDate) {
}
