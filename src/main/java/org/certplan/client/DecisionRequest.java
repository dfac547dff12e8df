package org.certplan.client;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.certplan.platform.text.OneLine;

/**
 * The certification decision after stage 2 or after a recertification audit (CYC-1, CYC-6, NC-3, IMP-4).
 * {@code decidedBy}, when given, is the e-mail of the person record (an auditor) whose decision the caller records;
 * without it the caller decides.
 */
public record DecisionRequest(
        @NotNull LocalDate date,
        @NotNull Boolean granted,
        @OneLine @Size(max = 254) String decidedBy,
        @OneLine @Size(max = 1000) String reason) {
}
