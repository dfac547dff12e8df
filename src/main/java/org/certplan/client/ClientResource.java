package org.certplan.client;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.certplan.platform.paging.PageParams;
import org.certplan.platform.paging.PageResult;
import org.certplan.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/clients")
@Tag(name = "Clients", description = "Organisations the CB certifies, with their sites and planning constraints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientResource {

    @Inject
    ClientService clients;

    @Inject
    CurrentUser user;

    @POST
    @Operation(summary = "Register a client with its sites, technical areas, languages and blackout periods")
    @APIResponse(responseCode = "201", description = "Created; Location names the new client",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "422", description = "A site's time reduced by more than 50% (MS-4)")
    public RestResponse<ClientView> create(@NotNull @Valid ClientRequest request, @Context UriInfo uri) {
        ClientView created = clients.create(request);
        return RestResponse.ResponseBuilder
                .<ClientView>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "List clients by name, optionally only those whose name contains q (ignoring case)")
    public PageResult<ClientView> list(
            @Parameter(description = "Part of the client's name") @QueryParam("q") @Size(max = 200) String q,
            @BeanParam @Valid PageParams page) {
        return clients.list(q, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a client")
    public ClientView get(@PathParam("id") long id) {
        return clients.view(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a client; send the version you read, a stale one is refused with 409. The audits"
            + " not yet held follow the new sites: samples re-drawn where a site closed or the sample size changed,"
            + " audit time recalculated (MS-1..MS-4), each change in the audit's trail")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "422", description = "A site's time reduced by more than 50% (MS-4)")
    public ClientView update(@PathParam("id") long id, @NotNull @Valid ClientRequest request) {
        return clients.update(id, request, user.name());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a client with its sites; refused with 409 while it holds an active certification")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        clients.delete(id);
    }
}
