package org.certplan.planning;

import java.util.List;

/** One auditor considered for one seat, with the hard rules they would break there. */
public record CandidateVerdict(PlanningAuditor auditor, List<RuleBreach> breaches) {

    public CandidateVerdict {
        breaches = List.copyOf(breaches);
    }

    public boolean eligible() {
        return breaches.isEmpty();
    }
}
