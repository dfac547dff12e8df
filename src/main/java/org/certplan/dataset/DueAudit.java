package org.certplan.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.certplan.programme.AuditType;
import org.certplan.programme.Window;

/**
 * An audit open on the reference date whose window overlaps the horizon: what a planning run over the horizon
 * has to staff, with the client's technical areas and audit languages and its on-site auditor-days (AT-8).
 */
record DueAudit(String clientRef, AuditType type, Window window, BigDecimal onsiteDays, List<String> technicalAreas,
        List<String> languages) {

    /** The days of the window inside the horizon: a lead must be qualified on all of them. */
    LocalDate from(Horizon horizon) {
        return window.earliestStart().isBefore(horizon.from()) ? horizon.from() : window.earliestStart();
    }

    LocalDate to(Horizon horizon) {
        return window.latestEnd().isAfter(horizon.to()) ? horizon.to() : window.latestEnd();
    }
}
