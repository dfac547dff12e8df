package org.certplan.planning.notification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook endpoint on a free local port that records every POST it gets, per notification id. It answers 500 to
 * the first requests of a notification told to {@link #refuse(long, int)}, 204 otherwise, optionally after a delay.
 */
final class WebhookReceiver {

    record Request(Instant at, String signature, String notificationId, byte[] body, int answer) {
    }

    private static WebhookReceiver instance;

    private final HttpServer server;
    private final Map<Long, List<Request>> requests = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> refusals = new ConcurrentHashMap<>();
    private volatile long delayMillis;

    private WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hooks/certplan", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("X-Certplan-Notification-Id");
            AtomicInteger refuse = refusals.get(Long.valueOf(id));
            int answer = refuse != null && refuse.getAndDecrement() > 0 ? 500 : 204;
            requests.computeIfAbsent(Long.valueOf(id), k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(new Request(Instant.now(), exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), id,
                            body, answer));
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    static synchronized WebhookReceiver get() {
        if (instance == null) {
            instance = new WebhookReceiver();
        }
        return instance;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/certplan";
    }

    void refuse(long notificationId, int times) {
        refusals.put(notificationId, new AtomicInteger(times));
    }

    void delay(long millis) {
        delayMillis = millis;
    }

    List<Request> requests(long notificationId) {
        return List.copyOf(requests.getOrDefault(notificationId, List.of()));
    }
}
