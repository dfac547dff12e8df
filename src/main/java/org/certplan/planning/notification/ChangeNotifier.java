package org.certplan.planning.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.certplan.platform.text.Texts;

/**
 * Turns one change set into one notification per affected auditor and client, written in the caller's
 * transaction: a rolled-back change notifies nobody, a committed one is sent by {@link NotificationDispatcher}.
 */
@ApplicationScoped
public class ChangeNotifier {

    private final ObjectMapper json;
    private final Clock clock;

    public ChangeNotifier(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
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
            notification.nextAttemptAt = notification.createdAt;
            notification.payload = "{}";
            notification.persistAndFlush();
            notification.payload = Texts.json(json, new NotificationPayload(notification.id, changeSet, recipient,
                    notification.createdAt, audits));
            ids.add(notification.id);
        });
        return ids;
    }
}
