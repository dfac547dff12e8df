package org.certplan.dataset;

/** Where in its window a past surveillance audit was held. */
enum AuditTiming {
    /** In the last 80 days of the window, as the first generator did (the {@code understaffed} profile). */
    LATE_IN_WINDOW,
    /** On any day of the window. */
    ANYWHERE_IN_WINDOW
}
