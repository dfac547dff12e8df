package org.certplan.auditor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the eligibility rules need to know about one auditor, read in one go so that many engagements can
 * be checked without going back to the database.
 */
public record AuditorFacts(
        long auditorId,
        Set<String> languages,
        List<QualificationFact> qualifications,
        List<Period> unavailability,
        List<ConflictFact> conflicts,
        List<Assignment> assignments,
        Set<CycleRef> ledCycles,
        Integer maxDaysPerMonth,
        Integer maxDaysPerYear) {

    /** A period, both days inclusive, with what it is for. */
    public record Period(LocalDate from, LocalDate to, String reason) {

        public boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
            return !from.isAfter(otherTo) && !to.isBefore(otherFrom);
        }
    }

    public record QualificationFact(String standard, QualificationRole role, Set<String> technicalAreas,
            LocalDate validFrom, LocalDate validTo) {

        public boolean validThroughout(LocalDate from, LocalDate to) {
            return !validFrom.isAfter(from) && !validTo.isBefore(to);
        }
    }

    public record ConflictFact(long clientId, ConflictReason reason, LocalDate from, LocalDate to) {
    }

    /** The auditor's part in another audit. */
    public record Assignment(long auditId, long clientId, LocalDate start, LocalDate end, BigDecimal days) {
    }

    /** One certification cycle of a certification. */
    public record CycleRef(long certificationId, int cycleNumber) {
    }
}
