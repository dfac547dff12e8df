package org.certplan.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An application for certification; the audit time is computed from the client (AT-1..AT-10). */
public record CertificationRequest(
        @NotNull Long clientId,
        @NotBlank @Pattern(regexp = Standards.PATTERN, message = Standards.MESSAGE) String standard,
        @NotBlank @Size(max = 2000) String scope,
        @NotNull LocalDate applicationDate,
        Integer auditTimeAdjustmentPercent,
        Boolean remote) {
}
