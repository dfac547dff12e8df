package org.certplan.audit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.certplan.platform.text.OneLine;

/** A nonconformity's correction was verified on {@code verifiedOn} at the completed audit {@code auditId}. */
public record ClosureRequest(@NotNull LocalDate verifiedOn, @NotNull Long auditId,
        @OneLine @Size(max = 200) String actor) {

    public ClosureRequest withActor(String recorded) {
        return new ClosureRequest(verifiedOn, auditId, recorded);
    }
}
