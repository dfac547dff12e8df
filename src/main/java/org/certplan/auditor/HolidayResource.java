package org.certplan.auditor;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import org.certplan.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/holidays")
@Tag(name = "Holidays", description = "Nationwide public holidays, on which no audit day falls (CAP-2)")
public class HolidayResource {

    private final PublicHolidays holidays;

    public HolidayResource(PublicHolidays holidays) {
        this.holidays = holidays;
    }

    @GET
    @Path("/{countryCode}")
    @Operation(summary = "The nationwide public holidays of a country (ISO 3166 alpha-2) in a year, this year by "
            + "default")
    public HolidayCalendarView holidays(@PathParam("countryCode") String countryCode, @QueryParam("year") String year) {
        int y = year == null || year.isBlank() ? Year.now().getValue() : parseYear(year);
        String country = countryCode.toUpperCase(Locale.ROOT);
        if (!holidays.supports(country)) {
            throw ProblemException.notFound("holiday calendar", country);
        }
        return new HolidayCalendarView(country, y,
                holidays.between(country, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
    }

    private static int parseYear(String year) {
        int y;
        try {
            y = Integer.parseInt(year.trim());
        } catch (NumberFormatException e) {
            y = 0;
        }
        if (y < 1900 || y > 2200) {
            throw ProblemException.invalid("year", "must be a year from 1900 to 2200");
        }
        return y;
    }
}
