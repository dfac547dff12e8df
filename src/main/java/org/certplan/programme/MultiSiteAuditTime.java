package org.certplan.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Audit time of one audit of a multi-site client (IAF MD 1 7.3; EA FAQs 38.2, 42.6): the central function plus
 * each site the audit visits, each from the table for its own persons less the CB's reduction (MS-4), the AT-5
 * fraction of that per audit, and never less than the same fraction of the whole organisation's time at one site.
 */
public final class MultiSiteAuditTime {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ProgrammePolicy policy;

    public MultiSiteAuditTime(ProgrammePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** MS-4: the CB may reduce a site's table time by at most the policy's maximum. */
    public void checkReduction(String site, int reductionPercent) {
        if (reductionPercent > policy.maxSiteReductionPercent()) {
            throw new RuleViolation("MS-4", "site '" + site + "': a site's table time may be reduced by at most "
                    + policy.maxSiteReductionPercent() + "% but the reduction is " + reductionPercent + "%");
        }
    }

    /**
     * @param organisation the time of the whole organisation as if it worked at one site: the floor
     * @param counted the central function and the sites the audit visits; for stage 1 and stage 2, stage 2's
     */
    public SampledAuditTime calculate(AuditTime organisation, AuditType type, List<SiteInput> counted) {
        Objects.requireNonNull(organisation, "organisation");
        List<SiteTime> sites = counted.stream()
                .sorted(Comparator.comparing(SiteInput::central).reversed())
                .map(this::siteTime)
                .toList();
        BigDecimal sum = sites.stream().map(SiteTime::days).reduce(BigDecimal.ZERO, BigDecimal::add);
        Fraction fraction = fraction(type);
        BigDecimal sitesDays = HalfDays.round(fraction.times(sum));
        BigDecimal floorDays = HalfDays.round(fraction.times(organisation.initialAuditorDays()));
        boolean floorDecides = floorDays.compareTo(sitesDays) > 0;
        BigDecimal days = floorDecides ? floorDays : sitesDays;
        SampledAuditTime.Decider decider = floorDecides ? SampledAuditTime.Decider.FLOOR
                : SampledAuditTime.Decider.SITES;
        if (type != AuditType.STAGE_1 && type != AuditType.STAGE_2) {
            return new SampledAuditTime(type, sites, sitesDays, floorDays, decider, null, days);
        }
        BigDecimal stage1 = AuditTimeCalculator.stage1(policy, stage1Basis(sites, days), days);
        return new SampledAuditTime(type, sites, sitesDays, floorDays, decider, days,
                type == AuditType.STAGE_1 ? stage1 : days.subtract(stage1));
    }

    /** AT-5: the initial audit (stage 1 and stage 2 together) counts in full. */
    private Fraction fraction(AuditType type) {
        return switch (type) {
            case STAGE_1, STAGE_2 -> Fraction.of(1, 1);
            case SURVEILLANCE_1, SURVEILLANCE_2 -> policy.surveillanceFraction();
            case RECERTIFICATION -> policy.recertificationFraction();
            case FOLLOW_UP, SPECIAL -> throw new IllegalArgumentException(type + " takes the follow-up length (NC-5)");
        };
    }

    private BigDecimal stage1Basis(List<SiteTime> sites, BigDecimal initial) {
        if (policy.multiSiteStage1Basis() == Stage1Basis.INITIAL_TIME || sites.isEmpty() || !sites.get(0).central()) {
            return initial;
        }
        return sites.get(0).days();
    }

    private SiteTime siteTime(SiteInput site) {
        checkReduction(site.name(), site.reductionPercent());
        BigDecimal table = AuditTimeTable.initialDays(Math.max(1, site.persons()));
        BigDecimal days = table.multiply(BigDecimal.valueOf(100 - site.reductionPercent()))
                .divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return new SiteTime(site.siteId(), site.name(), site.persons(), site.central(), table,
                site.reductionPercent(), site.reductionReason(), days);
    }
}
