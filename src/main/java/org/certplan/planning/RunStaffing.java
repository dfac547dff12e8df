package org.certplan.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.certplan.programme.AuditType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a run's proposal staffs, in the numbers a planner counts: audits with a whole team and a date, the others by
 * type with the auditor-days they leave unstaffed, and the certificates their absence puts at risk, each from the
 * day the risk becomes real.
 */
public record RunStaffing(
        int staffedAudits,
        int unstaffedAudits,
        Map<AuditType, Integer> unstaffedByType,
        BigDecimal auditorDaysNotStaffed,
        List<CertificateAtRisk> certificatesAtRisk) {

    /** A certificate an unstaffed audit puts at risk: suspended (CYC-3, NC-3) or expired (CYC-6) from {@code from}. */
    public record CertificateAtRisk(@Schema(nullable = true) Long certificationId, long clientId, long auditId,
            AuditType auditType, LocalDate from, String risk) {
    }

    /** One audit of the proposal: staffed when the proposal gives it a date (it then has a whole team, COMP-7). */
    record Row(long auditId, Long certificationId, long clientId, AuditType type, LocalDate latestEnd,
            BigDecimal auditorDays, boolean staffed) {
    }

    /** The staffing of planning audits, {@code staffed} naming those with a whole team. */
    public static RunStaffing of(Collection<PlanningAudit> audits, Set<Long> staffed) {
        return of(audits.stream().map(audit -> new Row(audit.getId(), audit.getCertificationId(),
                audit.getClient().getId(), audit.getType(), audit.getLatestEnd(), audit.auditorDays(),
                staffed.contains(audit.getId()))).toList());
    }

    static RunStaffing of(List<Row> rows) {
        Map<AuditType, Integer> byType = new EnumMap<>(AuditType.class);
        BigDecimal daysNotStaffed = BigDecimal.ZERO;
        int staffed = 0;
        for (Row row : rows) {
            if (row.staffed()) {
                staffed++;
            } else {
                byType.merge(row.type(), 1, Integer::sum);
                daysNotStaffed = daysNotStaffed.add(row.auditorDays());
            }
        }
        List<CertificateAtRisk> atRisk = rows.stream().filter(row -> !row.staffed() && risk(row.type()) != null)
                .map(row -> new CertificateAtRisk(row.certificationId(), row.clientId(), row.auditId(), row.type(),
                        row.latestEnd().plusDays(1), risk(row.type())))
                .sorted(Comparator.comparing(CertificateAtRisk::from).thenComparing(CertificateAtRisk::auditId))
                .toList();
        return new RunStaffing(staffed, rows.size() - staffed, byType, daysNotStaffed, atRisk);
    }

    /** What missing an audit of this type costs the certificate; null where there is no certificate yet. */
    public static String risk(AuditType type) {
        return switch (type) {
            case SURVEILLANCE_1, SURVEILLANCE_2 -> "suspension: surveillance not held by its deadline (CYC-3, CYC-4)";
            case RECERTIFICATION -> "expiry: recertification not held before the certificate expires (CYC-6)";
            case FOLLOW_UP -> "suspension (or stage 2 repeated, before the first decision): major nonconformity not "
                    + "verified within its deadline (NC-3)";
            case STAGE_1, STAGE_2, SPECIAL -> null;
        };
    }
}
