package org.certplan.planning;

import jakarta.validation.constraints.Size;

/** Who applies a run's proposal; recorded in the audit trail. */
public record ApplyRequest(@Size(max = 200) String appliedBy) {
}
