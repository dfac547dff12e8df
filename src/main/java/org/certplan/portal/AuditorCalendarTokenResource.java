package org.certplan.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.UriInfo;
import org.certplan.platform.security.CurrentUser;
import org.certplan.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auditors/{auditorId}/calendar-token")
@Tag(name = "Calendars")
public class AuditorCalendarTokenResource {

    @Inject
    CalendarFeeds feeds;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Issue the secret token of the auditor's calendar feed; replacing one needs If-Match with "
            + "its version (or *), and the previous token stops working. A planner, or the auditor themself")
    @APIResponse(responseCode = "200", description = "The token, shown only this once",
            content = @Content(schema = @Schema(implementation = CalendarTokenView.class)))
    @APIResponse(responseCode = "409", description = "The feed has a token and If-Match does not name its version")
    public CalendarTokenView issue(@PathParam("auditorId") long auditorId, @HeaderParam("If-Match") String ifMatch,
            UriInfo uri) {
        user.requireAuditorOrPlanner(auditorId);
        return feeds.issue(FeedOwner.auditor(auditorId), uri, ifMatch);
    }
}
