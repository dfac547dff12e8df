package org.certplan.planning;

import java.time.LocalDate;
import java.util.Set;

/** One ISMS qualification of an auditor; {@code validTo} null means it does not lapse. */
public record Qualification(AuditorRole role, Set<String> technicalAreas, LocalDate validFrom, LocalDate validTo) {

    public Qualification {
        technicalAreas = Set.copyOf(technicalAreas);
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean countsAsAuditor() {
        return role == AuditorRole.LEAD_AUDITOR || role == AuditorRole.AUDITOR;
    }
}
