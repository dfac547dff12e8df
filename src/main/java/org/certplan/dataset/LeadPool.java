package org.certplan.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.certplan.auditor.AuditorFacts.QualificationFact;
import org.certplan.auditor.EligibilityRules;
import org.certplan.rules.QualificationRole;
import org.certplan.rules.QualificationValidity;

/**
 * The generated auditors as the application review sees them: who could lead a one-person audit of a client on
 * every day of a period. A lead qualifies when a lead-auditor qualification (COMP-1) and, for each of the
 * client's technical areas, a qualification of the lead's holding it (COMP-3, as the rule engine counts it) are
 * valid on every day, when the lead speaks every audit language of the client (COMP-4), and when no conflict of
 * interest with the client is declared (IMP-1, IMP-2, counted for any period). Technical experts of other people
 * are not counted: the solver does not add them to teams.
 */
final class LeadPool {

    private final List<Lead> leads;

    /** A lead's qualifications by what they allow, and the answers for the last period asked about. */
    private static final class Lead {

        private final String email;
        private final Set<String> languages;
        private final Set<String> conflictRefs;
        private final List<QualificationFact> leading;
        private final Map<String, List<QualificationFact>> byArea = new HashMap<>();
        private LocalDate from;
        private LocalDate to;
        private boolean leads;
        private final Map<String, Boolean> areas = new HashMap<>();

        Lead(DatasetAuditor auditor) {
            email = auditor.email();
            languages = Set.copyOf(auditor.languages());
            conflictRefs = Set.copyOf(auditor.conflicts().stream().map(DatasetConflict::client).toList());
            List<QualificationFact> facts = auditor.qualifications().stream()
                    .map(q -> new QualificationFact(q.standard(), q.role(), Set.copyOf(q.technicalAreas()),
                            q.validFrom(), q.validTo()))
                    .toList();
            leading = facts.stream().filter(q -> q.role() == QualificationRole.LEAD_AUDITOR).toList();
            facts.forEach(q -> q.technicalAreas().forEach(a -> byArea.computeIfAbsent(a, k -> new ArrayList<>()).add(q)));
        }

        boolean covers(String clientRef, Collection<String> areasOfClient, Collection<String> audit, LocalDate from,
                LocalDate to) {
            if (!languages.containsAll(audit) || conflictRefs.contains(clientRef)) {
                return false;
            }
            if (!from.equals(this.from) || !to.equals(this.to)) {
                this.from = from;
                this.to = to;
                leads = covered(leading, from, to);
                areas.clear();
            }
            return leads && areasOfClient.stream().allMatch(area -> areas.computeIfAbsent(area,
                    a -> covered(byArea.getOrDefault(a, List.of()), from, to)));
        }

        private static boolean covered(List<QualificationFact> qualifications, LocalDate from, LocalDate to) {
            return !qualifications.isEmpty() && QualificationValidity.validThroughout(
                    EligibilityRules.ismsQualifications(qualifications), from, to);
        }
    }

    LeadPool(Collection<DatasetAuditor> auditors) {
        this.leads = auditors.stream()
                .filter(a -> a.qualifications().stream().anyMatch(q -> q.role() == QualificationRole.LEAD_AUDITOR))
                .map(Lead::new)
                .toList();
    }

    /** How many leads could lead the client's audits on every day from {@code from} to {@code to}. */
    int covering(String clientRef, Collection<String> areas, Collection<String> languages, LocalDate from,
            LocalDate to) {
        return (int) leads.stream().filter(l -> l.covers(clientRef, areas, languages, from, to)).count();
    }

    /** The e-mails of those leads. */
    Set<String> coveringEmails(String clientRef, Collection<String> areas, Collection<String> languages,
            LocalDate from, LocalDate to) {
        return Set.copyOf(leads.stream().filter(l -> l.covers(clientRef, areas, languages, from, to))
                .map(l -> l.email).toList());
    }
}
