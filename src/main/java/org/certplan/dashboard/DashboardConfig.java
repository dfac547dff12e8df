package org.certplan.dashboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the dashboard aggregates ({@code certplan.dashboard.*}). */
@ConfigMapping(prefix = "certplan.dashboard")
public interface DashboardConfig {

    /** An open audit whose deadline is at most this many days away and that is not confirmed is at risk. */
    @WithDefault("30")
    int atRiskDays();

    /** The longest {@code from..to} range a dashboard query accepts, in days. */
    @WithDefault("731")
    int maxRangeDays();

    /** How many entries each list of the summary shows at most; its {@code total} counts them all. */
    @WithDefault("100")
    int listLimit();
}
