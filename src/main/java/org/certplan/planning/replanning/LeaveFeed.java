package org.certplan.planning.replanning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import org.certplan.auditor.UnavailabilityRecorded;
import org.certplan.planning.PlanningRunService;
import org.jboss.logging.Logger;

/** Feeds a leave, once recorded, to the runs this replica is solving (a problem change, no restart). */
@ApplicationScoped
public class LeaveFeed {

    private static final Logger LOG = Logger.getLogger(LeaveFeed.class);

    private final PlanningRunService runs;

    public LeaveFeed(PlanningRunService runs) {
        this.runs = runs;
    }

    void onLeave(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnavailabilityRecorded leave) {
        List<Long> fed = runs.addAuditorLeave(leave.auditorId(),
                leave.from().datesUntil(leave.to().plusDays(1)).toList());
        if (!fed.isEmpty()) {
            LOG.infof("Leave of auditor %d from %s to %s fed to solving runs %s", leave.auditorId(), leave.from(),
                    leave.to(), fed);
        }
    }
}
