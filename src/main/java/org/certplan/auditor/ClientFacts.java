package org.certplan.auditor;

import java.util.List;
import java.util.Set;
import org.certplan.auditor.AuditorFacts.CycleRef;

/**
 * What the eligibility rules need to know about a client: the technical areas and languages of its scope, the
 * countries of its sites, the cycle each of its certifications is in, where its central site is and whether the
 * engagement is held remotely.
 */
public record ClientFacts(
        long clientId,
        Set<String> technicalAreas,
        Set<String> languages,
        Set<String> siteCountries,
        List<CycleRef> currentCycles,
        double siteLatitude,
        double siteLongitude,
        boolean remote) {

    /** A client audited remotely: no travel (CAP-1). */
    public ClientFacts(long clientId, Set<String> technicalAreas, Set<String> languages, Set<String> siteCountries,
            List<CycleRef> currentCycles) {
        this(clientId, technicalAreas, languages, siteCountries, currentCycles, 0, 0, true);
    }
}
