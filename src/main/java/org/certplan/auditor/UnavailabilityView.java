package org.certplan.auditor;

import java.time.LocalDate;

public record UnavailabilityView(Long id, LocalDate from, LocalDate to, String reason) {

    static UnavailabilityView of(Unavailability u) {
        return new UnavailabilityView(u.id, u.fromDate, u.toDate, u.reason);
    }
}
