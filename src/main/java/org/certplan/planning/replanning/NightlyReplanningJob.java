package org.certplan.planning.replanning;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The nightly trigger. With Quartz's clustered JDBC store (see application.properties) each fire time runs on
 * exactly one replica; {@code certplan.replanning.cron=off} keeps a replica out of it.
 */
@ApplicationScoped
public class NightlyReplanningJob {

    private final NightlyReplanning replanning;

    public NightlyReplanningJob(NightlyReplanning replanning) {
        this.replanning = replanning;
    }

    @Scheduled(identity = "nightly-replanning", cron = "{certplan.replanning.cron:0 0 2 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyNight() {
        replanning.runNight();
    }
}
