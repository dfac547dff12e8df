package org.certplan.dashboard;

import java.math.BigDecimal;

/**
 * One auditor's load in a range: the auditor-days of the audits starting in it, against the CAP-3 capacity for
 * the range (monthly and yearly maxima, the auditor's own or the policy's, pro rata; the smaller one counts).
 */
public record AuditorUtilization(
        long auditorId,
        String name,
        int maxDaysPerMonth,
        int maxDaysPerYear,
        long audits,
        BigDecimal assignedDays,
        BigDecimal capacityDays,
        BigDecimal utilizationPercent) {
}
