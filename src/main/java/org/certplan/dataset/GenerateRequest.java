package org.certplan.dataset;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which dataset to generate: its size, profile, seed and the day it describes (today when left out). */
public record GenerateRequest(
        @NotNull DatasetSize size,
        @Schema(description = "realistic: a CB that accepts only clients its leads can audit, staffed for 55-75% "
                + "utilisation; understaffed: auditors drawn regardless of the clients (a stress test)",
                defaultValue = "realistic")
        DatasetProfile profile,
        @Schema(description = "Seed of the random draws; the same seed and reference date give the same data",
                defaultValue = "42")
        Long seed,
        @Schema(description = "The day the clients' histories lead up to; not after today. Default: today")
        LocalDate referenceDate) {

    public DatasetProfile profileOrDefault() {
        return profile == null ? DatasetProfile.REALISTIC : profile;
    }
}
