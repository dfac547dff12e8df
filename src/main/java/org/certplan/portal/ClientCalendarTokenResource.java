package org.certplan.portal;

import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/clients/{clientId}/calendar-token")
@Tag(name = "Calendars")
public class ClientCalendarTokenResource {

    @Inject
    CalendarFeeds feeds;

    @POST
    @Operation(summary = "Issue the secret token of the client's calendar feed; replacing one needs If-Match with its "
            + "version (or *), and the previous token stops working")
    @APIResponse(responseCode = "200", description = "The token, shown only this once",
            content = @Content(schema = @Schema(implementation = CalendarTokenView.class)))
    @APIResponse(responseCode = "409", description = "The feed has a token and If-Match does not name its version")
    public CalendarTokenView issue(@PathParam("clientId") long clientId, @HeaderParam("If-Match") String ifMatch,
            UriInfo uri) {
        return feeds.issue(FeedOwner.client(clientId), uri, ifMatch);
    }
}
