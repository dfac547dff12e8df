package org.certplan.auditor;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A declared conflict of interest. {@code barredUntil} is the first day the auditor may audit the client again
 * (the end plus the cooling-off period for IMP-1, the day after the end for IMP-2); null while
 * {@code barredIndefinitely}. {@code declaredBy} is null for conflicts recorded before it was kept; an auditor may
 * withdraw only a conflict whose {@code declarant} is {@code AUDITOR}.
 */
public record ConflictView(
        Long id,
        Long clientId,
        ConflictReason reason,
        String rule,
        LocalDate from,
        LocalDate to,
        String note,
        LocalDate barredUntil,
        boolean barredIndefinitely,
        @Schema(nullable = true) String declaredBy,
        Declarant declarant,
        Instant createdAt) {
}
