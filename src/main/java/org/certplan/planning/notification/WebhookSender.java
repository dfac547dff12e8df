package org.certplan.planning.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One signed POST of a notification to the configured webhook. A 2xx answer is a delivery; anything else, or no
 * answer within the timeout, is an error to retry.
 */
@ApplicationScoped
public class WebhookSender {

    private final NotificationConfig config;
    private final HttpClient http;

    public WebhookSender(NotificationConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
        if (config.webhookUrl().isPresent() && config.webhookSecret().filter(s -> !s.isBlank()).isEmpty()) {
            throw new IllegalStateException("certplan.notifications.webhook-secret is required with a webhook URL");
        }
    }

    boolean configured() {
        return config.webhookUrl().isPresent();
    }

    /** Posts {@code payload}; empty when the webhook took it, else what went wrong. */
    Optional<String> post(long notificationId, String payload) throws InterruptedException {
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(config.webhookUrl().orElseThrow())
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("X-Certplan-Notification-Id", String.valueOf(notificationId))
                .header(WebhookSignature.HEADER, WebhookSignature.of(body, config.webhookSecret().orElseThrow()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? Optional.empty() : Optional.of("HTTP " + response.statusCode());
        } catch (IOException e) {
            return Optional.of(e.toString());
        }
    }
}
