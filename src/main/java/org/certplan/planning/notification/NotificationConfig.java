package org.certplan.planning.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** {@code certplan.notifications.*}: where change notifications go, how often they are sent and retried. */
@ConfigMapping(prefix = "certplan.notifications")
public interface NotificationConfig {

    /** The webhook that receives each notification as a signed JSON POST; without it notifications are logged. */
    Optional<URI> webhookUrl();

    /** The HMAC-SHA256 key of the {@code X-Certplan-Signature} header; required with a webhook URL. */
    Optional<String> webhookSecret();

    /** Delivery attempts before a notification is given up as FAILED. */
    @WithDefault("6")
    int maxAttempts();

    /** The wait after the first failed attempt; doubled after each further one, up to {@link #maxBackoff()}. */
    @WithDefault("PT2S")
    Duration initialBackoff();

    @WithDefault("PT5M")
    Duration maxBackoff();

    /** Per attempt: connecting and waiting for the answer. */
    @WithDefault("PT10S")
    Duration timeout();

    /**
     * How often a replica sends the notifications that are due ({@code 5s}, {@code PT5S}); {@code off} keeps the
     * replica out of sending. Read by {@link NotificationDispatcher}'s schedule.
     */
    @WithDefault("5s")
    String dispatchInterval();

    /** Attempts one dispatch round makes at most; what is left is due in the next round. */
    @WithDefault("100")
    int batchSize();
}
