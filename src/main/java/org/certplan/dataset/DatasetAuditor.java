package org.certplan.dataset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import org.certplan.auditor.AuditorRequest;
import org.certplan.auditor.Employment;
import org.certplan.auditor.QualificationRequest;
import org.certplan.auditor.UnavailabilityRequest;

/** An auditor with qualifications, leave and declared conflicts of interest; the e-mail identifies the auditor. */
public record DatasetAuditor(
        String name,
        String email,
        String homeCountryCode,
        String homeCity,
        BigDecimal latitude,
        BigDecimal longitude,
        List<String> languages,
        Employment employment,
        Integer maxDaysPerMonth,
        Integer maxDaysPerYear,
        @NotNull List<@NotNull @Valid QualificationRequest> qualifications,
        @NotNull List<@NotNull @Valid UnavailabilityRequest> unavailability,
        @NotNull List<@NotNull @Valid DatasetConflict> conflicts) {

    public AuditorRequest request() {
        return new AuditorRequest(name, email, homeCountryCode, homeCity, latitude, longitude, languages, employment,
                maxDaysPerMonth, maxDaysPerYear, null);
    }
}
