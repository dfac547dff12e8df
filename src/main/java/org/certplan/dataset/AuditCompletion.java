package org.certplan.dataset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.certplan.audit.CompletionRequest.Finding;
import org.certplan.audit.CompletionRequest;
import org.certplan.programme.AuditType;

/** The open audit of this type and cycle was held on these days with these findings. */
public record AuditCompletion(
        @NotNull AuditType auditType,
        @Min(1) int cycle,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotNull List<@NotNull @Valid Finding> findings) {

    public CompletionRequest request() {
        return new CompletionRequest(startDate, endDate, findings, null);
    }
}
