package org.certplan.planning.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.certplan.programme.AuditType;
import org.junit.jupiter.api.Test;

/**
 * Webhook delivery against a small HTTP server that refuses the first request: one signed POST per recipient, the
 * refused one retried after a back-off, every notification DELIVERED in the end.
 */
@QuarkusTest
@TestSecurity(user = "paula", roles = "planner")
@TestProfile(WebhookNotificationTest.Webhook.class)
class WebhookNotificationTest {

    static final String SECRET = "test-webhook-secret";
    static final List<Received> RECEIVED = Collections.synchronizedList(new ArrayList<>());
    static final AtomicInteger REQUESTS = new AtomicInteger();
    static HttpServer server;

    record Received(String signature, String notificationId, byte[] body) {
    }

    public static class Webhook implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("certplan.notifications.webhook-url", "http://127.0.0.1:" + start() + "/hooks/certplan",
                    "certplan.notifications.webhook-secret", SECRET);
        }
    }

    static synchronized int start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/hooks/certplan", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                int n = REQUESTS.incrementAndGet();
                if (n == 1) {
                    exchange.sendResponseHeaders(503, -1);
                } else {
                    RECEIVED.add(new Received(exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                            exchange.getRequestHeaders().getFirst("X-Certplan-Notification-Id"), body));
                    exchange.sendResponseHeaders(204, -1);
                }
                exchange.close();
            });
            server.start();
        }
        return server.getAddress().getPort();
    }

    @Inject
    ChangeNotifier notifier;

    @Inject
    ObjectMapper json;

    @Test
    void oneSignedPostPerRecipientRetriedUntilDelivered() throws Exception {
        AuditChange change = new AuditChange(901, 77, AuditType.SURVEILLANCE_1,
                new AuditChange.Placement(LocalDate.of(2031, 3, 3), LocalDate.of(2031, 3, 4), List.of(11L)),
                new AuditChange.Placement(LocalDate.of(2031, 3, 10), LocalDate.of(2031, 3, 11), List.of(12L)),
                "forced by CAP-2");
        AuditChange other = new AuditChange(902, 77, AuditType.SURVEILLANCE_2, null,
                new AuditChange.Placement(LocalDate.of(2031, 9, 1), LocalDate.of(2031, 9, 2), List.of(12L)), "published");
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> notifier.notify("webhook test", List.of(change, other)));
        assertThat(ids).hasSize(3);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (RECEIVED.size() < 3 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(RECEIVED).hasSize(3);
        assertThat(REQUESTS.get()).isEqualTo(4);
        List<String> recipients = new ArrayList<>();
        for (Received received : RECEIVED) {
            assertThat(received.signature()).isEqualTo(WebhookSignature.of(received.body(), SECRET));
            JsonNode body = json.readTree(received.body());
            assertThat(body.get("id").asText()).isEqualTo(received.notificationId());
            recipients.add(body.at("/recipient/type").asText() + "/" + body.at("/recipient/id").asLong());
            if (body.at("/recipient/type").asText().equals("AUDITOR") && body.at("/recipient/id").asLong() == 12) {
                assertThat(body.get("audits")).as("one batch with both audits").hasSize(2);
            }
        }
        assertThat(recipients).containsExactlyInAnyOrder("CLIENT/77", "AUDITOR/11", "AUDITOR/12");
        QuarkusTransaction.requiringNew().run(() -> {
            List<ChangeNotification> stored = ChangeNotification.list("id in ?1", ids);
            assertThat(stored).allMatch(n -> n.status == ChangeNotification.Status.DELIVERED);
            assertThat(stored.stream().mapToInt(n -> n.attempts).sum()).isEqualTo(4);
            assertThat(stored).anyMatch(n -> n.attempts == 2 && "HTTP 503".equals(n.lastError));
        });
    }
}
