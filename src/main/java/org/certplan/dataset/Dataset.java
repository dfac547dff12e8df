package org.certplan.dataset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A certification body's data as one document: auditors, and clients with their certifications told as a replay
 * log. Generated datasets carry their {@code seed}, {@code size} and {@code profile}; exported ones leave them out.
 */
public record Dataset(
        @NotNull @Pattern(regexp = FORMAT, message = "must be " + FORMAT) String format,
        Long seed,
        DatasetSize size,
        @Schema(description = "How a generated dataset's CB is staffed; absent in exports")
        DatasetProfile profile,
        @Schema(description = "The day the dataset describes; no step lies after it")
        @NotNull LocalDate referenceDate,
        @NotNull List<@NotNull @Valid DatasetAuditor> auditors,
        @NotNull List<@NotNull @Valid DatasetClient> clients) {

    public static final String FORMAT = "certplan-dataset/1";
}
