package org.certplan.planning;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lives with the solver so that the audit package stays free of solver code. */
@Path("/api/v1/audits/{id}/explanation")
@Tag(name = "Audits")
public class AuditExplanationResource {

    @Inject
    AuditExplanations explanations;

    @GET
    @Operation(summary = "Why this team and date: the rules touching the audit in the latest proposal, or the eligibility of each auditor")
    public AuditExplanation explain(@PathParam("id") long id) {
        return explanations.explain(id);
    }
}
