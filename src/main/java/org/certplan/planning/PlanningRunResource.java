package org.certplan.planning;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import org.jboss.resteasy.reactive.RestStreamElementType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.certplan.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/planning-runs")
@Tag(name = "Planning")
public class PlanningRunResource {

    @Inject
    PlanningRunService runs;

    @Inject
    CurrentUser user;

    @POST
    @Operation(summary = "Start a planning run over a horizon; 409 while another run is active")
    public Response start(@Valid @NotNull PlanningRunRequest request, @Context UriInfo uri) {
        PlanningRun run = runs.start(request.withRequestedBy(user.actor(request.requestedBy())));
        return Response.accepted(runs.view(run.id))
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(run.id)).build())
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A run's status, score, counts and best-score history")
    public PlanningRunView get(@PathParam("id") long id) {
        return runs.view(id);
    }

    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Server-Sent Events: a 'progress' event for each new best score, then one 'end' event with the final status")
    public Multi<OutboundSseEvent> events(@PathParam("id") long id, @Context Sse sse) {
        return runs.events(id).map(event -> sse.newEventBuilder()
                .name(event.event())
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(PlanningRunEvent.class, event)
                .build());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop a run early; the best solution so far is kept as its proposal and the run ends CANCELLED")
    public PlanningRunView stop(@PathParam("id") long id) {
        return runs.cancel(id);
    }

    @GET
    @Path("/{id}/changes")
    @Operation(summary = "The run's proposal against the plan it read: per changed audit old and new date and team, and why")
    public List<PlanningChangeView> changes(@PathParam("id") long id) {
        return runs.changes(id);
    }

    @POST
    @Path("/{id}/apply")
    @Operation(summary = "Write the proposal in one transaction; 409 if an affected audit changed since the run read it or it was applied")
    public ApplyResult apply(@PathParam("id") long id, @Valid ApplyRequest request) {
        return runs.apply(id, user.actor(request == null ? null : request.appliedBy()));
    }
}
