package org.certplan.auditor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.certplan.rules.QualificationRole;

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
        Integer maxDaysPerYear,
        double homeLatitude,
        double homeLongitude) {

    /** An auditor living at 0°, 0°: where home is matters for CAP-1's travel days only. */
    public AuditorFacts(long auditorId, Set<String> languages, List<QualificationFact> qualifications,
            List<Period> unavailability, List<ConflictFact> conflicts, List<Assignment> assignments,
            Set<CycleRef> ledCycles, Integer maxDaysPerMonth, Integer maxDaysPerYear) {
        this(auditorId, languages, qualifications, unavailability, conflicts, assignments, ledCycles, maxDaysPerMonth,
                maxDaysPerYear, 0, 0);
    }

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

    /** The auditor's part in another audit, held at a site (CAP-1: a far on-site audit needs a travel day). */
    public record Assignment(long auditId, long clientId, LocalDate start, LocalDate end, BigDecimal days,
            boolean remote, double siteLatitude, double siteLongitude) {

        /** A remote audit: no travel. */
        public Assignment(long auditId, long clientId, LocalDate start, LocalDate end, BigDecimal days) {
            this(auditId, clientId, start, end, days, true, 0, 0);
        }
    }

    /** One certification cycle of a certification. */
    public record CycleRef(long certificationId, int cycleNumber) {
    }
}
