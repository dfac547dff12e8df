package org.certplan.planning.notification;

import java.time.Instant;

/** A change notification and its delivery state; {@code nextAttemptAt} is set while it is PENDING. */
public record NotificationView(long id, String changeSet, ChangeNotification.RecipientType recipientType,
        long recipientId, ChangeNotification.Status status, int attempts, Instant nextAttemptAt, String lastError,
        Instant createdAt, Instant deliveredAt, String payload) {

    static NotificationView of(ChangeNotification n) {
        return new NotificationView(n.id, n.changeSet, n.recipientType, n.recipientId, n.status, n.attempts,
                n.nextAttemptAt, n.lastError, n.createdAt, n.deliveredAt, n.payload);
    }
}
