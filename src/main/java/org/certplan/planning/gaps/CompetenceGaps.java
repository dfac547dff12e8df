package org.certplan.planning.gaps;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.certplan.planning.AuditPlan;
import org.certplan.planning.AuditPlanBuilder;
import org.certplan.planning.CompetenceNeed;
import org.certplan.planning.CompetentTeams;
import org.certplan.planning.NearMatches;
import org.certplan.planning.PlanningAudit;
import org.certplan.planning.weights.WeightsService;
import org.certplan.planning.gaps.CompetenceGapReport.Gap;
import org.certplan.planning.gaps.CompetenceGapReport.Step;

/** Builds the competence-gap report of a horizon from the same snapshot a planning run would solve. */
@ApplicationScoped
public class CompetenceGaps {

    static final int MAX_STEPS = 10;
    static final int MAX_NEAR_MATCHES = 5;

    private final AuditPlanBuilder builder;
    private final WeightsService weights;

    CompetenceGaps(AuditPlanBuilder builder, WeightsService weights) {
        this.builder = builder;
        this.weights = weights;
    }

    public CompetenceGapReport report(LocalDate from, LocalDate to) {
        return report(builder.snapshot(from, to).plan(weights.current()), from, to);
    }

    static CompetenceGapReport report(AuditPlan plan, LocalDate from, LocalDate to) {
        CompetentTeams teams = new CompetentTeams(plan);
        List<PlanningAudit> open = plan.getAudits().stream().filter(audit -> !audit.isPinned()).toList();
        Map<CompetenceNeed, List<PlanningAudit>> blocked = new LinkedHashMap<>();
        for (PlanningAudit audit : open) {
            teams.need(audit).ifPresent(need -> blocked.computeIfAbsent(need, n -> new ArrayList<>()).add(audit));
        }
        NearMatches near = new NearMatches(plan.getAuditors(), from);
        List<Gap> gaps = blocked.entrySet().stream()
                .map(entry -> new Gap(entry.getKey().role(), List.copyOf(entry.getKey().technicalAreas()),
                        List.copyOf(entry.getKey().languages()), entry.getKey().describe(), entry.getValue().size(),
                        auditorDays(entry.getValue()), ids(entry.getValue()),
                        near.of(entry.getKey(), MAX_NEAR_MATCHES)))
                .sorted(Comparator.comparing(Gap::auditorDays).reversed().thenComparing(Gap::requirement))
                .toList();
        List<PlanningAudit> all = blocked.values().stream().flatMap(List::stream).toList();
        return new CompetenceGapReport(from, to, open.size(), all.size(), auditorDays(all), gaps, steps(blocked, near));
    }

    /** A greedy set cover: each step is the requirement that unblocks the most auditor-days still blocked. */
    static List<Step> steps(Map<CompetenceNeed, List<PlanningAudit>> blocked, NearMatches near) {
        Map<PlanningAudit, CompetenceNeed> open = new LinkedHashMap<>();
        blocked.forEach((need, audits) -> audits.forEach(audit -> open.put(audit, need)));
        List<Step> steps = new ArrayList<>();
        Set<CompetenceNeed> offers = new HashSet<>(blocked.keySet());
        while (!open.isEmpty() && steps.size() < MAX_STEPS) {
            CompetenceNeed best = null;
            List<PlanningAudit> unblocked = List.of();
            for (CompetenceNeed offer : offers) {
                List<PlanningAudit> meets = open.entrySet().stream().filter(e -> e.getValue().metBy(offer))
                        .map(Map.Entry::getKey).toList();
                int order = best == null ? 1 : auditorDays(meets).compareTo(auditorDays(unblocked));
                if (order > 0 || order == 0 && offer.describe().compareTo(best.describe()) < 0) {
                    best = offer;
                    unblocked = meets;
                }
            }
            if (unblocked.isEmpty()) {
                break;
            }
            offers.remove(best);
            unblocked.forEach(open::remove);
            steps.add(new Step(steps.size() + 1, best.role(), List.copyOf(best.technicalAreas()),
                    List.copyOf(best.languages()), "hire or qualify " + best.describe(), unblocked.size(),
                    auditorDays(unblocked), ids(unblocked), near.of(best, MAX_NEAR_MATCHES)));
        }
        return steps;
    }

    private static BigDecimal auditorDays(List<PlanningAudit> audits) {
        return audits.stream().map(PlanningAudit::auditorDays).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    private static List<Long> ids(List<PlanningAudit> audits) {
        return audits.stream().map(PlanningAudit::getId).sorted().toList();
    }
}
