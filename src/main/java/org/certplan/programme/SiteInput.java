package org.certplan.programme;

import java.util.Objects;

/**
 * One site of a client. {@code central} marks the central function (IAF MD 1). A site may have no persons of its
 * own (an unmanned data centre, say); it is still audited and counts as the smallest table band in MS-4.
 */
public record SiteInput(long siteId, String name, int persons, boolean central) {

    public SiteInput {
        Objects.requireNonNull(name, "name");
        if (persons < 0) {
            throw new IllegalArgumentException("site persons cannot be negative: " + persons);
        }
    }
}
