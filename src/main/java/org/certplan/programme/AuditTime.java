package org.certplan.programme;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The result of an audit-time calculation with its inputs, so it can be stored and shown to the client (AT-10).
 * All day values have scale 1.
 *
 * @param persons persons doing work under the client's control
 * @param effectivePersons persons after AT-2
 * @param tableDays AT-1 table time for the effective persons
 * @param adjustmentPercent AT-3 net adjustment applied to the table time
 * @param initialAuditorDays stage 1 and stage 2 together, after AT-3 and MS-4
 * @param stage1Days AT-4
 * @param stage2Days AT-4
 * @param surveillanceDays AT-5, per surveillance audit
 * @param recertificationDays AT-5
 * @param onsiteShare AT-8 share of each audit's time spent on site
 * @param remoteShare AT-9 share of on-site time that may be remote; zero when remote auditing is not used
 * @param multiSiteMinimumDays MS-4 minimum over all sites; null for a single-site client
 * @param followUpDays NC-5 length of a follow-up or special audit
 */
public record AuditTime(int persons, int effectivePersons, BigDecimal tableDays, int adjustmentPercent,
                        BigDecimal initialAuditorDays, BigDecimal stage1Days, BigDecimal stage2Days,
                        BigDecimal surveillanceDays, BigDecimal recertificationDays, BigDecimal onsiteShare,
                        BigDecimal remoteShare, BigDecimal multiSiteMinimumDays, BigDecimal followUpDays) {

    public AuditTime {
        Objects.requireNonNull(tableDays, "tableDays");
        Objects.requireNonNull(initialAuditorDays, "initialAuditorDays");
        Objects.requireNonNull(stage1Days, "stage1Days");
        Objects.requireNonNull(stage2Days, "stage2Days");
        Objects.requireNonNull(surveillanceDays, "surveillanceDays");
        Objects.requireNonNull(recertificationDays, "recertificationDays");
        Objects.requireNonNull(onsiteShare, "onsiteShare");
        Objects.requireNonNull(remoteShare, "remoteShare");
        Objects.requireNonNull(followUpDays, "followUpDays");
    }

    /** Auditor-days of an audit of this type; follow-up and special audits take {@link #followUpDays()}. */
    public BigDecimal daysFor(AuditType type) {
        return switch (Objects.requireNonNull(type, "type")) {
            case STAGE_1 -> stage1Days;
            case STAGE_2 -> stage2Days;
            case SURVEILLANCE_1, SURVEILLANCE_2 -> surveillanceDays;
            case RECERTIFICATION -> recertificationDays;
            case FOLLOW_UP, SPECIAL -> followUpDays;
        };
    }

    /** AT-8: on-site auditor-days, rounded to the half day and never less than half a day. */
    public BigDecimal onsiteDaysFor(AuditType type) {
        BigDecimal days = daysFor(type);
        if (days.signum() == 0) {
            return days.setScale(1);
        }
        return HalfDays.round(days.multiply(onsiteShare)).max(HalfDays.HALF);
    }

    /** AT-9: the part of the on-site days that may be done remotely, rounded down to the half day. */
    public BigDecimal remoteDaysFor(AuditType type) {
        return HalfDays.roundDown(onsiteDaysFor(type).multiply(remoteShare));
    }

    public boolean multiSite() {
        return multiSiteMinimumDays != null;
    }
}
