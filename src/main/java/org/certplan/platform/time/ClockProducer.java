package org.certplan.platform.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** "Today" is the certification body's today: the system clock in the CB's zone ({@code certplan.time.zone}). */
public class ClockProducer {

    @ConfigMapping(prefix = "certplan.time")
    public interface TimeConfig {
        @WithDefault("UTC")
        ZoneId zone();
    }

    @Produces
    @ApplicationScoped
    Clock clock(TimeConfig config) {
        return Clock.system(config.zone());
    }
}
