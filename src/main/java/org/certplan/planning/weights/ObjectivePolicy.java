package org.certplan.planning.weights;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** The CB's policy for what the planner optimises (domain-rules §8), below the rules it never breaks. */
@ConfigMapping(prefix = "certplan.policy.objective")
public interface ObjectivePolicy {

    /** §8.1: an unstaffed audit weighs more from this many days before its deadline, up to double at it. */
    @WithDefault("90")
    int nearDeadlineDays();

    /** The CB's own weights by key (see {@code GET /api/v1/policy/weights}); changes made there win over these. */
    Map<String, Long> weights();
}
