package org.certplan.programme;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The result of an audit-time calculation with its inputs, so it can be stored and shown to the client (AT-10):
 * the time of the whole organisation at one site, which is also the floor of a multi-site client's audits (MS-4).
 * All day values have scale 1.
 *
 * @param persons persons doing work under the client's control
 * @param effectivePersons persons after AT-2
 * @param tableDays AT-1 table time for the effective persons
 * @param adjustmentPercent AT-3 net adjustment applied to the table time
 * @param initialAuditorDays stage 1 and stage 2 together, after AT-3
 * @param stage1Days AT-4
 * @param stage2Days AT-4
 * @param surveillanceDays AT-5, per surveillance audit
 * @param recertificationDays AT-5
 * @param onsiteShare AT-8 share of each audit's time spent on site
 * @param remoteShare AT-9 share of on-site time that may be remote; zero when remote auditing is not used
 * @param followUpDays NC-5 length of a follow-up or special audit
 */
public record AuditTime(int persons, int effectivePersons, BigDecimal tableDays, int adjustmentPercent,
                        BigDecimal initialAuditorDays, BigDecimal stage1Days, BigDecimal stage2Days,
                        BigDecimal surveillanceDays, BigDecimal recertificationDays, BigDecimal onsiteShare,
                        BigDecimal remoteShare, BigDecimal followUpDays) {

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

    public BigDecimal onsiteDaysFor(AuditType type) {
        return onsiteDays(daysFor(type));
    }

    public BigDecimal remoteDaysFor(AuditType type) {
        return remoteDays(daysFor(type));
    }

    /** AT-8: the on-site part of an audit of {@code auditorDays}, to the half day and never less than half a day. */
    public BigDecimal onsiteDays(BigDecimal auditorDays) {
        if (auditorDays.signum() == 0) {
            return auditorDays.setScale(1);
        }
        return HalfDays.round(auditorDays.multiply(onsiteShare)).max(HalfDays.HALF);
    }

    /** AT-9: the part of the on-site days that may be done remotely, rounded down to the half day. */
    public BigDecimal remoteDays(BigDecimal auditorDays) {
        return HalfDays.roundDown(onsiteDays(auditorDays).multiply(remoteShare));
    }
}
