package org.certplan.programme;

import java.util.ArrayList;
import java.util.List;

/**
 * A multi-site sample (MS-3): the central function, the sites drawn at random and the sites chosen for coverage,
 * kept apart so the choice can be explained.
 */
public record SiteSample(long centralSiteId, List<Long> randomSiteIds, List<Long> coverageSiteIds) {

    public SiteSample {
        randomSiteIds = List.copyOf(randomSiteIds);
        coverageSiteIds = List.copyOf(coverageSiteIds);
    }

    /** Central function first, then the random draws in draw order, then the coverage choices. */
    public List<Long> siteIds() {
        List<Long> ids = new ArrayList<>(1 + randomSiteIds.size() + coverageSiteIds.size());
        ids.add(centralSiteId);
        ids.addAll(randomSiteIds);
        ids.addAll(coverageSiteIds);
        return List.copyOf(ids);
    }

    /** Sites visited besides the central function. */
    public int otherSiteCount() {
        return randomSiteIds.size() + coverageSiteIds.size();
    }
}
