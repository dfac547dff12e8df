package org.certplan.auditor;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.certplan.rules.QualificationRole;

public record QualificationView(Long id, String standard, QualificationRole role, List<String> technicalAreas,
        LocalDate validFrom, LocalDate validTo) {

    static QualificationView of(Qualification q) {
        return new QualificationView(q.id, q.standard, q.role, List.copyOf(new TreeSet<>(q.technicalAreas)),
                q.validFrom, q.validTo);
    }
}
