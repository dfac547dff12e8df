package org.certplan.portal;

import java.time.LocalDate;
import org.certplan.programme.AuditType;
import org.certplan.programme.CertificationStatus;

/** A client's certification: its status, its cycle and the next audit it is due. */
public record PortalCertificationView(
        long id,
        String standard,
        String scope,
        CertificationStatus status,
        LocalDate cycleStart,
        LocalDate expiry,
        NextAudit nextAudit) {

    /** The next open audit: its dates if planned, otherwise the day it is due by. */
    public record NextAudit(long id, AuditType type, DateStatus dateStatus, LocalDate startDate, LocalDate endDate,
            LocalDate dueBy, String dateText) {
    }
}
