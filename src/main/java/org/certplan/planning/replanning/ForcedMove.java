package org.certplan.planning.replanning;

import java.time.LocalDate;

/** A published audit a hard rule forced a REPAIR run to change, with the rule ids. */
public record ForcedMove(long auditId, String rules, LocalDate oldStart, LocalDate newStart, String unassignedReason) {
}
