package org.certplan.planning.weights;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.certplan.platform.security.CurrentUser;
import org.certplan.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/policy/weights")
@Tag(name = "Policy")
public class WeightsResource {

    private final WeightsService weights;
    private final CurrentUser user;

    public WeightsResource(WeightsService weights, CurrentUser user) {
        this.weights = weights;
        this.user = user;
    }

    @GET
    @Operation(summary = "The soft-constraint weights (domain-rules §8) the next planning runs use")
    public WeightsView get() {
        return weights.view();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change soft-constraint weights for the next planning runs; send the current version back")
    public WeightsView put(@Valid @NotNull WeightsRequest request) {
        return weights.update(request, user.name());
    }
}
