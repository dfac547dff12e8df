package org.certplan.planning.weights;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.certplan.platform.text.OneLine;

/** New weights by key; keys left out keep their current weight, a {@code null} value restores the default. */
public record WeightsRequest(@NotNull @Size(min = 1, max = 50) Map<String, Long> weights,
        @OneLine @NotBlank @Size(max = 500) String reason, Long version) {
}
