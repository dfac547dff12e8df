package org.certplan.portal;

import java.time.LocalDate;
import org.certplan.audit.Audit;
import org.certplan.audit.AuditStatus;

/**
 * An audit's dates as its client is shown them. An open audit without a whole team (COMP-7) has no date to show,
 * whatever the planners' view holds: its date is to be agreed within its window.
 */
record ShownDates(DateStatus status, LocalDate start, LocalDate end, String text) {

    static ShownDates of(Audit audit, boolean wholeTeam) {
        boolean open = audit.status == AuditStatus.PLANNED || audit.status == AuditStatus.CONFIRMED;
        if (audit.status == AuditStatus.UNPLANNED || audit.startDate == null || (open && !wholeTeam)) {
            DateStatus status = audit.status == AuditStatus.CANCELLED ? DateStatus.CANCELLED
                    : audit.status == AuditStatus.COMPLETED ? DateStatus.HELD : DateStatus.NOT_SCHEDULED;
            return new ShownDates(status, null, null, status == DateStatus.NOT_SCHEDULED
                    ? "date to be agreed, due " + audit.earliestStart + " – " + audit.latestEnd
                    : status.name().toLowerCase());
        }
        DateStatus status = DateStatus.of(audit.status);
        LocalDate end = audit.endDate == null ? audit.startDate : audit.endDate;
        return new ShownDates(status, audit.startDate, audit.endDate,
                status.name().toLowerCase() + ": " + audit.startDate + (end.equals(audit.startDate) ? "" : " – " + end));
    }
}
