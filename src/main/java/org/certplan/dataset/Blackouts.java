package org.certplan.dataset;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.certplan.client.BlackoutRequest;

/** A client's blackout periods. */
final class Blackouts {

    private Blackouts() {
    }

    /** CYC-10: holidays and seasonal peaks ahead of the reference date. */
    static List<BlackoutRequest> draw(Draw draw, LocalDate reference) {
        List<BlackoutRequest> blackouts = new ArrayList<>();
        LocalDate christmas = LocalDate.of(reference.getYear(), Month.DECEMBER, 20);
        if (!christmas.isAfter(reference)) {
            christmas = christmas.plusYears(1);
        }
        if (draw.chance(0.5)) {
            blackouts.add(new BlackoutRequest(christmas.minusDays(34), christmas.plusDays(11),
                    "year-end peak and holidays"));
        } else {
            blackouts.add(new BlackoutRequest(christmas, christmas.plusDays(17), "company holidays"));
        }
        if (draw.chance(0.5)) {
            LocalDate summer = LocalDate.of(reference.getYear(), Month.AUGUST, 1);
            if (!summer.isAfter(reference)) {
                summer = summer.plusYears(1);
            }
            blackouts.add(new BlackoutRequest(summer, summer.plusDays(draw.between(13, 20)), "summer shutdown"));
        }
        blackouts.sort(Comparator.comparing(BlackoutRequest::from));
        return List.copyOf(blackouts);
    }
}
