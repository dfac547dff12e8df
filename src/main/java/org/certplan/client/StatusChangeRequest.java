package org.certplan.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.certplan.platform.text.OneLine;

/** Suspension, withdrawal or restoration of a certification, with its date and reason. */
public record StatusChangeRequest(
        @NotNull LocalDate date,
        @OneLine @NotBlank @Size(max = 1000) String reason,
        @OneLine @Size(max = 200) String actor) {

    public StatusChangeRequest withActor(String recorded) {
        return new StatusChangeRequest(date, reason, recorded);
    }
}
