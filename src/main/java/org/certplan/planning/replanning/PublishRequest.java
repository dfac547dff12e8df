package org.certplan.planning.replanning;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Publish the planned audits starting in {@code [from, to]}. */
public record PublishRequest(@NotNull LocalDate from, @NotNull LocalDate to, @Size(max = 200) String publishedBy) {
}
