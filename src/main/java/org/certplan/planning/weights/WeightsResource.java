package org.certplan.planning.weights;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/policy/weights")
@Tag(name = "Policy")
public class WeightsResource {

    private final WeightsService weights;

    public WeightsResource(WeightsService weights) {
        this.weights = weights;
    }

    @GET
    @Operation(summary = "The soft-constraint weights (domain-rules §8) the next planning runs use")
    public WeightsView get() {
        return weights.view();
    }

    @PUT
    @Operation(summary = "Change soft-constraint weights for the next planning runs; send the current version back")
    public WeightsView put(@Valid @NotNull WeightsRequest request) {
        return weights.update(request, "admin");
    }
}
