package org.certplan.planning;

import java.math.BigDecimal;
import org.certplan.audit.TeamRole;

/** One member of an audit team as a run read or proposes it. */
public record TeamEntry(Long auditorId, TeamRole role, BigDecimal days) {
}
