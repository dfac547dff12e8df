package org.certplan.portal;

import java.time.Instant;

/**
 * A newly issued feed token; it is shown only this once, works until {@code expiresAt}, and any earlier token of the
 * feed no longer works.
 * {@code version} is what {@code If-Match} names to replace it.
 */
public record CalendarTokenView(String token, String feedUrl, Instant issuedAt, Instant expiresAt, long version) {
}
