package org.certplan.auditor;

import java.util.List;
import java.util.Set;
import org.certplan.auditor.AuditorFacts.CycleRef;

/**
 * What the eligibility rules need to know about a client: the technical areas and languages of its scope, the
 * countries of its sites, and the cycle each of its certifications is in.
 */
public record ClientFacts(
        long clientId,
        Set<String> technicalAreas,
        Set<String> languages,
        Set<String> siteCountries,
        List<CycleRef> currentCycles) {
}
