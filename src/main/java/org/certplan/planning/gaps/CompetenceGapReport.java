package org.certplan.planning.gaps;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.certplan.audit.TeamRole;
import org.certplan.planning.NearMatches.NearMatch;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The audits of a horizon that no team of today's auditors can hold, whatever the dates and bookings, grouped by
 * the competence they lack, and the shortest list of people to hire or qualify that would unblock them.
 */
public record CompetenceGapReport(
        LocalDate from,
        LocalDate to,
        int openAudits,
        int blockedAudits,
        BigDecimal blockedAuditorDays,
        List<Gap> gaps,
        List<Step> hireOrQualify) {

    /** One blocking requirement with the audits it blocks, and the auditors closest to meeting it. */
    @Schema(name = "CompetenceGap")
    public record Gap(
            TeamRole role,
            List<String> technicalAreas,
            List<String> languages,
            String requirement,
            int audits,
            BigDecimal auditorDays,
            List<Long> auditIds,
            List<NearMatch> nearMatches) {
    }

    /**
     * One person to hire or qualify, in the order that unblocks the most auditor-days first, with the auditors one
     * qualification away from being that person.
     */
    @Schema(name = "HireOrQualifyStep")
    public record Step(
            int rank,
            TeamRole role,
            List<String> technicalAreas,
            List<String> languages,
            String action,
            int unblocksAudits,
            BigDecimal unblocksAuditorDays,
            List<Long> auditIds,
            List<NearMatch> nearMatches) {
    }
}
