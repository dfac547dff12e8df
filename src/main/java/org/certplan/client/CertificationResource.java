package org.certplan.client;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.certplan.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/certifications")
@Tag(name = "Certifications")
public class CertificationResource {

    @Inject
    CertificationService certifications;

    @Inject
    CurrentUser user;

    @Inject
    DecisionMakers decisionMakers;

    @POST
    @Operation(summary = "Apply for certification: computes the audit time and creates stage 1 and stage 2")
    public Response apply(@Valid @NotNull CertificationRequest request, @Context UriInfo uri) {
        CertificationView view = certifications.view(certifications.apply(request));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
                .entity(view).build();
    }

    @POST
    @Path("/transfer")
    @Operation(summary = "Take over another CB's valid certificate: its cycle continues, the audits still due are generated (§9)")
    public Response transfer(@Valid @NotNull TransferRequest request, @Context UriInfo uri) {
        CertificationView view = certifications.view(certifications.transfer(request));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/certifications").path(String.valueOf(view.id()))
                .build()).entity(view).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Status, cycle dates, audit-time justification (AT-10), audits and nonconformities")
    public CertificationView get(@PathParam("id") long id) {
        return certifications.view(certifications.find(id));
    }

    @POST
    @Path("/{id}/decision")
    @Operation(summary = "The certification decision: starts a cycle and generates its surveillance and "
            + "recertification audits. The caller decides, or records the decision of the person record decidedBy "
            + "names (IMP-4 holds for both)")
    public CertificationView decide(@PathParam("id") long id, @Valid @NotNull DecisionRequest request) {
        return certifications.view(certifications.decide(id, request,
                decisionMakers.of(user.name(), request.decidedBy())));
    }

    @POST
    @Path("/{id}/suspend")
    @Operation(summary = "Suspend a certification (CYC-9: the cycle's dates do not move)")
    public CertificationView suspend(@PathParam("id") long id, @Valid @NotNull StatusChangeRequest request) {
        return certifications.view(certifications.suspend(id, request.withActor(user.actor(request.actor()))));
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(summary = "Withdraw a certification or an application; its open audits are cancelled")
    public CertificationView withdraw(@PathParam("id") long id, @Valid @NotNull StatusChangeRequest request) {
        return certifications.view(certifications.withdraw(id, request.withActor(user.actor(request.actor()))));
    }

    @POST
    @Path("/{id}/restore")
    @Operation(summary = "Lift a suspension, or restore an expired certificate within the restoration period (CYC-8)")
    public CertificationView restore(@PathParam("id") long id, @Valid @NotNull StatusChangeRequest request) {
        return certifications.view(certifications.restore(id, request.withActor(user.actor(request.actor()))));
    }
}
