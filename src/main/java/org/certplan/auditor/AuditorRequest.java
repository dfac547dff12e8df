package org.certplan.auditor;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.certplan.platform.text.OneLine;

/** The body of creating or updating an auditor; an update carries the version it read. */
public record AuditorRequest(
        @OneLine @NotBlank @Size(max = 200) String name,
        @OneLine @NotBlank @Email @Size(max = 254) String email,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code like DE")
                String homeCountryCode,
        @OneLine @NotBlank @Size(max = 120) String homeCity,
        @NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        @NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code like de")
                String> languages,
        @NotNull Employment employment,
        @Min(1) @Max(31) Integer maxDaysPerMonth,
        @Min(1) @Max(366) Integer maxDaysPerYear,
        Long version) {
}
