package org.certplan.client;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.certplan.platform.text.OneLine;
import org.certplan.programme.AuditType;

/** A valid accredited certificate of another CB taken over with its cycle (§9, IAF MD 2). */
public record TransferRequest(
        @NotNull Long clientId,
        @NotBlank @Pattern(regexp = Standards.PATTERN, message = Standards.MESSAGE) String standard,
        @NotBlank @Size(max = 2000) String scope,
        @OneLine @NotBlank @Size(max = 200) String issuingBody,
        @NotNull LocalDate cycleStart,
        @NotNull LocalDate expiry,
        @NotNull AuditType lastAuditType,
        @NotNull @Min(0) @Max(100) Integer openMajorNonconformities,
        Boolean suspended,
        Integer auditTimeAdjustmentPercent,
        Boolean remote) {
}
