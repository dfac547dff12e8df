package org.certplan.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * CAP-1's travel days: an on-site audit farther than the policy distance from the auditor's home makes the working
 * day before it a travel day, on which the auditor is busy. A remote audit, or a distance of 0 in the policy, needs
 * none.
 */
public final class Travel {

    private Travel() {
    }

    public static boolean needsTravelDay(boolean remote, double km, int travelDayBeyondKm) {
        return !remote && travelDayBeyondKm > 0 && km > travelDayBeyondKm;
    }

    /** The days the auditor is busy with an audit: its travel day, if any, then its audit days. */
    public static List<LocalDate> busyDays(List<LocalDate> auditDays, boolean travelDay, WorkingCalendar calendar) {
        if (!travelDay) {
            return auditDays;
        }
        List<LocalDate> busy = new ArrayList<>(auditDays.size() + 1);
        busy.add(calendar.workingDayBefore(auditDays.get(0)));
        busy.addAll(auditDays);
        return List.copyOf(busy);
    }
}
