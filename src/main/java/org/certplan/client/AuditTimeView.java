package org.certplan.client;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.certplan.audit.AuditTimes;
import org.certplan.programme.AuditTime;
import org.certplan.programme.AuditType;
import org.certplan.programme.SampledAuditTime;
import org.certplan.programme.SiteTime;
import org.certplan.programme.Stage1Basis;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A certification's audit time with its justification (AT-10). For a multi-site client the per-audit figures come
 * from each audit's own sample and {@code multiSite} shows how (MS-4).
 */
public record AuditTimeView(
        int persons,
        int effectivePersons,
        @Schema(description = "AT-1 table time for the effective persons of the whole organisation")
        BigDecimal tableDays,
        int adjustmentPercent,
        @Schema(description = "Stage 1 and stage 2 together; for a multi-site client from stage 2's sample")
        BigDecimal initialAuditorDays,
        BigDecimal stage1Days,
        BigDecimal stage2Days,
        @Schema(description = "Per surveillance audit; for a multi-site client the first surveillance's")
        BigDecimal surveillanceDays,
        BigDecimal recertificationDays,
        BigDecimal onsiteShare,
        BigDecimal remoteShare,
        BigDecimal followUpDays,
        @Schema(nullable = true, description = "The per-audit breakdown of a multi-site client; null for one site")
        MultiSite multiSite) {

    public record MultiSite(
            @Schema(description = "The whole organisation's initial time as if at one site: the floor (MS-4)")
            BigDecimal singleSiteInitialDays,
            @Schema(description = "AT-4: the time stage 1 takes its share of (certplan.policy.multi-site-stage1-basis)")
            Stage1Basis stage1Basis,
            List<AuditLine> audits) {
    }

    public record AuditLine(
            @Schema(nullable = true, description = "Null for an audit not generated yet: shown with the sample it"
                    + " would get today")
            Long auditId,
            AuditType type,
            @Schema(description = "The sites whose time counts, the central function first; for stage 1, stage 2's."
                    + " A site's reductionReason is null without a reduction")
            List<SiteTime> sites,
            @Schema(description = "The AT-5 fraction of the sites' days, rounded to the half day")
            BigDecimal sitesDays,
            @Schema(description = "The same fraction of the whole organisation's time at one site")
            BigDecimal floorDays,
            SampledAuditTime.Decider decidedBy,
            @Schema(nullable = true, description = "Stage 1 and stage 2 together; null for other audits")
            BigDecimal initialAuditorDays,
            BigDecimal auditorDays) {

        static AuditLine of(AuditTimes.Line line) {
            SampledAuditTime t = line.time();
            return new AuditLine(line.auditId(), t.type(), t.sites(), t.sitesDays(), t.floorDays(), t.decidedBy(),
                    t.initialAuditorDays(), t.auditorDays());
        }
    }

    static AuditTimeView of(AuditTime whole, List<AuditTimes.Line> lines, Stage1Basis stage1Basis) {
        if (lines.isEmpty()) {
            return new AuditTimeView(whole.persons(), whole.effectivePersons(), whole.tableDays(),
                    whole.adjustmentPercent(), whole.initialAuditorDays(), whole.stage1Days(), whole.stage2Days(),
                    whole.surveillanceDays(), whole.recertificationDays(), whole.onsiteShare(), whole.remoteShare(),
                    whole.followUpDays(), null);
        }
        Map<AuditType, SampledAuditTime> byType = lines.stream()
                .collect(Collectors.toMap(l -> l.time().type(), AuditTimes.Line::time));
        return new AuditTimeView(whole.persons(), whole.effectivePersons(), whole.tableDays(),
                whole.adjustmentPercent(), byType.get(AuditType.STAGE_2).initialAuditorDays(),
                byType.get(AuditType.STAGE_1).auditorDays(), byType.get(AuditType.STAGE_2).auditorDays(),
                byType.get(AuditType.SURVEILLANCE_1).auditorDays(), byType.get(AuditType.RECERTIFICATION).auditorDays(),
                whole.onsiteShare(), whole.remoteShare(), whole.followUpDays(),
                new MultiSite(whole.initialAuditorDays(), stage1Basis, lines.stream().map(AuditLine::of).toList()));
    }
}
