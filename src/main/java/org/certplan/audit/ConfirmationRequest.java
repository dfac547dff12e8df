package org.certplan.audit;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.certplan.platform.text.OneLine;

/** The client agreed to the planned date; all fields optional. */
public record ConfirmationRequest(@PositiveOrZero Long version, @OneLine @Size(max = 200) String actor,
        @OneLine @Size(max = 1000) String reason) {

    public ConfirmationRequest withActor(String recorded) {
        return new ConfirmationRequest(version, recorded, reason);
    }
}
