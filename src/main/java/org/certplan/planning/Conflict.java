package org.certplan.planning;

import java.time.LocalDate;

/**
 * A period in which an auditor may not audit a client: {@code rule} is "IMP-1" (consultancy, employment or
 * internal audit, barred until the cooling-off has passed) or "IMP-2" (another declared conflict). Both ends are
 * inclusive; {@code barredUntil} null means indefinitely.
 */
public record Conflict(long clientId, LocalDate barredFrom, LocalDate barredUntil, String rule) {

    public static final String CONSULTANCY_COOLING_OFF = "IMP-1";
    public static final String DECLARED_CONFLICT = "IMP-2";

    public boolean bars(LocalDate day) {
        return !day.isBefore(barredFrom) && (barredUntil == null || !day.isAfter(barredUntil));
    }
}
