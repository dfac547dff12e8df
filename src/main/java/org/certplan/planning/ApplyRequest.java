package org.certplan.planning;

import jakarta.validation.constraints.Size;
import org.certplan.platform.text.OneLine;

/** Who applies a run's proposal; recorded in the audit trail. */
public record ApplyRequest(@OneLine @Size(max = 200) String appliedBy) {
}
