package org.certplan.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Which sites of a multi-site client an audit visits (IAF MD 1: MS-1 to MS-3). */
public final class SiteSampling {

    private final ProgrammePolicy policy;

    public SiteSampling(ProgrammePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * MS-1 / MS-2: how many sites besides the central function an audit visits (the central function is always
     * visited and not counted). Stage 1 visits the central function only; so do follow-up and special audits,
     * whose sites are those of the findings they verify.
     *
     * <p>Both surveillance years have the same minimum, so {@code secondSurveillance} does not change the number;
     * what differs in the second year is which sites are chosen: pass SA1's sites as {@code excluded} to
     * {@link #choose}.
     */
    public int sitesToVisit(AuditType type, int sitesOtherThanCentral, boolean samplingAllowed,
                            boolean secondSurveillance) {
        return sitesToVisit(type, sitesOtherThanCentral, samplingAllowed);
    }

    public int sitesToVisit(AuditType type, int sitesOtherThanCentral, boolean samplingAllowed) {
        Objects.requireNonNull(type, "type");
        int x = sitesOtherThanCentral;
        if (x < 0) {
            throw new IllegalArgumentException("number of sites cannot be negative: " + x);
        }
        if (samplingAllowed) {
            return switch (type) {
                case STAGE_2 -> ceilTimesSqrt(1, 1, x);
                case SURVEILLANCE_1, SURVEILLANCE_2 -> ceilTimesSqrt(3, 5, x);
                case RECERTIFICATION -> ceilTimesSqrt(4, 5, x);
                case STAGE_1, FOLLOW_UP, SPECIAL -> 0;
            };
        }
        return switch (type) {
            case STAGE_2, RECERTIFICATION -> x;
            case SURVEILLANCE_1, SURVEILLANCE_2 -> ceilPercent(x, policy.surveillanceSitePercentWithoutSampling());
            case STAGE_1, FOLLOW_UP, SPECIAL -> 0;
        };
    }

    /** MS-3: how many of {@code count} sampled sites are drawn at random. */
    public int randomShare(int count) {
        return ceilPercent(count, policy.randomSamplePercent());
    }

    /** MS-3: the central function's id first, then {@code count} other sites; see {@link #sample}. */
    public List<Long> choose(List<SiteInput> sites, int count, Map<Long, Integer> visitsSoFar, Set<Long> excluded,
                             RandomGenerator random) {
        return sample(sites, count, visitsSoFar, excluded, random).siteIds();
    }

    /**
     * MS-3: draws {@link #randomShare} of the sites at random from the sites not excluded, then fills the sample
     * for coverage: fewest visits so far first, ties by site id. Excluded sites (MS-2: SA2 visits other sites than
     * SA1) are taken, in coverage order, only when the others do not suffice. When {@code count} is at least the
     * number of other sites, all of them are visited. The same sites, counts and seed give the same sample.
     *
     * @param visitsSoFar visits per site id in the cycle so far; missing ids and null mean none
     * @param excluded site ids to avoid; null means none
     */
    public SiteSample sample(List<SiteInput> sites, int count, Map<Long, Integer> visitsSoFar, Set<Long> excluded,
                             RandomGenerator random) {
        Objects.requireNonNull(sites, "sites");
        Objects.requireNonNull(random, "random");
        if (count < 0) {
            throw new IllegalArgumentException("number of sites to choose cannot be negative: " + count);
        }
        Map<Long, Integer> visits = visitsSoFar == null ? Map.of() : visitsSoFar;
        Set<Long> avoid = excluded == null ? Set.of() : excluded;

        SiteInput central = centralFunction(sites);
        Comparator<Long> coverageOrder = Comparator.<Long>comparingInt(id -> visits.getOrDefault(id, 0))
                .thenComparing(Comparator.naturalOrder());
        List<Long> pool = new ArrayList<>();
        List<Long> fallback = new ArrayList<>();
        for (SiteInput site : sites) {
            if (site.siteId() != central.siteId()) {
                (avoid.contains(site.siteId()) ? fallback : pool).add(site.siteId());
            }
        }
        pool.sort(Comparator.naturalOrder());
        fallback.sort(coverageOrder);
        int wanted = Math.min(count, pool.size() + fallback.size());

        int randomCount = Math.min(randomShare(wanted), pool.size());
        for (int i = 0; i < randomCount; i++) {
            int j = i + random.nextInt(pool.size() - i);
            pool.set(i, pool.set(j, pool.get(i)));
        }
        List<Long> drawn = List.copyOf(pool.subList(0, randomCount));

        List<Long> rest = new ArrayList<>(pool.subList(randomCount, pool.size()));
        rest.sort(coverageOrder);
        rest.addAll(fallback);
        List<Long> covered = List.copyOf(rest.subList(0, wanted - randomCount));
        return new SiteSample(central.siteId(), drawn, covered);
    }

    private static SiteInput centralFunction(List<SiteInput> sites) {
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("a client has at least one site");
        }
        Set<Long> ids = new HashSet<>();
        List<SiteInput> central = new ArrayList<>();
        for (SiteInput site : sites) {
            if (!ids.add(site.siteId())) {
                throw new IllegalArgumentException("site " + site.siteId() + " is listed twice");
            }
            if (site.central()) {
                central.add(site);
            }
        }
        if (central.isEmpty() && sites.size() == 1) {
            return sites.get(0);
        }
        if (central.size() != 1) {
            throw new IllegalArgumentException("a multi-site client has exactly one central function, found "
                    + central.size());
        }
        return central.get(0);
    }

    /** Smallest n with n ≥ (p/q)·√x, in integers: q²·n² ≥ p²·x. */
    private static int ceilTimesSqrt(int p, int q, int x) {
        long bound = (long) p * p * x;
        long qq = (long) q * q;
        int n = (int) Math.floor((double) p / q * Math.sqrt(x));
        while (n > 0 && qq * (n - 1) * (n - 1) >= bound) {
            n--;
        }
        while (qq * n * n < bound) {
            n++;
        }
        return n;
    }

    private static int ceilPercent(int value, int percent) {
        return (int) (((long) value * percent + 99) / 100);
    }
}
