package org.certplan.dataset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import org.certplan.platform.problem.ProblemException;
import org.certplan.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/datasets")
@Tag(name = "Datasets")
@RolesAllowed(Roles.ADMIN)
public class DatasetResource {

    static final long DEFAULT_SEED = 42;

    @Inject
    DatasetGenerator generator;

    @Inject
    DatasetImporter importer;

    @Inject
    DatasetExporter exporter;

    @Inject
    Clock clock;

    @POST
    @Path("/generate")
    @Operation(summary = "Generate a dataset of size S, M or L (profile realistic or understaffed) and import it; refused while clients exist unless append=true")
    public Response generate(@Valid @NotNull GenerateRequest request,
            @QueryParam("append") @DefaultValue("false") boolean append) {
        LocalDate reference = referenceDate(request.referenceDate());
        importer.requireEmptyUnlessAppending(append);
        Dataset dataset = generator.generate(request.size(), request.profileOrDefault(),
                request.seed() == null ? DEFAULT_SEED : request.seed(), reference);
        return Response.status(Response.Status.CREATED).entity(importer.importDataset(dataset).counts()).build();
    }

    @GET
    @Path("/generated")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A generated dataset, without importing it")
    public StreamingOutput generated(@QueryParam("size") @NotNull DatasetSize size,
            @QueryParam("profile") @DefaultValue("realistic") DatasetProfile profile,
            @QueryParam("seed") @DefaultValue("42") long seed, @QueryParam("referenceDate") LocalDate referenceDate) {
        Dataset dataset = generator.generate(size, profile, seed, referenceDate(referenceDate));
        return out -> DatasetJson.write(dataset, out);
    }

    @GET
    @Path("/export")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every client, auditor and certification as a dataset document")
    public StreamingOutput export() {
        Dataset dataset = exporter.export();
        return out -> DatasetJson.write(dataset, out);
    }

    @POST
    @Path("/import")
    @Operation(summary = "Replay a dataset document through the services; refused while clients exist unless append=true")
    public Response importDataset(@Valid @NotNull Dataset dataset,
            @QueryParam("append") @DefaultValue("false") boolean append) {
        importer.requireEmptyUnlessAppending(append);
        return Response.status(Response.Status.CREATED).entity(importer.importDataset(dataset).counts()).build();
    }

    private LocalDate referenceDate(LocalDate requested) {
        LocalDate today = LocalDate.now(clock);
        if (requested == null) {
            return today;
        }
        if (requested.isAfter(today)) {
            throw ProblemException.invalid("referenceDate", "must not lie after today (" + today + ")");
        }
        return requested;
    }
}
