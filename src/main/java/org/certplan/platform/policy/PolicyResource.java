package org.certplan.platform.policy;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.certplan.programme.ProgrammePolicy;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/policy")
@Tag(name = "Policy")
public class PolicyResource {

    @Inject
    ProgrammePolicy programme;

    @GET
    @Operation(summary = "The effective CB policy: rule-book defaults or the configured overrides")
    public PolicyView get() {
        return new PolicyView(programme);
    }

    public record PolicyView(ProgrammePolicy programme) {
    }
}
