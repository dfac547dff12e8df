package org.certplan.planning.replanning;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.certplan.platform.problem.ProblemException;
import org.certplan.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audits/publish")
@Tag(name = "Planning")
public class PublicationResource {

    @Inject
    Publication publication;

    @Inject
    CurrentUser user;

    @POST
    @Operation(summary = "Publish the date and team of the planned audits starting in [from, to] to their clients and "
            + "auditors; from then on REPAIR keeps them and changing them costs (§8.3)")
    public Publication.PublishResult publish(@Valid @NotNull PublishRequest request) {
        if (request.to().isBefore(request.from())) {
            throw ProblemException.invalid("to", "lies before from " + request.from());
        }
        return publication.publish(request.from(), request.to(), user.actor(request.publishedBy()));
    }
}
