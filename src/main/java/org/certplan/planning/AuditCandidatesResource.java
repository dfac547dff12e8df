package org.certplan.planning;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lives with the solver so that the audit package stays free of solver code. */
@Path("/api/v1/audits/{id}/candidates")
@Tag(name = "Audits")
public class AuditCandidatesResource {

    @Inject
    AuditCandidates candidates;

    @GET
    @Operation(summary = "The best alternative (start date, team) placements of the audit, with score impact and the rules each would break")
    public CandidateList candidates(@PathParam("id") long id,
            @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(20) int limit) {
        return candidates.candidates(id, limit);
    }
}
