package org.certplan.planning.replanning;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;

/** {@code certplan.replanning.*}: the nightly job, its churn budget, and how replicas watch each other's runs. */
@ConfigMapping(prefix = "certplan.replanning")
public interface ReplanningConfig {

    /** Quartz cron of the nightly job; {@code off} disables it on this replica. */
    @WithDefault("0 0 2 * * ?")
    String cron();

    /** The rolling horizon the nightly run plans, from today. */
    @WithDefault("P18M")
    Period horizon();

    /**
     * How many published audits the nightly job may change and still apply its proposal on its own: a count
     * ({@code 25}) or a share of the published audits in the horizon ({@code 2%}, rounded down, at least 0).
     */
    @WithDefault("2%")
    String maxChangedPublished();

    /** The nightly run's time limit; the solver's own limit when absent. */
    Optional<Duration> timeLimit();

    /** This replica's name on the runs it owns; the host name when absent. */
    Optional<String> instanceId();

    /** How often the owner of an active run writes its heartbeat. */
    @WithDefault("PT10S")
    Duration heartbeatInterval();

    /** An active run whose heartbeat is older than this has lost its replica and is marked FAILED. */
    @WithDefault("PT1M")
    Duration staleAfter();
}
