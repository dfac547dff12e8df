package org.certplan.client;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SiteView(Long id, String name, String countryCode, String city, BigDecimal latitude,
        BigDecimal longitude, int persons, boolean central, int auditTimeReductionPercent,
        @Schema(nullable = true, description = "Null without a reduction") String auditTimeReductionReason) {

    static SiteView of(ClientSite site) {
        return new SiteView(site.id, site.name, site.countryCode, site.city, site.latitude, site.longitude,
                site.persons, site.central, site.auditTimeReductionPercent, site.auditTimeReductionReason);
    }
}
