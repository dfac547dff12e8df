package org.certplan.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.certplan.audit.AuditStatus;
import org.certplan.programme.AuditType;

/**
 * An audit as its client sees it: how firm the dates are (in words in {@code dateText}), the window while it has
 * none, the lead auditor's name and the audit time. No internal notes, no team details, no other client. An open
 * audit without a whole team shows no date and no lead: its date is to be agreed.
 */
public record PortalAuditView(
        long id,
        long certificationId,
        AuditType type,
        String title,
        AuditStatus status,
        DateStatus dateStatus,
        LocalDate startDate,
        LocalDate endDate,
        String dateText,
        LocalDate dueFrom,
        LocalDate dueBy,
        String leadAuditor,
        BigDecimal auditorDays,
        BigDecimal onsiteDays,
        boolean remote) {
}
