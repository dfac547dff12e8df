package org.certplan.auditor;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A declared relationship with a client; without {@code to} it is ongoing. */
public record ConflictRequest(
        @NotNull Long clientId,
        @NotNull ConflictReason reason,
        @NotNull LocalDate from,
        LocalDate to,
        @Size(max = 1000) String note) {
}
