package org.certplan.planning.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sends the due notifications of the outbox, on every replica that runs a scheduler (in memory, not in Quartz's
 * shared store: the claims keep replicas apart). Each one is POSTed to the webhook, or logged when none is
 * configured, and then SENT; a failed POST is due again after a back-off, up to the configured attempts.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);

    private final NotificationOutbox outbox;
    private final WebhookSender webhook;
    private final NotificationConfig config;

    public NotificationDispatcher(NotificationOutbox outbox, WebhookSender webhook, NotificationConfig config) {
        this.outbox = outbox;
        this.webhook = webhook;
        this.config = config;
    }

    @Scheduled(identity = "change-notification-dispatch", every = "{certplan.notifications.dispatch-interval:5s}",
            executeWith = Scheduled.SIMPLE, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        dispatch();
    }

    /** One round: attempts due notifications until none is left or {@code batch-size} were made; returns how many. */
    public int dispatch() {
        int attempts = 0;
        while (attempts < config.batchSize()) {
            Optional<NotificationOutbox.Claim> claim = outbox.claimNext();
            if (claim.isEmpty()) {
                break;
            }
            attempts++;
            if (!attempt(claim.get())) {
                break;
            }
        }
        return attempts;
    }

    /** False when interrupted: the claim then runs out and the notification is due again. */
    private boolean attempt(NotificationOutbox.Claim claim) {
        if (!webhook.configured()) {
            LOG.infof("Change notification %d for %s %d (%s): %s", claim.id(), claim.recipientType(),
                    claim.recipientId(), claim.changeSet(), claim.payload());
            record(claim, Optional.empty());
            return true;
        }
        try {
            record(claim, webhook.post(claim.id(), claim.payload()));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void record(NotificationOutbox.Claim claim, Optional<String> error) {
        if (error.isEmpty()) {
            if (!outbox.sent(claim)) {
                LOG.warnf("Change notification %d was sent after its claim ran out; it may be sent again", claim.id());
            }
            return;
        }
        outbox.failed(claim, error.get()).ifPresentOrElse(notification -> {
            if (notification.status == ChangeNotification.Status.FAILED) {
                LOG.warnf("Change notification %d given up after %d attempts: %s", claim.id(), notification.attempts,
                        error.get());
            } else {
                LOG.debugf("Change notification %d attempt %d failed (%s); next at %s", claim.id(),
                        notification.attempts, error.get(), notification.nextAttemptAt);
            }
        }, () -> LOG.warnf("Change notification %d attempt failed after its claim ran out: %s", claim.id(),
                error.get()));
    }
}
