package org.certplan.auditor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.certplan.audit.TeamRole;
import org.certplan.platform.paging.PageParams;
import org.certplan.platform.paging.PageResult;
import org.certplan.platform.problem.ProblemException;
import org.certplan.platform.security.CurrentUser;
import org.certplan.platform.security.Roles;
import org.certplan.rules.QualificationRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auditors")
@Tag(name = "Auditors", description = "Auditors, their qualifications, and whether they may audit a client")
public class AuditorResource {

    /** An eligibility question spans at most this many days; audits are much shorter. */
    static final int MAX_ELIGIBILITY_DAYS = 92;

    private final AuditorService auditors;
    private final EligibilityService eligibility;
    private final CurrentUser user;

    public AuditorResource(AuditorService auditors, EligibilityService eligibility, CurrentUser user) {
        this.auditors = auditors;
        this.eligibility = eligibility;
        this.user = user;
    }

    @POST
    @Operation(summary = "Create an auditor")
    public Response create(@Valid @NotNull AuditorRequest request, UriInfo uri) {
        AuditorView created = auditors.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "List auditors by name or email (q), by a technical area or a qualification role they "
            + "hold a current or future qualification for")
    public PageResult<AuditorView> list(@QueryParam("q") @Size(max = 200) String q,
            @QueryParam("technicalArea") @Size(max = 20) String technicalArea, @QueryParam("role") String role, @BeanParam @Valid PageParams page) {
        return auditors.list(q, technicalArea,
                QueryParams.enumValue("role", role, QualificationRole.class, null), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Read an auditor; an auditor may read their own record")
    public AuditorView get(@PathParam("id") long id) {
        user.requireAuditorOrPlanner(id);
        return auditors.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Update an auditor; send the version you read")
    public AuditorView update(@PathParam("id") long id, @Valid @NotNull AuditorRequest request) {
        return auditors.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an auditor; refused while the auditor is on the team of an open audit")
    public Response delete(@PathParam("id") long id) {
        auditors.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/qualifications")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "The auditor's qualifications (COMP-1..3)")
    public List<QualificationView> qualifications(@PathParam("id") long id) {
        user.requireAuditorOrPlanner(id);
        return auditors.qualifications(id);
    }

    @PUT
    @Path("/{id}/qualifications")
    @Operation(summary = "Replace the auditor's qualifications (COMP-1..3); validFrom and validTo are inclusive")
    public List<QualificationView> replaceQualifications(@PathParam("id") long id,
            @Valid @NotNull @Size(max = 100) List<@Valid @NotNull QualificationRequest> qualifications) {
        return auditors.replaceQualifications(id, qualifications);
    }

    @GET
    @Path("/{id}/eligibility")
    @Operation(summary = "May the auditor audit the client on these dates in this role, and if not, why: every rule "
            + "of domain-rules §5–7 that rules the auditor out, with the day it lapses when known")
    public Eligibility eligibility(@PathParam("id") long id, @QueryParam("clientId") String clientId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("role") String role,
            @QueryParam("days") String days) {
        long client = QueryParams.id("clientId", clientId);
        LocalDate start = QueryParams.date("from", from);
        LocalDate end = QueryParams.date("to", to);
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "must not be before from " + start);
        }
        if (start.plusDays(MAX_ELIGIBILITY_DAYS).isBefore(end)) {
            throw ProblemException.invalid("to", "the period may span at most " + MAX_ELIGIBILITY_DAYS + " days");
        }
        TeamRole teamRole = QueryParams.enumValue("role", role, TeamRole.class, TeamRole.AUDITOR, TeamRole.LEAD,
                TeamRole.AUDITOR);
        return eligibility.check(id, client,
                new Engagement(start, end, teamRole, QueryParams.positiveDecimal("days", days), null));
    }
}
