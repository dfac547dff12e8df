package org.certplan.rules;

import java.time.LocalDate;

/** CAP-2: declared leave, training or sickness from one day to another, both inclusive; {@code reason} may be null. */
public record Absence(LocalDate from, LocalDate to, String reason) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
