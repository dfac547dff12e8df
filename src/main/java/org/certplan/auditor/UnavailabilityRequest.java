package org.certplan.auditor;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A period of leave, training or sickness, both days inclusive. */
public record UnavailabilityRequest(@NotNull LocalDate from, @NotNull LocalDate to, @Size(max = 200) String reason) {
}
