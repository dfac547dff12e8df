package org.certplan.planning.replanning;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.certplan.platform.text.OneLine;

/** Publish the planned audits starting in {@code [from, to]}. */
public record PublishRequest(@NotNull LocalDate from, @NotNull LocalDate to,
        @OneLine @Size(max = 200) String publishedBy) {
}
