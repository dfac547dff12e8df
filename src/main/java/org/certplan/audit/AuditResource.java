package org.certplan.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.certplan.platform.paging.PageParams;
import org.certplan.platform.paging.PageResult;
import org.certplan.platform.problem.ProblemException;
import org.certplan.platform.security.CurrentUser;
import org.certplan.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audits")
@Tag(name = "Audits")
public class AuditResource {

    @Inject
    AuditService audits;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "List audits, filtered by dates, status, type, client, certification; an auditor sees their "
            + "own assignments only")
    public PageResult<AuditView> list(@BeanParam AuditFilter filter, @BeanParam @Valid PageParams paging) {
        filter.restrictTo(user);
        return audits.list(filter, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "One audit: window, auditor-days, dates, team, sites; an auditor only one they are on")
    public AuditView get(@PathParam("id") long id) {
        AuditView audit = audits.view(id);
        if (!user.isPlanner() && !onTeam(audit)) {
            throw ProblemException.notFound("audit", id);
        }
        return audit;
    }

    private boolean onTeam(AuditView audit) {
        Long own = user.auditorId().orElse(null);
        return own != null && audit.team().stream().anyMatch(m -> own.equals(m.auditorId()));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The audit trail: who or what changed the audit, when and why")
    public List<AuditEventView> history(@PathParam("id") long id) {
        return audits.history(id);
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Assign a date, team or pin by hand; judged against the hard rules, a date needing a whole team "
            + "(COMP-7), 422 with the rule ids unless force=true with a reason; an empty team without a date unplans the audit")
    public AuditView assign(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AssignmentRequest request) {
        return audits.assign(id, request.withActor(user.actor(request.actor())), ifMatch);
    }

    @POST
    @Path("/{id}/confirm")
    @Operation(summary = "The client agreed to the planned date: CONFIRMED and pinned")
    public AuditView confirm(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @Valid ConfirmationRequest request) {
        ConfirmationRequest confirmation = request == null ? new ConfirmationRequest(null, null, null) : request;
        return audits.confirm(id, confirmation.withActor(user.actor(confirmation.actor())), ifMatch);
    }

    @POST
    @Path("/{id}/completion")
    @Operation(summary = "Record that the audit was held, with its findings; a major finding opens a follow-up (NC-2)")
    public AuditView complete(@PathParam("id") long id, @Valid @NotNull CompletionRequest request) {
        return audits.complete(id, request.withActor(user.actor(request.actor())));
    }
}
