package org.certplan.dataset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.certplan.client.CertificationRequest;

/** A certification: its application, then what happened to it, in order. */
public record DatasetCertification(
        String standard,
        String scope,
        LocalDate applicationDate,
        Integer adjustmentPercent,
        Boolean remote,
        @NotNull List<@NotNull @Valid DatasetStep> steps) {

    public CertificationRequest request(long clientId) {
        return new CertificationRequest(clientId, standard, scope, applicationDate, adjustmentPercent, remote);
    }
}
