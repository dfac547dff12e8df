package org.certplan.planning.weights;

import java.time.Instant;
import java.util.List;

/** The weights the next planning runs use, each with its constraint name and default. */
public record WeightsView(List<Entry> weights, Instant updatedAt, String updatedBy, String reason, long version) {

    public record Entry(String key, String constraint, String level, long weight, long defaultWeight) {
    }
}
