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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auditors/{auditorId}/unavailability")
@Tag(name = "Auditors")
@RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.AUDITOR})
public class UnavailabilityResource {

    private final UnavailabilityService service;
    private final CurrentUser user;

    public UnavailabilityResource(UnavailabilityService service, CurrentUser user) {
        this.service = service;
        this.user = user;
    }

    @POST
    @Operation(summary = "Declare a period of unavailability (CAP-2); a period overlapping another is refused")
    public Response add(@PathParam("auditorId") long auditorId, @Valid @NotNull UnavailabilityRequest request,
            UriInfo uri) {
        user.requireAuditorOrPlanner(auditorId);
        UnavailabilityView created = service.add(auditorId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "The auditor's periods of unavailability, earliest first")
    public PageResult<UnavailabilityView> list(@PathParam("auditorId") long auditorId,
            @BeanParam @Valid PageParams page) {
        user.requireAuditorOrPlanner(auditorId);
        return service.list(auditorId, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a period of unavailability")
    public UnavailabilityView get(@PathParam("auditorId") long auditorId, @PathParam("id") long id) {
        user.requireAuditorOrPlanner(auditorId);
        return service.get(auditorId, id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Withdraw a period of unavailability")
    public Response delete(@PathParam("auditorId") long auditorId, @PathParam("id") long id) {
        user.requireAuditorOrPlanner(auditorId);
        service.delete(auditorId, id);
        return Response.noContent().build();
    }
}
