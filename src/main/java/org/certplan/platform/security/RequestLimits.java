package org.certplan.platform.security;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code certplan.limits.*}: how large a request body the API accepts. The dataset import under
 * {@code /api/v1/admin/datasets/} is bounded by {@code quarkus.http.limits.max-body-size} instead.
 */
@ConfigMapping(prefix = "certplan.limits")
public interface RequestLimits {

    /** The largest body of any other {@code /api/v1} request. */
    @WithDefault("1M")
    MemorySize maxBodySize();
}
