package org.certplan.planning.replanning;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.certplan.platform.paging.PageParams;
import org.certplan.platform.paging.PageResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/replanning/nights")
@Tag(name = "Planning")
public class ReplanningResource {

    @Inject
    NightlyReplanning replanning;

    @GET
    @Operation(summary = "The nightly re-planning outcomes, newest first; needsPlanner=true lists the proposals "
            + "kept for a planner")
    public PageResult<ReplanningNightView> list(@QueryParam("needsPlanner") Boolean needsPlanner,
            @Valid @BeanParam PageParams page) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = needsPlanner == null
                    ? ReplanningNight.<ReplanningNight>findAll(Sort.descending("id"))
                    : ReplanningNight.<ReplanningNight>find("needsPlanner", Sort.descending("id"), needsPlanner);
            query.page(page.panache());
            return new PageResult<>(query.list().stream().map(replanning::view).toList(), page.page, page.size,
                    query.count());
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One night: its REPAIR run, score, changes, forced moves, whether it was applied and why")
    public ReplanningNightView get(@PathParam("id") long id) {
        return replanning.view(id);
    }

    @POST
    @Operation(summary = "Run tonight's job now (202 + Location of the night's record); it is skipped while another "
            + "planning run is active")
    public Response runNow(@Context UriInfo uri) {
        long id = replanning.startNight();
        return Response.accepted(replanning.view(id))
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).build();
    }
}
