package org.certplan.audit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A nonconformity's correction was verified on {@code verifiedOn} at the completed audit {@code auditId}. */
public record ClosureRequest(@NotNull LocalDate verifiedOn, @NotNull Long auditId, @Size(max = 200) String actor) {

    public ClosureRequest withActor(String recorded) {
        return new ClosureRequest(verifiedOn, auditId, recorded);
    }
}
