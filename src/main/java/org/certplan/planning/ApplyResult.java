package org.certplan.planning;

import java.time.Instant;
import java.util.List;

/** What applying a proposal wrote. */
public record ApplyResult(long runId, Instant appliedAt, String appliedBy, List<Long> changedAudits) {
}
