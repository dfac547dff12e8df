package org.certplan.programme;

import java.math.BigDecimal;

public record AuditTime(int persons, int effectivePersons, BigDecimal tableDays, int adjustmentPercent,
        BigDecimal initialAuditorDays, BigDecimal stage1Days, BigDecimal stage2Days, BigDecimal surveillanceDays,
        BigDecimal recertificationDays, BigDecimal onsiteShare, BigDecimal remoteShare,
        BigDecimal multiSiteMinimumDays) {
}
