package org.certplan.client;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.certplan.platform.text.OneLine;

/** A period, both days included, in which no audit day of the client may fall (CYC-10). */
public record BlackoutRequest(
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @OneLine @Size(max = 200) String reason) {
}
