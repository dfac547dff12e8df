package org.certplan.auditor;

import java.time.Instant;

/** A declaration or withdrawal of a conflict of interest, as the trail shows it. */
public record ConflictEventView(Long conflictId, Long clientId, String action, String actor, String detail,
        Instant at) {

    static ConflictEventView of(ConflictEvent e) {
        return new ConflictEventView(e.conflictId, e.clientId, e.action, e.actor, e.detail, e.at);
    }
}
