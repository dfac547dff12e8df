package org.certplan.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.certplan.auditor.QualificationRequest;
import org.certplan.rules.QualificationRole;

/**
 * The on-site audit days the auditors can give in the horizon: each auditor's yearly maximum (CAP-3: the
 * auditor's own, else the policy default of 150 days a year and 16 a month), in proportion to the days of the
 * horizon on which the auditor holds a lead-auditor or auditor qualification.
 */
final class PoolCapacity {

    static final int POLICY_DAYS_PER_MONTH = 16;
    static final int POLICY_DAYS_PER_YEAR = 150;

    private PoolCapacity() {
    }

    static double of(Collection<DatasetAuditor> auditors, Horizon horizon) {
        return auditors.stream().mapToDouble(a -> of(a, horizon)).sum();
    }

    static double of(DatasetAuditor auditor, Horizon horizon) {
        int perYear = auditor.maxDaysPerYear() != null ? auditor.maxDaysPerYear() : POLICY_DAYS_PER_YEAR;
        int perMonth = auditor.maxDaysPerMonth() != null ? auditor.maxDaysPerMonth() : POLICY_DAYS_PER_MONTH;
        return Math.min(perYear, 12 * perMonth) * (double) qualifiedDays(auditor.qualifications(), horizon)
                / horizon.days();
    }

    private static long qualifiedDays(List<QualificationRequest> qualifications, Horizon horizon) {
        List<QualificationRequest> seated = qualifications.stream()
                .filter(q -> q.role() != QualificationRole.TECHNICAL_EXPERT).toList();
        long days = 0;
        for (LocalDate day = horizon.from(); !day.isAfter(horizon.to()); day = day.plusDays(1)) {
            LocalDate d = day;
            if (seated.stream().anyMatch(q -> !q.validFrom().isAfter(d) && !q.validTo().isBefore(d))) {
                days++;
            }
        }
        return days;
    }

    /** The on-site days of the audits due in the horizon over what the pool can give. */
    static double utilisation(Collection<DueAudit> due, Collection<DatasetAuditor> auditors, Horizon horizon) {
        double demand = due.stream().map(DueAudit::onsiteDays).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
        return demand / of(auditors, horizon);
    }
}
