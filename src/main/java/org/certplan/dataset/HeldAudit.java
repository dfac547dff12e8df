package org.certplan.dataset;

import java.time.LocalDate;
import org.certplan.programme.AuditType;
import org.certplan.programme.Window;

/** A past audit of a generated client, with the window the cycle calendar gave it. */
record HeldAudit(AuditType type, Window window, LocalDate start) {

    /** Where the audit started in its window: 0 on its first day, 1 on its last. */
    double positionInWindow() {
        long length = window.latestEnd().toEpochDay() - window.earliestStart().toEpochDay();
        return length <= 0 ? 0 : (double) (start.toEpochDay() - window.earliestStart().toEpochDay()) / length;
    }
}
