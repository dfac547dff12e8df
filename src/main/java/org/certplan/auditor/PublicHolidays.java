package org.certplan.auditor;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Nationwide public holidays of a country (CAP-2), from the Jollyday calendars, cached per country and year.
 * Regional holidays are not included. A country without a calendar has no holidays.
 */
@ApplicationScoped
public class PublicHolidays {

    public record Holiday(LocalDate date, String name) {
    }

    private record CountryYear(String country, int year) {
    }

    private static final Set<String> SUPPORTED = HolidayManager.getSupportedCalendarCodes();

    private final Map<String, HolidayManager> managers = new ConcurrentHashMap<>();
    private final Map<CountryYear, Map<LocalDate, Holiday>> byYear = new ConcurrentHashMap<>();

    public boolean supports(String countryCode) {
        return countryCode != null && SUPPORTED.contains(countryCode.toUpperCase(Locale.ROOT));
    }

    public boolean isHoliday(String countryCode, LocalDate day) {
        return holiday(countryCode, day) != null;
    }

    /** The holiday on that day, or null. */
    public Holiday holiday(String countryCode, LocalDate day) {
        return ofYear(countryCode, day.getYear()).get(day);
    }

    /** The holidays from one day to another, both inclusive, in date order. */
    public List<Holiday> between(String countryCode, LocalDate from, LocalDate to) {
        List<Holiday> holidays = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            ofYear(countryCode, year).values().stream()
                    .filter(h -> !h.date().isBefore(from) && !h.date().isAfter(to))
                    .forEach(holidays::add);
        }
        return holidays;
    }

    private Map<LocalDate, Holiday> ofYear(String countryCode, int year) {
        if (!supports(countryCode)) {
            return Map.of();
        }
        String country = countryCode.toUpperCase(Locale.ROOT);
        return byYear.computeIfAbsent(new CountryYear(country, year), key -> load(key.country(), key.year()));
    }

    private Map<LocalDate, Holiday> load(String country, int year) {
        HolidayManager manager = managers.computeIfAbsent(country,
                c -> HolidayManager.getInstance(ManagerParameters.create(c)));
        Map<LocalDate, Holiday> holidays = new TreeMap<>();
        for (var holiday : manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)) {
            holidays.merge(holiday.getActualDate(),
                    new Holiday(holiday.getActualDate(), holiday.getDescription(Locale.ENGLISH)),
                    (a, b) -> new Holiday(a.date(), a.name() + ", " + b.name()));
        }
        return Collections.unmodifiableMap(holidays);
    }
}
