package org.certplan.auditor;

import java.util.List;

public record HolidayCalendarView(String countryCode, int year, List<PublicHolidays.Holiday> holidays) {
}
