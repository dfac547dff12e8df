package org.certplan.auditor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.certplan.platform.text.OneLine;
import org.certplan.rules.QualificationRole;

/** One qualification of the set that replaces an auditor's qualifications; validFrom and validTo are inclusive. */
public record QualificationRequest(
        @OneLine @NotBlank @Size(max = 60) String standard,
        @NotNull QualificationRole role,
        @NotNull @Size(max = 50) List<@NotNull @Pattern(regexp = "[A-Za-z0-9.\\-]{1,20}", message = "must be a sector code like 28")
                String> technicalAreas,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validTo) {
}
