package org.certplan.planning;

import java.util.Comparator;

/** Harder seats sort higher: leads, then clients with more technical areas, longer audits, tighter deadlines. */
public class SeatDifficulty implements Comparator<TeamSeat> {

    private static final Comparator<TeamSeat> ORDER = Comparator
            .comparing(TeamSeat::isLead)
            .thenComparingInt((TeamSeat s) -> s.getAudit().getClient().getTechnicalAreas().size())
            .thenComparingInt(TeamSeat::dayCount)
            .thenComparing((TeamSeat s) -> s.getAudit().getLatestEnd(), Comparator.reverseOrder())
            .thenComparing(TeamSeat::getId);

    @Override
    public int compare(TeamSeat a, TeamSeat b) {
        return ORDER.compare(a, b);
    }
}
