package org.certplan.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The certification decision after stage 2 or after a recertification audit (CYC-1, CYC-6, NC-3, IMP-4). */
public record DecisionRequest(
        @NotNull LocalDate date,
        @NotNull Boolean granted,
        @NotBlank @Size(max = 200) String decidedBy,
        @Size(max = 1000) String reason) {
}
