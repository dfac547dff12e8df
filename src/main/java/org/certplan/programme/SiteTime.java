package org.certplan.programme;

import java.math.BigDecimal;

/**
 * One visited site's part of a multi-site audit time (MS-4): the table time for the site's own persons, less the
 * CB's reduction. {@code days} is not rounded; the audit's total is (AT-6).
 */
public record SiteTime(long siteId, String name, int persons, boolean central, BigDecimal tableDays,
                       int reductionPercent, String reductionReason, BigDecimal days) {
}
