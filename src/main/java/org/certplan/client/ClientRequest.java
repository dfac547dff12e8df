package org.certplan.client;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.certplan.platform.text.OneLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client as sent on creation, and on update as a full replacement that carries the version it was read at. */
@ConsistentClient
public record ClientRequest(
        @OneLine @NotBlank @Size(max = 200) String name,
        @Schema(description = "Persons doing work under the client's control (AT-1)")
        @NotNull @Min(1) @Max(1_000_000) Integer persons,
        @Schema(description = "Of those, persons doing identical simple work, counted as their square root (AT-2)")
        @Min(1) Integer identicalWorkPersons,
        @Schema(description = "Whether IAF MD 1 sampling of sites is allowed (MS-1) or every site is visited (MS-2)")
        boolean siteSampling,
        @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid SiteRequest> sites,
        @Schema(description = "Technical area (sector) codes of the scope, such as IAF code 33 (COMP-3)")
        @Size(max = 50) List<@NotNull @Pattern(regexp = TECHNICAL_AREA,
                message = "must be 1 to 20 upper-case letters, digits, '.' or '-', such as 33 or IT-SERVICES")
                String> technicalAreas,
        @Schema(description = "Audit languages, ISO 639 codes such as de (COMP-4)")
        @NotNull @Size(min = 1, max = 20) List<@NotNull @LanguageCode String> languages,
        @Size(max = 100) List<@NotNull @Valid BlackoutRequest> blackouts,
        @Schema(description = "On update: the version the client was read at")
        Long version) {

    public static final String TECHNICAL_AREA = "[A-Z0-9][A-Z0-9.\\-]{0,19}";
}
