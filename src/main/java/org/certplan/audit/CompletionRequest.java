package org.certplan.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.certplan.platform.text.OneLine;

/** The audit was held: its actual dates and its findings (NC-1, NC-2). */
public record CompletionRequest(
        LocalDate startDate,
        @NotNull LocalDate endDate,
        @Size(max = 200) List<@Valid @NotNull Finding> findings,
        @OneLine @Size(max = 200) String actor) {

    public record Finding(
            @NotNull Nonconformity.Grade grade,
            @OneLine @NotBlank @Size(max = 40) String clause,
            @NotBlank @Size(max = 4000) String description) {
    }

    public List<Finding> findingsOrEmpty() {
        return findings == null ? List.of() : findings;
    }

    public CompletionRequest withActor(String recorded) {
        return new CompletionRequest(startDate, endDate, findings, recorded);
    }
}
