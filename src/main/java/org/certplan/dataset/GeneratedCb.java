package org.certplan.dataset;

import java.util.List;

/**
 * A generated certification body: its dataset document, and what the generator knows that the document leaves
 * to the services to derive: the audits due in the horizon and the past audits with their windows.
 */
record GeneratedCb(Dataset dataset, List<DueAudit> due, List<HeldAudit> held) {

    Horizon horizon() {
        return Horizon.after(dataset.referenceDate());
    }

    /** {@link CompetenceCoverage} of the audits due in the horizon. */
    double competenceCoverage() {
        return CompetenceCoverage.of(due, dataset.auditors(), horizon());
    }

    /** On-site days due in the horizon over the pool's capacity ({@link PoolCapacity}). */
    double utilisation() {
        return PoolCapacity.utilisation(due, dataset.auditors(), horizon());
    }
}
