package org.certplan.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.certplan.programme.AuditTime;

/** The stored audit-time calculation of a certification, the whole organisation as at one site (AT-10). */
@Embeddable
public class AuditTimeRecord {

    @Column(name = "at_persons")
    public int persons;

    @Column(name = "at_effective_persons")
    public int effectivePersons;

    @Column(name = "at_table_days")
    public BigDecimal tableDays;

    @Column(name = "at_adjustment_percent")
    public int adjustmentPercent;

    @Column(name = "at_initial_days")
    public BigDecimal initialAuditorDays;

    @Column(name = "at_stage1_days")
    public BigDecimal stage1Days;

    @Column(name = "at_stage2_days")
    public BigDecimal stage2Days;

    @Column(name = "at_surveillance_days")
    public BigDecimal surveillanceDays;

    @Column(name = "at_recertification_days")
    public BigDecimal recertificationDays;

    @Column(name = "at_onsite_share")
    public BigDecimal onsiteShare;

    @Column(name = "at_remote_share")
    public BigDecimal remoteShare;

    public static AuditTimeRecord of(AuditTime time) {
        AuditTimeRecord r = new AuditTimeRecord();
        r.persons = time.persons();
        r.effectivePersons = time.effectivePersons();
        r.tableDays = time.tableDays();
        r.adjustmentPercent = time.adjustmentPercent();
        r.initialAuditorDays = time.initialAuditorDays();
        r.stage1Days = time.stage1Days();
        r.stage2Days = time.stage2Days();
        r.surveillanceDays = time.surveillanceDays();
        r.recertificationDays = time.recertificationDays();
        r.onsiteShare = time.onsiteShare();
        r.remoteShare = time.remoteShare();
        return r;
    }

    public AuditTime toAuditTime(BigDecimal followUpDays) {
        return new AuditTime(persons, effectivePersons, tableDays, adjustmentPercent, initialAuditorDays, stage1Days,
                stage2Days, surveillanceDays, recertificationDays, onsiteShare, remoteShare, followUpDays);
    }
}
