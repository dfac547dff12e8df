package org.certplan.planning.notification;

import java.time.Instant;
import java.util.List;

/** The JSON body of one notification: every change of one change set that concerns one recipient. */
public record NotificationPayload(long id, String changeSet, Recipient recipient, Instant createdAt,
        List<AuditChange> audits) {

    public record Recipient(ChangeNotification.RecipientType type, long id) {
    }
}
