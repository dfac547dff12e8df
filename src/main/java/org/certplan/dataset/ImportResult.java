package org.certplan.dataset;

/** What an import stored, and how long it took. */
public record ImportResult(int auditors, int clients, int sites, int certifications, int steps, int conflicts,
        long milliseconds) {
}
