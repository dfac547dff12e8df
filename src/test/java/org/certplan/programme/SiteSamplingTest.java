package org.certplan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteSamplingTest {

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

    // MS-1

    @ParameterizedTest(name = "{0} with {1} other sites -> {2}")
    @CsvSource({
        "STAGE_2, 0, 0", "STAGE_2, 1, 1", "STAGE_2, 4, 2", "STAGE_2, 5, 3", "STAGE_2, 9, 3", "STAGE_2, 10, 4",
        "STAGE_2, 100, 10", "STAGE_2, 101, 11",
        "SURVEILLANCE_1, 1, 1", "SURVEILLANCE_1, 4, 2", "SURVEILLANCE_1, 25, 3", "SURVEILLANCE_1, 26, 4",
        "SURVEILLANCE_2, 100, 6", "SURVEILLANCE_2, 101, 7", "SURVEILLANCE_2, 0, 0",
        "RECERTIFICATION, 1, 1", "RECERTIFICATION, 9, 3", "RECERTIFICATION, 25, 4", "RECERTIFICATION, 26, 5",
        "RECERTIFICATION, 100, 8",
        "STAGE_1, 100, 0", "FOLLOW_UP, 100, 0", "SPECIAL, 100, 0"
    })
    void ms1_sampleSizeWithSampling(AuditType type, int others, int expected) {
        assertThat(sampling.sitesToVisit(type, others, true, false)).isEqualTo(expected);
        assertThat(sampling.sitesToVisit(type, others, true)).isEqualTo(expected);
    }

    @Test
    void ms1_exactSquaresAreNotRoundedUp() {
        for (int root = 1; root <= 300; root++) {
            int x = root * root;
            assertThat(sampling.sitesToVisit(AuditType.STAGE_2, x, true)).isEqualTo(root);
            assertThat(sampling.sitesToVisit(AuditType.STAGE_2, x + 1, true)).isEqualTo(root + 1);
        }
        // 0.6 × √(25k²) = 3k exactly, 0.8 × √(25k²) = 4k exactly
        for (int k = 1; k <= 100; k++) {
            assertThat(sampling.sitesToVisit(AuditType.SURVEILLANCE_1, 25 * k * k, true)).isEqualTo(3 * k);
            assertThat(sampling.sitesToVisit(AuditType.RECERTIFICATION, 25 * k * k, true)).isEqualTo(4 * k);
        }
    }

    @Test
    void ms1_singleSiteClientVisitsNoOtherSite() {
        for (AuditType type : AuditType.values()) {
            assertThat(sampling.sitesToVisit(type, 0, true)).isZero();
            assertThat(sampling.sitesToVisit(type, 0, false)).isZero();
        }
    }

    // MS-2

    @ParameterizedTest(name = "{0} with {1} other sites -> {2}")
    @CsvSource({
        "STAGE_2, 7, 7", "RECERTIFICATION, 7, 7", "STAGE_1, 7, 0", "FOLLOW_UP, 7, 0",
        "SURVEILLANCE_1, 1, 1", "SURVEILLANCE_1, 10, 3", "SURVEILLANCE_1, 11, 4", "SURVEILLANCE_2, 20, 6",
        "SURVEILLANCE_2, 21, 7"
    })
    void ms2_withoutSamplingAllSitesOrThirtyPercentPerSurveillance(AuditType type, int others, int expected) {
        assertThat(sampling.sitesToVisit(type, others, false)).isEqualTo(expected);
    }

    @Test
    void ms2_bothSurveillanceYearsHaveTheSameMinimum() {
        assertThat(sampling.sitesToVisit(AuditType.SURVEILLANCE_2, 11, false, true))
                .isEqualTo(sampling.sitesToVisit(AuditType.SURVEILLANCE_1, 11, false, false))
                .isEqualTo(4);
    }

    @Test
    void ms1_negativeSiteCountIsRejected() {
        assertThatThrownBy(() -> sampling.sitesToVisit(AuditType.STAGE_2, -1, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // MS-3

    @ParameterizedTest(name = "{0} sites -> {1} random")
    @CsvSource({"0, 0", "1, 1", "4, 1", "5, 2", "8, 2", "9, 3", "12, 3", "13, 4"})
    void ms3_atLeastAQuarterIsRandom(int count, int random) {
        assertThat(sampling.randomShare(count)).isEqualTo(random);
        if (count <= 12) {
            SiteSample sample = sampling.sample(sites(12), count, Map.of(), Set.of(), new SplittableRandom(7));
            assertThat(sample.randomSiteIds()).hasSize(random);
            assertThat(sample.coverageSiteIds()).hasSize(count - random);
        }
    }

    @Test
    void ms3_centralFunctionFirstThenDistinctOtherSites() {
        List<Long> chosen = sampling.choose(sites(10), 4, Map.of(), Set.of(), new SplittableRandom(1));
        assertThat(chosen).hasSize(5).doesNotHaveDuplicates();
        assertThat(chosen.get(0)).isEqualTo(1L);
        assertThat(chosen.subList(1, 5)).allSatisfy(id -> assertThat(id).isBetween(2L, 11L));
    }

    @Test
    void ms3_restIsChosenForCoverageFewestVisitsFirstThenById() {
        Map<Long, Integer> visits = Map.of(2L, 3, 3L, 3, 4L, 0, 5L, 1, 6L, 2, 8L, 1, 9L, 2, 10L, 3, 11L, 0);
        List<Long> coverageOrder = List.of(4L, 7L, 11L, 5L, 8L, 6L, 9L, 2L, 3L, 10L); // 7 is unvisited
        for (long seed = 0; seed < 50; seed++) {
            SiteSample sample = sampling.sample(sites(10), 4, visits, Set.of(), new SplittableRandom(seed));
            List<Long> expected = coverageOrder.stream()
                    .filter(id -> !sample.randomSiteIds().contains(id))
                    .limit(3)
                    .toList();
            assertThat(sample.coverageSiteIds()).as("seed " + seed).isEqualTo(expected);
            assertThat(sample.siteIds()).hasSize(5);
        }
    }

    @Test
    void ms3_randomDrawCanReachEverySite() {
        Map<Long, Integer> visits = Map.of(2L, 5, 3L, 5);
        Set<Long> drawn = new HashSet<>();
        Set<Long> covered = new HashSet<>();
        for (long seed = 0; seed < 300; seed++) {
            SiteSample sample = sampling.sample(sites(10), 4, visits, Set.of(), new SplittableRandom(seed));
            drawn.addAll(sample.randomSiteIds());
            covered.addAll(sample.coverageSiteIds());
        }
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(2, 11).boxed().toList());
        assertThat(covered).as("coverage never picks the most visited sites").doesNotContain(2L, 3L);
    }

    @Test
    void ms3_sameSeedSameSampleWhateverTheInputOrder() {
        List<SiteInput> shuffled = new ArrayList<>(sites(20));
        Collections.shuffle(shuffled, new Random(3));
        Map<Long, Integer> visits = Map.of(5L, 1, 6L, 2);
        List<Long> first = sampling.choose(sites(20), 6, visits, Set.of(9L), new SplittableRandom(42));
        List<Long> again = sampling.choose(shuffled, 6, visits, Set.of(9L), new SplittableRandom(42));
        assertThat(again).isEqualTo(first);

        Set<List<Long>> differentSeeds = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            differentSeeds.add(sampling.choose(sites(20), 6, visits, Set.of(), new SplittableRandom(seed)));
        }
        assertThat(differentSeeds).hasSizeGreaterThan(1);
    }

    @Test
    void ms2_secondSurveillanceAvoidsTheFirstSurveillanceSites() {
        Set<Long> sa1 = Set.of(2L, 3L, 4L);
        for (long seed = 0; seed < 100; seed++) {
            List<Long> sa2 = sampling.choose(sites(10), 3, Map.of(), sa1, new SplittableRandom(seed));
            assertThat(sa2).hasSize(4).doesNotContainAnyElementsOf(sa1);
        }
    }

    @Test
    void ms2_excludedSitesFillInOnlyWhenTooFewOthers() {
        Map<Long, Integer> visits = Map.of(2L, 2, 3L, 0, 4L, 1);
        SiteSample sample = sampling.sample(sites(4), 3, visits, Set.of(2L, 3L, 4L), new SplittableRandom(9));
        assertThat(sample.randomSiteIds()).containsExactly(5L);
        assertThat(sample.coverageSiteIds()).containsExactly(3L, 4L);
        assertThat(sample.siteIds()).containsExactly(1L, 5L, 3L, 4L);
    }

    @Test
    void ms3_countAboveTheNumberOfSitesVisitsThemAll() {
        List<Long> chosen = sampling.choose(sites(2), 5, null, null, new SplittableRandom(0));
        assertThat(chosen).hasSize(3).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(chosen.get(0)).isEqualTo(1L);
    }

    @Test
    void ms3_tinyCases() {
        assertThat(sampling.choose(sites(3), 0, Map.of(), Set.of(), new SplittableRandom(0))).containsExactly(1L);
        assertThat(sampling.choose(sites(0), 2, Map.of(), Set.of(), new SplittableRandom(0))).containsExactly(1L);
        assertThat(sampling.choose(List.of(new SiteInput(7, "Only site", 12, false)), 1, Map.of(), Set.of(),
                new SplittableRandom(0))).containsExactly(7L);
        SiteSample one = sampling.sample(sites(1), 1, Map.of(), Set.of(2L), new SplittableRandom(0));
        assertThat(one.siteIds()).containsExactly(1L, 2L);
        assertThat(one.otherSiteCount()).isEqualTo(1);
    }

    @Test
    void ms3_invalidSiteListsAreRejected() {
        List<SiteInput> noCentral = List.of(new SiteInput(1, "A", 5, false), new SiteInput(2, "B", 5, false));
        List<SiteInput> twoCentral = List.of(new SiteInput(1, "A", 5, true), new SiteInput(2, "B", 5, true));
        List<SiteInput> duplicate = List.of(new SiteInput(1, "A", 5, true), new SiteInput(1, "B", 5, false));
        SplittableRandom random = new SplittableRandom(0);
        assertThatThrownBy(() -> sampling.choose(noCentral, 1, Map.of(), Set.of(), random))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("central");
        assertThatThrownBy(() -> sampling.choose(twoCentral, 1, Map.of(), Set.of(), random))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("central");
        assertThatThrownBy(() -> sampling.choose(duplicate, 1, Map.of(), Set.of(), random))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> sampling.choose(List.of(), 0, Map.of(), Set.of(), random))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sampling.choose(sites(3), -1, Map.of(), Set.of(), random))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ms1_sampleSizeAndChoiceTogether() {
        List<SiteInput> client = sites(30);
        int count = sampling.sitesToVisit(AuditType.SURVEILLANCE_1, 30, true);   // ceil(0.6 × 5.48) = 4
        List<Long> chosen = sampling.choose(client, count, Map.of(), Set.of(), new SplittableRandom(5));
        assertThat(count).isEqualTo(4);
        assertThat(chosen).hasSize(5).startsWith(1L);
    }
}
