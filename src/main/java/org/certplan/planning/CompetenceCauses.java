package org.certplan.planning;

import java.math.BigDecimal;
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

    private final Map<Long, CompetenceNeed> needs = new LinkedHashMap<>();
    private final Map<Long, BigDecimal> auditorDays = new LinkedHashMap<>();

    /** Judges {@code audits} against the auditors of {@code plan}. */
    public CompetenceCauses(AuditPlan plan, Collection<PlanningAudit> audits) {
        CompetentTeams teams = new CompetentTeams(plan);
        for (PlanningAudit audit : audits) {
            teams.need(audit).ifPresent(need -> {
                needs.put(audit.getId(), need);
                auditorDays.put(audit.getId(), audit.auditorDays());
            });
        }
    }

    /** Why no team can hold the audit, with the remedy and what it would unblock; empty when competence is not why. */
    public Optional<String> of(long auditId) {
        CompetenceNeed need = needs.get(auditId);
        if (need == null) {
            return Optional.empty();
        }
        List<Long> unblocked = needs.entrySet().stream().filter(e -> e.getValue().metBy(need)).map(Map.Entry::getKey)
                .toList();
        BigDecimal days = unblocked.stream().map(auditorDays::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of("no team of today's auditors can hold it, whatever the date: it needs " + need.describe()
                + " (" + need.rules() + "); one more " + (need.role() == TeamRole.LEAD ? "lead auditor" : "auditor")
                + " with that competence would unblock " + unblocked.size()
                + (unblocked.size() == 1 ? " audit" : " audits") + " (" + days.stripTrailingZeros().toPlainString()
                + " auditor-days) of this plan");
    }
}
