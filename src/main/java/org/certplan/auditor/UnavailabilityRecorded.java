package org.certplan.auditor;

import java.time.LocalDate;

/** Fired when an auditor's unavailability is recorded, so that runs solving right now can take it into account. */
public record UnavailabilityRecorded(long auditorId, LocalDate from, LocalDate to) {
}
