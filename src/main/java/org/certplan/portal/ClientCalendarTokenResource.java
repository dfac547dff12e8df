package org.certplan.portal;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/clients/{clientId}/calendar-token")
@Tag(name = "Calendars")
public class ClientCalendarTokenResource {

    @Inject
    CalendarFeeds feeds;

    @POST
    @Operation(summary = "Issue a new secret token for the client's calendar feed; the previous token stops working")
    public CalendarTokenView issue(@PathParam("clientId") long clientId, UriInfo uri) {
        return feeds.issue(FeedOwner.client(clientId), uri.getBaseUri().toString());
    }
}
