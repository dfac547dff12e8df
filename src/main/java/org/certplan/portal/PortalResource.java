package org.certplan.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;
import org.certplan.platform.paging.PageParams;
import org.certplan.platform.paging.PageResult;
import org.certplan.platform.security.CurrentUser;
import org.certplan.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The client portal: a client token sees its own organisation, named by the token's {@code client_id}. */
@Path("/api/v1/portal")
@Tag(name = "Portal", description = "A client's own audits and certifications (role client)")
@RolesAllowed(Roles.CLIENT)
public class PortalResource {

    @Inject
    PortalService portal;

    @Inject
    CalendarFeeds feeds;

    @Inject
    CurrentUser user;

    @GET
    @Path("/audits")
    @Operation(summary = "The client's audits: confirmed dates as confirmed, planned ones as tentative, the window "
            + "while unscheduled, the lead auditor's name and the audit time")
    public PageResult<PortalAuditView> audits(@BeanParam @Valid PageParams paging) {
        return portal.audits(user.requireClient(), paging);
    }

    @GET
    @Path("/certifications")
    @Operation(summary = "The client's certifications: status, cycle, expiry and the next audit")
    public PageResult<PortalCertificationView> certifications(@BeanParam @Valid PageParams paging) {
        return portal.certifications(user.requireClient(), paging);
    }

    @POST
    @Path("/calendar-token")
    @Operation(summary = "Issue the secret token of the client's own calendar feed; replacing one needs If-Match with "
            + "its version (or *), and the previous one stops working")
    @APIResponse(responseCode = "200", description = "The token, shown only this once",
            content = @Content(schema = @Schema(implementation = CalendarTokenView.class)))
    @APIResponse(responseCode = "409", description = "The feed has a token and If-Match does not name its version")
    public CalendarTokenView calendarToken(@HeaderParam("If-Match") String ifMatch, UriInfo uri) {
        return feeds.issue(FeedOwner.client(user.requireClient()), uri, ifMatch);
    }
}
