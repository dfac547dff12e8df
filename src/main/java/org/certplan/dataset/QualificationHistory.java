package org.certplan.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.certplan.auditor.QualificationRequest;
import org.certplan.rules.QualificationRole;

/**
 * COMP-1, COMP-2 in the {@code realistic} profile: an auditor's qualifications over the years, each valid three
 * years and renewed a month before it ends, so one of them covers any audit; an auditor may be promoted to lead
 * (some in the coming months), the lead qualification beside the auditor one until that runs out; of the renewals
 * due in the horizon about one in eleven does not happen, so about 3% of the pool lapses a year.
 */
final class QualificationHistory {

    static final int YEARS = 3;
    static final double LAPSE = 0.09;

    /** A renewal is decided a month before the qualification ends and runs from then. */
    static final int RENEWED_DAYS_BEFORE_END = 30;

    private QualificationHistory() {
    }

    static List<QualificationRequest> draw(Draw draw, LocalDate reference, Horizon horizon, List<String> codes,
            boolean lead) {
        LocalDate first = reference.minusDays(draw.between(400, 4000));
        LocalDate promoted = null;
        if (lead) {
            promoted = draw.chance(0.5) ? first : first.plusDays(draw.between(365, 1460));
            if (promoted.isAfter(reference)) {
                promoted = first;
            }
        } else if (draw.chance(0.1)) {
            promoted = reference.plusDays(draw.between(20, 150));
        }
        List<QualificationRequest> qualifications = new ArrayList<>();
        LocalDate start = first;
        QualificationRole role = promoted != null && !promoted.isAfter(first) ? QualificationRole.LEAD_AUDITOR
                : QualificationRole.AUDITOR;
        while (true) {
            LocalDate end = start.plusYears(YEARS).minusDays(1);
            qualifications.add(qualification(role, codes, start, end));
            if (role == QualificationRole.AUDITOR && promoted != null && promoted.isAfter(start)
                    && !promoted.isAfter(end)) {
                LocalDate renewal = end.minusDays(RENEWED_DAYS_BEFORE_END - 1);
                start = promoted.isAfter(renewal) ? renewal : promoted;
                role = QualificationRole.LEAD_AUDITOR;
                continue;
            }
            if (!end.isBefore(horizon.to()) || !end.isBefore(reference) && draw.chance(LAPSE)) {
                qualifications.sort(Comparator.comparing(QualificationRequest::validFrom));
                return List.copyOf(qualifications);
            }
            start = end.minusDays(RENEWED_DAYS_BEFORE_END - 1);
        }
    }

    private static QualificationRequest qualification(QualificationRole role, List<String> codes, LocalDate from,
            LocalDate to) {
        return new QualificationRequest(DatasetGenerator.QUALIFICATION_STANDARD, role, codes, from, to);
    }
}
