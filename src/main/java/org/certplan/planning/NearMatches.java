package org.certplan.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.certplan.audit.TeamRole;
import org.certplan.rules.Qualification;
import org.certplan.rules.QualificationRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The auditors one qualification step away from a requirement: they speak its languages and lack either the lead
 * role or some of its technical areas. Qualifications that ended before the horizon do not count.
 */
public final class NearMatches {

    /** An auditor who would meet a requirement after one qualification step; {@code lacks} says which. */
    @Schema(name = "CompetenceNearMatch")
    public record NearMatch(long auditorId, String name, String lacks) {
    }

    private final List<PlanningAuditor> auditors;
    private final LocalDate from;

    public NearMatches(List<PlanningAuditor> auditors, LocalDate from) {
        this.auditors = auditors;
        this.from = from;
    }

    public List<NearMatch> of(CompetenceNeed need, int limit) {
        record Candidate(PlanningAuditor auditor, int gaps, String lacks) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (PlanningAuditor auditor : auditors) {
            if (!auditor.getLanguages().containsAll(need.languages())) {
                continue;
            }
            List<Qualification> current = auditor.getQualifications().stream()
                    .filter(q -> q.role() != QualificationRole.TECHNICAL_EXPERT
                            && (q.validTo() == null || !q.validTo().isBefore(from))).toList();
            if (current.isEmpty()) {
                continue;
            }
            boolean leads = current.stream().anyMatch(q -> q.role() == QualificationRole.LEAD_AUDITOR);
            Set<String> missing = new TreeSet<>(need.technicalAreas());
            current.forEach(q -> missing.removeAll(q.technicalAreas()));
            boolean lacksRole = need.role() == TeamRole.LEAD && !leads;
            if (lacksRole == missing.isEmpty()) {
                String lacks = lacksRole ? "holds " + areas(need) + "as an auditor: qualify as lead auditor"
                        : "lacks IAF " + String.join(", ", missing);
                candidates.add(new Candidate(auditor, missing.size(), lacks));
            }
        }
        return candidates.stream()
                .sorted(Comparator.comparingInt(Candidate::gaps).thenComparing(c -> c.auditor().getName()))
                .limit(limit)
                .map(c -> new NearMatch(c.auditor().getId(), c.auditor().getName(), c.lacks()))
                .toList();
    }

    private static String areas(CompetenceNeed need) {
        return need.technicalAreas().isEmpty() ? "" : "IAF " + String.join(", ", need.technicalAreas()) + " ";
    }
}
