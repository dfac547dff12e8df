package org.certplan.planning.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.certplan.platform.text.Texts;

/**
 * Turns one change set into one notification per affected auditor and client, written in the caller's
 * transaction (so a rolled-back change notifies nobody) and handed to {@link NotificationDelivery} once it commits.
 */
@ApplicationScoped
public class ChangeNotifier {

    private final ObjectMapper json;
    private final Clock clock;
    private final Event<NotificationsQueued> queued;
    private final NotificationDelivery delivery;

    public ChangeNotifier(ObjectMapper json, Clock clock, Event<NotificationsQueued> queued,
            NotificationDelivery delivery) {
        this.json = json;
        this.clock = clock;
        this.queued = queued;
        this.delivery = delivery;
    }

    /** Writes the notifications of {@code changes}; returns their ids. Needs an active transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> notify(String changeSet, List<AuditChange> changes) {
        Map<NotificationPayload.Recipient, List<AuditChange>> byRecipient = new LinkedHashMap<>();
        for (AuditChange change : changes) {
            byRecipient.computeIfAbsent(new NotificationPayload.Recipient(ChangeNotification.RecipientType.CLIENT,
                    change.clientId()), r -> new ArrayList<>()).add(change);
            change.auditors().forEach(auditor -> byRecipient.computeIfAbsent(new NotificationPayload.Recipient(
                    ChangeNotification.RecipientType.AUDITOR, auditor), r -> new ArrayList<>()).add(change));
        }
        List<Long> ids = new ArrayList<>();
        byRecipient.forEach((recipient, audits) -> {
            ChangeNotification notification = new ChangeNotification();
            notification.changeSet = changeSet;
            notification.recipientType = recipient.type();
            notification.recipientId = recipient.id();
            notification.status = ChangeNotification.Status.PENDING;
            notification.createdAt = clock.instant();
            notification.payload = "{}";
            notification.persistAndFlush();
            notification.payload = Texts.json(json, new NotificationPayload(notification.id, changeSet, recipient,
                    notification.createdAt, audits));
            ids.add(notification.id);
        });
        if (!ids.isEmpty()) {
            queued.fire(new NotificationsQueued(ids));
        }
        return ids;
    }

    void deliverAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsQueued event) {
        delivery.deliver(event.ids());
    }
}
