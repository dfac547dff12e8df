package org.certplan.auditor;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

public record AuditorView(
        Long id,
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
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static AuditorView of(Auditor a) {
        return new AuditorView(a.id, a.name, a.email, a.homeCountryCode, a.homeCity, a.latitude, a.longitude,
                List.copyOf(new TreeSet<>(a.languages)), a.employment, a.maxDaysPerMonth, a.maxDaysPerYear,
                a.version, a.createdAt, a.updatedAt);
    }
}
