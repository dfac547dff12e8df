package org.certplan.rules;

import java.time.LocalDate;
import java.util.Set;

/** One ISMS qualification of an auditor; {@code validTo} null means it does not lapse. */
public record Qualification(QualificationRole role, Set<String> technicalAreas, LocalDate validFrom,
        LocalDate validTo) {

    public Qualification {
        technicalAreas = Set.copyOf(technicalAreas);
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** COMP-1 */
    public boolean leads() {
        return role == QualificationRole.LEAD_AUDITOR;
    }

    /** COMP-2: a lead-auditor qualification lets its holder audit too. */
    public boolean countsAsAuditor() {
        return role == QualificationRole.LEAD_AUDITOR || role == QualificationRole.AUDITOR;
    }
}
