package org.certplan.planning.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Delivers notifications: a signed POST to the configured webhook, retried with exponential back-off up to the
 * configured number of attempts (each attempt and its error recorded on the notification), or a log line when no
 * webhook is configured. A 2xx answer is a delivery; anything else, or no answer, is retried.
 */
@ApplicationScoped
public class NotificationDelivery {

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class);

    private final NotificationConfig config;
    private final Clock clock;
    private final HttpClient http;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "change-notifications");
        thread.setDaemon(true);
        return thread;
    });

    public NotificationDelivery(NotificationConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
        if (config.webhookUrl().isPresent() && config.webhookSecret().filter(s -> !s.isBlank()).isEmpty()) {
            throw new IllegalStateException("certplan.notifications.webhook-secret is required with a webhook URL");
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    void deliver(List<Long> ids) {
        ids.forEach(id -> executor.execute(() -> attempt(id)));
    }

    private void attempt(long id) {
        ChangeNotification notification = QuarkusTransaction.requiringNew().call(() -> ChangeNotification.findById(id));
        if (notification == null || notification.status != ChangeNotification.Status.PENDING) {
            return;
        }
        if (config.webhookUrl().isEmpty()) {
            LOG.infof("Change notification %d for %s %d (%s): %s", id, notification.recipientType,
                    notification.recipientId, notification.changeSet, notification.payload);
            record(id, ChangeNotification.Status.LOGGED, null);
            return;
        }
        String error;
        try {
            byte[] body = notification.payload.getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(config.webhookUrl().get())
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("X-Certplan-Notification-Id", String.valueOf(id))
                    .header(WebhookSignature.HEADER, WebhookSignature.of(body, config.webhookSecret().orElseThrow()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                record(id, ChangeNotification.Status.DELIVERED, null);
                return;
            }
            error = "HTTP " + response.statusCode();
        } catch (IOException e) {
            error = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        int attempts = record(id, ChangeNotification.Status.PENDING, error);
        if (attempts >= config.maxAttempts()) {
            record(id, ChangeNotification.Status.FAILED, null);
            LOG.warnf("Change notification %d given up after %d attempts: %s", id, attempts, error);
            return;
        }
        Duration wait = backoff(attempts);
        LOG.debugf("Change notification %d attempt %d failed (%s); next in %s", id, attempts, error, wait);
        executor.schedule(() -> attempt(id), wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The wait after the {@code attempts}-th failed attempt: initial × 2^(attempts−1), at most the maximum. */
    Duration backoff(int attempts) {
        Duration wait = config.initialBackoff().multipliedBy(1L << Math.min(30, attempts - 1));
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    /** Records one attempt's outcome (FAILED only closes the notification); returns the attempts made so far. */
    private int record(long id, ChangeNotification.Status status, String error) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ChangeNotification notification = ChangeNotification.findById(id);
            if (status != ChangeNotification.Status.FAILED) {
                notification.attempts++;
            }
            notification.status = status;
            if (error != null) {
                notification.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
            }
            if (status == ChangeNotification.Status.DELIVERED || status == ChangeNotification.Status.LOGGED) {
                notification.deliveredAt = clock.instant();
            }
            return notification.attempts;
        });
    }
}
