package org.certplan.programme;

import java.math.BigDecimal;
import java.util.List;

/**
 * The time of one audit of a multi-site client from the sites it counts (IAF MD 1 7.3, MS-4), kept with its
 * inputs so it can be shown to the client (AT-10). Stage 1 and stage 2 both count stage 2's sample: together they
 * are the initial audit.
 *
 * @param sites the central function first, then the sampled sites
 * @param sitesDays the AT-5 fraction of the sites' days, rounded (AT-6)
 * @param floorDays the same fraction of the time of the whole organisation at one site
 * @param decidedBy which of the two the audit time is
 * @param initialAuditorDays stage 1 and stage 2 together; null for other audits
 * @param auditorDays this audit's time
 */
public record SampledAuditTime(AuditType type, List<SiteTime> sites, BigDecimal sitesDays, BigDecimal floorDays,
                               Decider decidedBy, BigDecimal initialAuditorDays, BigDecimal auditorDays) {

    public enum Decider { SITES, FLOOR }

    public SampledAuditTime {
        sites = List.copyOf(sites);
    }
}
