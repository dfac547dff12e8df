package org.certplan.programme;

import java.util.Objects;

/**
 * One site of a client. {@code central} marks the central function (IAF MD 1). A site may have no persons of its
 * own (an unmanned data centre, say); it is still audited and takes the smallest table band (MS-4).
 *
 * @param reductionPercent the CB's reduction of the site's table time (MS-4), 0 when none was decided
 * @param reductionReason why the CB reduced it; null without a reduction
 */
public record SiteInput(long siteId, String name, int persons, boolean central, int reductionPercent,
                        String reductionReason) {

    public SiteInput {
        Objects.requireNonNull(name, "name");
        if (persons < 0) {
            throw new IllegalArgumentException("site persons cannot be negative: " + persons);
        }
        if (reductionPercent < 0) {
            throw new IllegalArgumentException("a site reduction cannot be negative: " + reductionPercent);
        }
    }

    public SiteInput(long siteId, String name, int persons, boolean central) {
        this(siteId, name, persons, central, 0, null);
    }
}
