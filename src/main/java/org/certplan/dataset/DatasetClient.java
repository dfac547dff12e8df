package org.certplan.dataset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.certplan.client.BlackoutRequest;
import org.certplan.client.ClientRequest;
import org.certplan.client.SiteRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client as the client API takes it, plus its certifications; {@code ref} names it inside the document. */
public record DatasetClient(
        @Schema(description = "Unique within the document; conflicts of interest refer to it")
        @NotBlank String ref,
        String name,
        Integer persons,
        Integer identicalWorkPersons,
        boolean siteSampling,
        List<SiteRequest> sites,
        List<String> technicalAreas,
        List<String> languages,
        List<BlackoutRequest> blackouts,
        @NotNull List<@NotNull @Valid DatasetCertification> certifications) {

    public ClientRequest request() {
        return new ClientRequest(name, persons, identicalWorkPersons, siteSampling, sites, technicalAreas, languages,
                blackouts, null);
    }
}
