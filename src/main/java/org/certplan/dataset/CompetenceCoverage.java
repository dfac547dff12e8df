package org.certplan.dataset;

import java.util.Collection;

/**
 * The share of the audits due in the horizon for which at least one lead could lead the audit alone: qualified
 * as lead for all the client's technical areas on every day of the audit's window inside the horizon, speaking
 * its audit languages, without a conflict of interest with the client ({@link LeadPool}).
 */
final class CompetenceCoverage {

    private CompetenceCoverage() {
    }

    static double of(Collection<DueAudit> due, Collection<DatasetAuditor> auditors, Horizon horizon) {
        if (due.isEmpty()) {
            return 1;
        }
        LeadPool pool = new LeadPool(auditors);
        long covered = due.stream().filter(a -> pool.covering(a.clientRef(), a.technicalAreas(), a.languages(),
                a.from(horizon), a.to(horizon)) > 0).count();
        return (double) covered / due.size();
    }
}
