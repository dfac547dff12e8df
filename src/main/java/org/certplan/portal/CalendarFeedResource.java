package org.certplan.portal;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.certplan.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The iCalendar feeds a calendar application subscribes to. They carry no bearer token (calendar clients cannot
 * send one): the feed's secret token in the URL authenticates. A replaced or expired token answers 410 saying so,
 * any other wrong token 404.
 */
@Path("/api/v1/calendars")
@Tag(name = "Calendars", description = "iCalendar feeds of auditors' assignments and clients' audits")
@PermitAll
public class CalendarFeedResource {

    static final String TEXT_CALENDAR = "text/calendar;charset=UTF-8";

    @Inject
    CalendarFeeds feeds;

    @Inject
    AuditCalendar calendars;

    @GET
    @Path("/auditors/{id: [0-9]+}.ics")
    @Produces(TEXT_CALENDAR)
    @Operation(summary = "An auditor's assignments as an iCalendar feed; authenticated by the feed's token")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such feed, or not its token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410",
            description = "The token was replaced by a newer one, or expired: ask for a new one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String auditor(@PathParam("id") long id, @QueryParam("token") String token) {
        requireToken(FeedOwner.auditor(id), token);
        return calendars.auditorFeed(id);
    }

    @GET
    @Path("/clients/{id: [0-9]+}.ics")
    @Produces(TEXT_CALENDAR)
    @Operation(summary = "A client's audits as an iCalendar feed; authenticated by the feed's token")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such feed, or not its token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410",
            description = "The token was replaced by a newer one, or expired: ask for a new one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String client(@PathParam("id") long id, @QueryParam("token") String token) {
        requireToken(FeedOwner.client(id), token);
        return calendars.clientFeed(id);
    }

    private void requireToken(FeedOwner owner, String token) {
        feeds.open(owner, token);
    }
}
