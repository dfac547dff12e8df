package org.certplan.rules;

import java.time.LocalDate;
import java.util.List;

/** CAP-1 / CAP-3: an auditor's part in another audit, with the days it keeps them busy (travel day included). */
public record Booking(long auditId, List<LocalDate> auditDays, List<LocalDate> busyDays) {

    public Booking {
        auditDays = List.copyOf(auditDays);
        busyDays = List.copyOf(busyDays);
    }
}
