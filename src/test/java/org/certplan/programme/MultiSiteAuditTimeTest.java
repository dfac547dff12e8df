package org.certplan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.certplan.programme.SampledAuditTime.Decider;
import org.junit.jupiter.api.Test;

/** IAF MD 1 7.3: each audit's time from the central function and the sites in its own sample (MS-1, MS-2, MS-4). */
class MultiSiteAuditTimeTest {

    private final ProgrammePolicy policy = ProgrammePolicy.defaults();
    private final MultiSiteAuditTime multiSite = new MultiSiteAuditTime(policy);
    private final SiteSampling sampling = new SiteSampling(policy);
    private final AuditTimeCalculator calculator = new AuditTimeCalculator(policy);

    private static BigDecimal d(String days) {
        return new BigDecimal(days);
    }

    private AuditTime organisation(int persons) {
        return calculator.calculate(new AuditTimeInput(persons, null, 0, false));
    }

    /** Central function 1 with {@code centralPersons}, other sites 2.. with {@code sitePersons} each. */
    private static List<SiteInput> sites(int centralPersons, int others, int sitePersons, int reductionPercent) {
        String reason = reductionPercent == 0 ? null : "same processes as the central function";
        List<SiteInput> sites = new ArrayList<>();
        sites.add(new SiteInput(1, "Head office", centralPersons, true, reductionPercent, reason));
        for (long id = 2; id <= 1 + others; id++) {
            sites.add(new SiteInput(id, "Site " + id, sitePersons, false, reductionPercent, reason));
        }
        return sites;
    }

    /** The central function and the sites MS-1 / MS-2 have an audit of {@code type} visit. */
    private List<SiteInput> visited(List<SiteInput> sites, AuditType type, boolean samplingAllowed) {
        int count = sampling.sitesToVisit(type, sites.size() - 1, samplingAllowed);
        List<Long> ids = sampling.choose(sites, count, Map.of(), Set.of(), new Random(7));
        return sites.stream().filter(s -> ids.contains(s.siteId())).toList();
    }

    @Test
    void ms4_probeCentralFunctionAndThreeSampledSitesWithoutReduction() {
        List<SiteInput> sites = sites(20, 9, 20, 0);
        AuditTime whole = organisation(200);

        SampledAuditTime stage2 = multiSite.calculate(whole, AuditType.STAGE_2, visited(sites, AuditType.STAGE_2, true));
        assertThat(stage2.sites()).hasSize(4);
        assertThat(stage2.sites().get(0).central()).isTrue();
        assertThat(stage2.sitesDays()).isEqualTo(d("28.0"));   // 7 + 3 × 7
        assertThat(stage2.floorDays()).isEqualTo(d("14.0"));   // 200 persons at one site
        assertThat(stage2.decidedBy()).isEqualTo(Decider.SITES);
        assertThat(stage2.initialAuditorDays()).isEqualTo(d("28.0"));
        assertThat(stage2.auditorDays()).isEqualTo(d("26.0"));
        SampledAuditTime stage1 = multiSite.calculate(whole, AuditType.STAGE_1, visited(sites, AuditType.STAGE_2, true));
        assertThat(stage1.auditorDays()).isEqualTo(d("2.0"));  // AT-4: 30% of the central function's 7 days
        assertThat(stage1.auditorDays().add(stage2.auditorDays())).isEqualTo(d("28.0"));

        SampledAuditTime sa1 = multiSite.calculate(whole, AuditType.SURVEILLANCE_1,
                visited(sites, AuditType.SURVEILLANCE_1, true));
        assertThat(sa1.sites()).hasSize(3);                   // central + ⌈0.6 × 3⌉
        assertThat(sa1.auditorDays()).isEqualTo(d("7.0"));     // (7 + 2 × 7) / 3
        SampledAuditTime recertification = multiSite.calculate(whole, AuditType.RECERTIFICATION,
                visited(sites, AuditType.RECERTIFICATION, true));
        assertThat(recertification.sites()).hasSize(4);       // central + ⌈0.8 × 3⌉
        assertThat(recertification.auditorDays()).isEqualTo(d("18.5"));   // 28 × 2/3 = 18.67
    }

    @Test
    void ms4_probeWithTheFiftyPercentMaximumEverywhereIsTheSingleSiteTime() {
        SampledAuditTime stage2 = multiSite.calculate(organisation(200), AuditType.STAGE_2,
                visited(sites(20, 9, 20, 50), AuditType.STAGE_2, true));
        assertThat(stage2.sites()).allSatisfy(site -> {
            assertThat(site.tableDays()).isEqualTo(d("7.0"));
            assertThat(site.days()).isEqualByComparingTo(d("3.5"));
            assertThat(site.reductionReason()).isEqualTo("same processes as the central function");
        });
        assertThat(stage2.sitesDays()).isEqualTo(d("14.0"));
        assertThat(stage2.initialAuditorDays()).isEqualTo(d("14.0"));
        assertThat(stage2.decidedBy()).isEqualTo(Decider.SITES);
    }

    @Test
    void ms4_theFloorDecidesWhenTheSampledSitesGiveLessThanTheWholeOrganisationAtOneSite() {
        // 200 persons; the central function and 9 sites of 15 hold 155 of them: 3.5 + 3 × 3 = 12.5 < 14
        AuditTime whole = organisation(200);
        List<SiteInput> sites = sites(20, 9, 15, 50);
        SampledAuditTime stage2 = multiSite.calculate(whole, AuditType.STAGE_2, visited(sites, AuditType.STAGE_2, true));
        assertThat(stage2.sitesDays()).isEqualTo(d("12.5"));
        assertThat(stage2.floorDays()).isEqualTo(d("14.0"));
        assertThat(stage2.decidedBy()).isEqualTo(Decider.FLOOR);
        assertThat(stage2.initialAuditorDays()).isEqualTo(d("14.0"));

        SampledAuditTime sa2 = multiSite.calculate(whole, AuditType.SURVEILLANCE_2,
                visited(sites, AuditType.SURVEILLANCE_2, true));
        assertThat(sa2.sitesDays()).isEqualTo(d("3.0"));       // (3.5 + 2 × 3) / 3 = 3.17
        assertThat(sa2.floorDays()).isEqualTo(whole.surveillanceDays()).isEqualTo(d("4.5"));
        assertThat(sa2.auditorDays()).isEqualTo(d("4.5"));
        assertThat(sa2.decidedBy()).isEqualTo(Decider.FLOOR);
    }

    @Test
    void ms1_ms4_twentySixSmallSitesSampleSixAndOnlyTheyCount() {
        List<SiteInput> sites = sites(30, 26, 5, 0);
        List<SiteInput> stage2Sites = visited(sites, AuditType.STAGE_2, true);
        assertThat(stage2Sites).hasSize(7);                   // central + ⌈√26⌉ = 6
        SampledAuditTime stage2 = multiSite.calculate(organisation(160), AuditType.STAGE_2, stage2Sites);
        assertThat(stage2.sitesDays()).isEqualTo(d("38.5")); // 8.5 + 6 × 5, not 8.5 + 26 × 5
        assertThat(stage2.floorDays()).isEqualTo(d("13.0"));
        assertThat(stage2.initialAuditorDays()).isEqualTo(d("38.5"));
    }

    @Test
    void eaFaq46_5_twoSiteClientSurveillanceVisitsTheCentralFunctionAndTheOneSite() {
        List<SiteInput> sites = sites(30, 1, 10, 0);
        for (boolean samplingAllowed : new boolean[] {true, false}) {
            SampledAuditTime sa1 = multiSite.calculate(organisation(40), AuditType.SURVEILLANCE_1,
                    visited(sites, AuditType.SURVEILLANCE_1, samplingAllowed));
            assertThat(sa1.sites()).extracting(SiteTime::siteId).containsExactly(1L, 2L);
            assertThat(sa1.auditorDays()).isEqualTo(d("4.5"));   // (8.5 + 5) / 3
        }
    }

    @Test
    void ms2_withoutSamplingEverySiteCountsAndThirtyPercentPerSurveillance() {
        List<SiteInput> sites = sites(20, 9, 20, 0);
        AuditTime whole = organisation(200);
        SampledAuditTime stage2 = multiSite.calculate(whole, AuditType.STAGE_2,
                visited(sites, AuditType.STAGE_2, false));
        assertThat(stage2.sites()).hasSize(10);
        assertThat(stage2.initialAuditorDays()).isEqualTo(d("70.0"));
        SampledAuditTime sa1 = multiSite.calculate(whole, AuditType.SURVEILLANCE_1,
                visited(sites, AuditType.SURVEILLANCE_1, false));
        assertThat(sa1.sites()).hasSize(4);                   // central + ⌈30% × 9⌉
        assertThat(sa1.auditorDays()).isEqualTo(d("9.5"));     // 28 / 3 = 9.33
        SampledAuditTime recertification = multiSite.calculate(whole, AuditType.RECERTIFICATION,
                visited(sites, AuditType.RECERTIFICATION, false));
        assertThat(recertification.auditorDays()).isEqualTo(d("46.5"));    // 70 × 2/3 = 46.67
    }

    @Test
    void ms4_aSiteReducedByMoreThanFiftyPercentIsRefused() {
        assertThatThrownBy(() -> multiSite.checkReduction("Branch 3", 60))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("MS-4"))
                .hasMessageContaining("Branch 3").hasMessageContaining("at most 50%").hasMessageContaining("60%");
        List<SiteInput> reduced = List.of(new SiteInput(1, "Head office", 20, true),
                new SiteInput(2, "Branch 3", 20, false, 60, "similar"));
        assertThatThrownBy(() -> multiSite.calculate(organisation(40), AuditType.STAGE_2, reduced))
                .isInstanceOf(RuleViolation.class);
        multiSite.checkReduction("Branch 3", 50);
    }

    @Test
    void ms4_aReductionIsPerSiteAndTheRestKeepTheirTableTime() {
        List<SiteInput> counted = List.of(new SiteInput(1, "Head office", 20, true),
                new SiteInput(2, "Warehouse", 20, false, 25, "no development on site"),
                new SiteInput(3, "Data centre", 0, false));
        SampledAuditTime stage2 = multiSite.calculate(organisation(40), AuditType.STAGE_2, counted);
        assertThat(stage2.sites()).extracting(SiteTime::days)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("7"), d("5.25"), d("5"));    // an unmanned site takes the smallest band
        assertThat(stage2.sites().get(1).reductionReason()).isEqualTo("no development on site");
        assertThat(stage2.initialAuditorDays()).isEqualTo(d("17.5"));    // 17.25 rounded up (AT-6)
    }

    @Test
    void at4_stage1TakesItsShareOfTheInitialTimeWhenTheCbSaysSo() {
        MultiSiteAuditTime wholeShare = new MultiSiteAuditTime(
                policy.toBuilder().multiSiteStage1Basis(Stage1Basis.INITIAL_TIME).build());
        List<SiteInput> counted = visited(sites(20, 9, 20, 0), AuditType.STAGE_2, true);
        assertThat(wholeShare.calculate(organisation(200), AuditType.STAGE_1, counted).auditorDays())
                .isEqualTo(d("8.5"));                         // 30% of 28 = 8.4
        assertThat(wholeShare.calculate(organisation(200), AuditType.STAGE_2, counted).auditorDays())
                .isEqualTo(d("19.5"));
    }

    @Test
    void at4_noCentralFunctionCounted_stage1TakesItsShareOfTheInitialTimeWhateverTheBasis() {
        MultiSiteAuditTime wholeShare = new MultiSiteAuditTime(
                policy.toBuilder().multiSiteStage1Basis(Stage1Basis.INITIAL_TIME).build());
        assertThat(multiSite.calculate(organisation(200), AuditType.STAGE_1, List.of()).auditorDays())
                .isEqualTo(wholeShare.calculate(organisation(200), AuditType.STAGE_1, List.of()).auditorDays());
        List<SiteInput> noCentral = List.of(new SiteInput(2, "Site 2", 20, false));
        assertThat(multiSite.calculate(organisation(200), AuditType.STAGE_1, noCentral).auditorDays())
                .as("without the central function among the counted sites, the initial time is the basis")
                .isEqualTo(wholeShare.calculate(organisation(200), AuditType.STAGE_1, noCentral).auditorDays());
    }
}
