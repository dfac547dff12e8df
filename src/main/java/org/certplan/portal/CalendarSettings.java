package org.certplan.portal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code certplan.calendar.*}: how long a calendar feed's link works. */
@ConfigMapping(prefix = "certplan.calendar")
public interface CalendarSettings {

    /** From its issue until a feed's token stops working and a new one must be asked for. */
    @WithDefault("P365D")
    Duration tokenLifetime();
}
