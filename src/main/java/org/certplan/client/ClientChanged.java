package org.certplan.client;

import java.util.List;

/** A client was changed by {@code actor}, with the ids of the sites that closed; what depends on it follows. */
public record ClientChanged(long clientId, String actor, List<Long> closedSiteIds) {
}
