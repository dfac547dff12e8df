package org.certplan.audit;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.certplan.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/nonconformities")
@Tag(name = "Audits")
public class NonconformityResource {

    @Inject
    NonconformityService nonconformities;

    @Inject
    CurrentUser user;

    @GET
    @Path("/{id}")
    @Operation(summary = "One nonconformity with its due date and follow-up audit")
    public NonconformityView get(@PathParam("id") long id) {
        return NonconformityView.of(nonconformities.find(id));
    }

    @POST
    @Path("/{id}/closure")
    @Operation(summary = "Close a nonconformity whose correction a completed audit verified")
    public NonconformityView close(@PathParam("id") long id, @Valid @NotNull ClosureRequest request) {
        return nonconformities.close(id, request.withActor(user.actor(request.actor())));
    }
}
