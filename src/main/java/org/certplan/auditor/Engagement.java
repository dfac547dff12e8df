package org.certplan.auditor;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.certplan.audit.TeamRole;

/**
 * A prospective part in an audit: on site from one day to another (both inclusive), in a role, for a number of
 * auditor-days (null: one per working day). When it is for an existing audit, {@code auditId} names it: that
 * audit's own team rows are then not counted as clashes (CAP-1) or load (CAP-3), and its cycle is the one IMP-3
 * looks at.
 */
public record Engagement(LocalDate from, LocalDate to, TeamRole role, BigDecimal days, Long auditId) {

    public Engagement(LocalDate from, LocalDate to, TeamRole role) {
        this(from, to, role, null, null);
    }
}
