package org.certplan.auditor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.certplan.audit.TeamSeats;

/** The seats an audit's team needs, from the COMP-5 maximum days per auditor of the auditor policy. */
@ApplicationScoped
public class TeamSeatsProducer {

    @Produces
    @Singleton
    TeamSeats teamSeats(AuditorPolicy policy) {
        return new TeamSeats(policy.maxConsecutiveDaysPerAuditor());
    }
}
