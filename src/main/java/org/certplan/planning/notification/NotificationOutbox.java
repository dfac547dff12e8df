package org.certplan.planning.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.certplan.platform.problem.ProblemException;
import org.certplan.platform.text.Texts;

/**
 * The notification rows as a work queue shared by all replicas, each step its own short transaction. A claim
 * takes one due PENDING row with {@code FOR UPDATE SKIP LOCKED}, so concurrent claimers never take the same row,
 * counts the attempt and moves the row's due time past the attempt ({@link #claimLease()}), so that no one takes
 * it while it is being sent, and a replica that stops mid-attempt leaves it due again afterwards. The outcome is
 * written only while the row is still as claimed.
 */
@ApplicationScoped
public class NotificationOutbox {

    private final EntityManager em;
    private final NotificationConfig config;
    private final Clock clock;

    public NotificationOutbox(EntityManager em, NotificationConfig config, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    /** A notification taken for one attempt; {@code version} is the row's version right after the claim. */
    public record Claim(long id, long version, int attempts, ChangeNotification.RecipientType recipientType,
            long recipientId, String changeSet, String payload) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claim> claimNext() {
        Instant now = clock.instant();
        List<?> due = em.createNativeQuery("""
                        SELECT id FROM change_notification
                        WHERE status = 'PENDING' AND (next_attempt_at <= :now OR next_attempt_at IS NULL)
                        ORDER BY next_attempt_at, id
                        LIMIT 1
                        FOR UPDATE SKIP LOCKED""")
                .setParameter("now", now).getResultList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        ChangeNotification notification = em.find(ChangeNotification.class, ((Number) due.get(0)).longValue());
        notification.attempts++;
        notification.nextAttemptAt = now.plus(claimLease());
        em.flush();
        return Optional.of(new Claim(notification.id, notification.version, notification.attempts,
                notification.recipientType, notification.recipientId, notification.changeSet, notification.payload));
    }

    /** Marks the claimed notification SENT; false when it is no longer as claimed (its claim ran out). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean sent(Claim claim) {
        return stillClaimed(claim).map(notification -> {
            notification.status = ChangeNotification.Status.SENT;
            notification.deliveredAt = clock.instant();
            notification.nextAttemptAt = null;
            return true;
        }).orElse(false);
    }

    /**
     * Records a failed attempt: the notification is due again after {@link #backoff(int)}, or FAILED once it has
     * had {@code max-attempts}. Returns its state afterwards, empty when it is no longer as claimed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ChangeNotification> failed(Claim claim, String error) {
        return stillClaimed(claim).map(notification -> {
            notification.lastError = Texts.truncate(error, 2000);
            if (notification.attempts >= config.maxAttempts()) {
                notification.status = ChangeNotification.Status.FAILED;
                notification.nextAttemptAt = null;
            } else {
                notification.nextAttemptAt = clock.instant().plus(backoff(notification.attempts));
            }
            return notification;
        });
    }

    /** Makes a FAILED notification PENDING again, due now, with a fresh count of attempts. */
    @Transactional
    public ChangeNotification retry(long id) {
        ChangeNotification notification = em.find(ChangeNotification.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (notification == null) {
            throw ProblemException.notFound("notification", id);
        }
        if (notification.status != ChangeNotification.Status.FAILED) {
            throw ProblemException.invalidState("notification " + id + " is " + notification.status
                    + "; only a FAILED notification can be retried");
        }
        notification.status = ChangeNotification.Status.PENDING;
        notification.attempts = 0;
        notification.nextAttemptAt = clock.instant();
        return notification;
    }

    /** The wait after the {@code attempts}-th failed attempt: initial × 2^(attempts−1), at most the maximum. */
    Duration backoff(int attempts) {
        Duration wait = config.initialBackoff().multipliedBy(1L << Math.min(30, Math.max(0, attempts - 1)));
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    /** Longer than one attempt can take (connecting, then waiting for the answer, each up to the timeout). */
    Duration claimLease() {
        return config.timeout().multipliedBy(3);
    }

    private Optional<ChangeNotification> stillClaimed(Claim claim) {
        ChangeNotification notification = em.find(ChangeNotification.class, claim.id(),
                LockModeType.PESSIMISTIC_WRITE);
        return Optional.ofNullable(notification)
                .filter(n -> n.version == claim.version() && n.status == ChangeNotification.Status.PENDING);
    }
}
