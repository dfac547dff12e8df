package org.certplan.auditor;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.certplan.platform.text.OneLine;

/** A period of leave, training or sickness, both days inclusive. */
public record UnavailabilityRequest(@NotNull LocalDate from, @NotNull LocalDate to,
        @OneLine @Size(max = 200) String reason) {
}
