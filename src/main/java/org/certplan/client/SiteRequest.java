package org.certplan.client;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.certplan.platform.text.OneLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A site as sent with its client; on update, a site with the id of one of the client's sites is changed in place. */
public record SiteRequest(
        @Schema(description = "The id of an existing site of this client to keep and change; omitted for a new site")
        Long id,
        @OneLine @NotBlank @Size(max = 200) String name,
        @NotNull @CountryCode String countryCode,
        @OneLine @NotBlank @Size(max = 120) String city,
        @NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        @NotNull @Min(0) @Max(1_000_000) Integer persons,
        @Schema(description = "Whether this site is the central function (MS-1); exactly one site is")
        boolean central,
        @Schema(description = "The CB's reduction of this site's table time in percent (MS-4): 0 to 50, default 0;"
                + " above 50 is refused with 422 MS-4. Give several similar sites the same reduction and reason"
                + " to reduce them as a group")
        @Min(0) Integer auditTimeReductionPercent,
        @Schema(description = "Why the site's time is reduced (MS-4, shown to the client with the audit time);"
                + " required with a reduction")
        @Size(max = 500) String auditTimeReductionReason) {

    public SiteRequest(Long id, String name, String countryCode, String city, BigDecimal latitude,
            BigDecimal longitude, Integer persons, boolean central) {
        this(id, name, countryCode, city, latitude, longitude, persons, central, null, null);
    }

    public int reductionPercent() {
        return auditTimeReductionPercent == null ? 0 : auditTimeReductionPercent;
    }
}
