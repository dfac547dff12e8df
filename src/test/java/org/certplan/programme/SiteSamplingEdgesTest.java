package org.certplan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The edges of multi-site sampling (MS-1, MS-3): empty and negative inputs, no visit history, the sample's ids. */
class SiteSamplingEdgesTest {

    private final SiteSampling sampling = new SiteSampling(ProgrammePolicy.defaults());

    /** Central function 1 and other sites 2..(1 + others). */
    private static List<SiteInput> sites(int others) {
        List<SiteInput> sites = new ArrayList<>();
        sites.add(new SiteInput(1, "Head office", 40, true));
        for (long id = 2; id <= 1 + others; id++) {
            sites.add(new SiteInput(id, "Site " + id, 10, false));
        }
        return sites;
    }

    @Test
    void ms3_noSites_rejectedAsAClientWithoutSites() {
        assertThatThrownBy(() -> sampling.sample(List.of(), 1, Map.of(), null, new SplittableRandom(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a client has at least one site");
    }

    @Test
    void ms3_negativeCount_rejected() {
        assertThatThrownBy(() -> sampling.sample(sites(3), -1, Map.of(), null, new SplittableRandom(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("number of sites to choose cannot be negative: -1");
    }

    @Test
    void ms3_noVisitHistory_coverageByIdAlone() {
        SiteSample sample = sampling.sample(sites(10), 4, null, null, new SplittableRandom(5));
        assertThat(sample.randomSiteIds()).hasSize(1);
        long drawn = sample.randomSiteIds().get(0);
        List<Long> expected = new ArrayList<>();
        for (long id = 2; id <= 11 && expected.size() < 3; id++) {
            if (id != drawn) {
                expected.add(id);
            }
        }
        assertThat(sample.coverageSiteIds()).containsExactlyElementsOf(expected);
    }

    @Test
    void ms1_noOtherSites_noneToVisitWhateverTheType() {
        for (AuditType type : AuditType.values()) {
            assertThat(sampling.sitesToVisit(type, 0, true)).as("%s", type).isZero();
            assertThat(sampling.sitesToVisit(type, 0, false)).as("%s", type).isZero();
        }
    }

    @Test
    void ms3_sampleIds_centralFirstThenRandomThenCoverage() {
        assertThat(new SiteSample(1, List.of(4L, 5L, 6L), List.of()).siteIds()).containsExactly(1L, 4L, 5L, 6L);
        assertThat(new SiteSample(1, List.of(), List.of(7L, 8L, 9L)).siteIds()).containsExactly(1L, 7L, 8L, 9L);
        assertThat(new SiteSample(1, List.of(), List.of()).siteIds()).containsExactly(1L);
        assertThat(new SiteSample(1, List.of(4L), List.of(7L, 8L)).otherSiteCount()).isEqualTo(3);
    }
}
