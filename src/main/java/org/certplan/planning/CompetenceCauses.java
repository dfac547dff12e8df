package org.certplan.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certplan.audit.TeamRole;

/**
 * The first cause looked for when audits are left without a whole team: competence, before any date or booking.
 * For each audit no team of today's auditors could hold whatever the date, what it needs, and how many of the
 * judged audits one person with that competence would unblock.
 */
public final class CompetenceCauses {

    /** Near matches named per remedy: more would not help a planner choose. */
    static final int NEAR_MATCHES = 2;

    private final Map<Long, CompetenceNeed> needs = new LinkedHashMap<>();
    private final Map<Long, BigDecimal> auditorDays = new LinkedHashMap<>();
    private final Map<Long, LocalDate> windowStarts = new LinkedHashMap<>();
    private final List<PlanningAuditor> auditors;

    /** Judges {@code audits} against the auditors of {@code plan}. */
    public CompetenceCauses(AuditPlan plan, Collection<PlanningAudit> audits) {
        this.auditors = plan.getAuditors();
        CompetentTeams teams = new CompetentTeams(plan);
        for (PlanningAudit audit : audits) {
            teams.need(audit).ifPresent(need -> {
                needs.put(audit.getId(), need);
                auditorDays.put(audit.getId(), audit.auditorDays());
                windowStarts.put(audit.getId(), audit.getEarliestStart());
            });
        }
    }

    /**
     * Why no team can hold the audit, and its remedies cheapest first — qualifying someone one step away, then one
     * more person — with what each would unblock; empty when competence is not why.
     */
    public Optional<String> of(long auditId) {
        CompetenceNeed need = needs.get(auditId);
        if (need == null) {
            return Optional.empty();
        }
        List<Long> unblocked = needs.entrySet().stream().filter(e -> e.getValue().metBy(need)).map(Map.Entry::getKey)
                .toList();
        BigDecimal days = unblocked.stream().map(auditorDays::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> remedies = new ArrayList<>();
        new NearMatches(auditors, windowStarts.get(auditId)).of(need, NEAR_MATCHES)
                .forEach(near -> remedies.add("qualify " + near.name() + " (" + near.lacks() + ")"));
        remedies.add("one more " + (need.role() == TeamRole.LEAD ? "lead auditor" : "auditor")
                + " with that competence");
        StringBuilder ranked = new StringBuilder();
        for (int i = 0; i < remedies.size(); i++) {
            ranked.append(i == 0 ? "" : "; ").append(i + 1).append(") ").append(remedies.get(i));
        }
        return Optional.of("no team of today's auditors can hold it, whatever the date: it needs " + need.describe()
                + " (" + need.rules() + "). Remedies, each of which would unblock " + unblocked.size()
                + (unblocked.size() == 1 ? " audit" : " audits") + " (" + days.stripTrailingZeros().toPlainString()
                + " auditor-days) of this plan: " + ranked);
    }
}
