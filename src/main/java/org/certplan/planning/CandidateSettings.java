package org.certplan.planning;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code certplan.candidates.*}: how widely {@code GET /audits/{id}/candidates} looks. */
@ConfigMapping(prefix = "certplan.candidates")
public interface CandidateSettings {

    /** Start dates tried across the audit's window (the target and the current start come on top). */
    @WithDefault("8")
    int sampleDates();

    /** Best leads per start date around whom a team is completed. */
    @WithDefault("2")
    int leadsPerDate();
}
