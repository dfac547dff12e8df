package org.certplan.dataset;

import java.time.LocalDate;
import java.util.List;
import org.certplan.auditor.ConflictReason;

/** Declared conflicts of interest of auditors with clients (IMP-1, IMP-2). */
final class Conflicts {

    private Conflicts() {
    }

    static DatasetConflict draw(Draw draw, String client, LocalDate reference) {
        ConflictReason reason = draw.weighted(List.of(ConflictReason.values()), r -> switch (r) {
            case CONSULTANCY -> 35;
            case EMPLOYMENT -> 20;
            case INTERNAL_AUDIT -> 10;
            case FAMILY -> 15;
            case FINANCIAL -> 10;
            case OTHER -> 10;
        });
        LocalDate from = reference.minusDays(draw.between(400, 3600));
        return switch (reason) {
            case CONSULTANCY -> new DatasetConflict(client, reason, from, laterEnd(draw, from, reference),
                    "helped to implement the ISMS");
            case EMPLOYMENT -> new DatasetConflict(client, reason, from, laterEnd(draw, from, reference),
                    "worked in the client's IT department");
            case INTERNAL_AUDIT -> new DatasetConflict(client, reason, from, laterEnd(draw, from, reference),
                    "performed the client's internal ISMS audits");
            case FAMILY -> new DatasetConflict(client, reason, from, null, "a close relative is the client's CISO");
            case FINANCIAL -> new DatasetConflict(client, reason, from, null, "holds shares of the client");
            case OTHER -> new DatasetConflict(client, reason, from, from.plusDays(draw.between(90, 700)),
                    "former supplier relationship");
        };
    }

    /** The end of a relationship that needs cooling off: some ended long ago, some within the last two years. */
    private static LocalDate laterEnd(Draw draw, LocalDate from, LocalDate reference) {
        LocalDate end = from.plusDays(draw.between(180, 1500));
        return end.isAfter(reference) ? reference.minusDays(draw.between(1, 300)) : end;
    }
}
