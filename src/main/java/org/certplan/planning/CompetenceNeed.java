package org.certplan.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.certplan.audit.TeamRole;

/**
 * What one more person on the CB's books would need to staff an audit that no team of today's auditors can hold:
 * the role (a lead, or any auditor), the IAF technical areas (COMP-3) and the audit languages (COMP-4).
 */
public record CompetenceNeed(TeamRole role, SortedSet<String> technicalAreas, SortedSet<String> languages) {

    /** IAF codes in numeric order: 9 before 19. */
    private static final Comparator<String> CODES = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    public CompetenceNeed(TeamRole role, Set<String> technicalAreas, Set<String> languages) {
        this(role, sorted(technicalAreas, CODES), sorted(languages, Comparator.naturalOrder()));
    }

    private static SortedSet<String> sorted(Set<String> values, Comparator<String> order) {
        SortedSet<String> sorted = new TreeSet<>(order);
        sorted.addAll(values);
        return sorted;
    }

    /** A person with {@code offer}'s competence meets this need: a lead can take any seat. */
    public boolean metBy(CompetenceNeed offer) {
        return (offer.role == TeamRole.LEAD || offer.role == role)
                && offer.technicalAreas.containsAll(technicalAreas) && offer.languages.containsAll(languages);
    }

    /** The rules that ask for this competence. */
    public String rules() {
        List<String> rules = new ArrayList<>(List.of(role == TeamRole.LEAD ? "COMP-1" : "COMP-2"));
        if (!technicalAreas.isEmpty()) {
            rules.add("COMP-3");
        }
        if (!languages.isEmpty()) {
            rules.add("COMP-4");
        }
        return String.join(", ", rules);
    }

    /** In plain words: "a lead auditor holding IAF 27 and speaking cs". */
    public String describe() {
        StringBuilder text = new StringBuilder(role == TeamRole.LEAD ? "a lead auditor" : "an auditor");
        if (!technicalAreas.isEmpty()) {
            text.append(" holding IAF ").append(String.join(", ", technicalAreas));
        }
        if (!languages.isEmpty()) {
            text.append(technicalAreas.isEmpty() ? " who speaks " : " and speaking ")
                    .append(String.join(", ", languages));
        }
        return text.toString();
    }
}
