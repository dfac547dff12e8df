package org.certplan.auditor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.certplan.platform.paging.PageParams;
import org.certplan.platform.paging.PageResult;
import org.certplan.platform.security.CurrentUser;
import org.certplan.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auditors/{auditorId}/conflicts")
@Tag(name = "Auditors")
@RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.AUDITOR})
public class ConflictResource {

    private final ConflictService service;
    private final CurrentUser user;

    public ConflictResource(ConflictService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @POST
    @Operation(summary = "Declare a conflict of interest with a client (IMP-1, IMP-2)")
    public Response add(@PathParam("auditorId") long auditorId, @Valid @NotNull ConflictRequest request,
            UriInfo uri) {
        user.requireAuditorOrPlanner(auditorId);
        ConflictView created = service.add(auditorId, request, user.name(), declarant());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "The auditor's declared conflicts of interest, earliest first, each with the day its bar "
            + "lapses")
    public PageResult<ConflictView> list(@PathParam("auditorId") long auditorId,
            @BeanParam @Valid PageParams page) {
        user.requireAuditorOrPlanner(auditorId);
        return service.list(auditorId, page);
    }

    @GET
    @Path("/history")
    @Operation(summary = "The trail of the auditor's conflicts of interest: every declaration and withdrawal, who "
            + "made it and when, oldest first")
    public PageResult<ConflictEventView> history(@PathParam("auditorId") long auditorId,
            @BeanParam @Valid PageParams page) {
        user.requireAuditorOrPlanner(auditorId);
        return service.history(auditorId, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a conflict of interest")
    public ConflictView get(@PathParam("auditorId") long auditorId, @PathParam("id") long id) {
        user.requireAuditorOrPlanner(auditorId);
        return service.get(auditorId, id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Withdraw a conflict of interest, recorded in the trail; an auditor may withdraw only what "
            + "they declared themself (403 for a planner's record)")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "403", description = "An auditor withdrawing a conflict a planner recorded")
    public Response delete(@PathParam("auditorId") long auditorId, @PathParam("id") long id) {
        user.requireAuditorOrPlanner(auditorId);
        service.withdraw(auditorId, id, user.name(), declarant());
        return Response.noContent().build();
    }

    private Declarant declarant() {
        return user.isPlanner() ? Declarant.PLANNER : Declarant.AUDITOR;
    }
}
