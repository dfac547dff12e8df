package org.certplan.dataset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.certplan.auditor.ConflictReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A conflict of interest with the client whose {@code ref} is {@code client} (IMP-1, IMP-2). */
public record DatasetConflict(
        @Schema(description = "The ref of a client of the same document")
        @NotBlank String client,
        @NotNull ConflictReason reason,
        @NotNull LocalDate from,
        LocalDate to,
        @Size(max = 1000) String note) {
}
