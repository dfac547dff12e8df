package org.certplan.dataset;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.certplan.auditor.UnavailabilityRequest;

/** An auditor's leave around the reference date. */
final class AuditorLeave {

    private AuditorLeave() {
    }

    /** CAP-2: summer leave, a Christmas break and training days around the reference date; never overlapping. */
    static List<UnavailabilityRequest> draw(Draw draw, LocalDate reference) {
        List<UnavailabilityRequest> leave = new ArrayList<>();
        int year = reference.getYear();
        for (int y = year - 1; y <= year + 1; y++) {
            if (draw.chance(0.7)) {
                LocalDate start = LocalDate.of(y, Month.JULY, 1).plusDays(draw.between(0, 45));
                leave.add(new UnavailabilityRequest(start, start.plusDays(draw.between(9, 20)), "summer leave"));
            }
            if (draw.chance(0.5)) {
                LocalDate start = LocalDate.of(y, Month.DECEMBER, draw.between(18, 23));
                leave.add(new UnavailabilityRequest(start, LocalDate.of(y + 1, Month.JANUARY, draw.between(1, 6)),
                        "Christmas break"));
            }
            if (draw.chance(0.4)) {
                LocalDate start = LocalDate.of(y, draw.between(2, 5), draw.between(1, 25));
                leave.add(new UnavailabilityRequest(start, start.plusDays(draw.between(1, 3)), "auditor training"));
            }
        }
        leave.removeIf(u -> u.to().isBefore(reference.minusDays(60)) || u.from().isAfter(reference.plusDays(365)));
        leave.sort(Comparator.comparing(UnavailabilityRequest::from));
        return List.copyOf(leave);
    }
}
