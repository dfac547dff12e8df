package org.certplan.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An auditor whose conflicts of interest are added once the clients exist. */
record AuditorDraft(DatasetAuditor auditor, List<DatasetConflict> conflicts) {

    AuditorDraft(DatasetAuditor auditor) {
        this(auditor, new ArrayList<>());
    }

    DatasetAuditor toAuditor() {
        List<DatasetConflict> sorted = conflicts.stream().sorted(Comparator.comparing(DatasetConflict::from)).toList();
        return new DatasetAuditor(auditor.name(), auditor.email(), auditor.homeCountryCode(), auditor.homeCity(),
                auditor.latitude(), auditor.longitude(), auditor.languages(), auditor.employment(),
                auditor.maxDaysPerMonth(), auditor.maxDaysPerYear(), auditor.qualifications(),
                auditor.unavailability(), sorted);
    }
}
