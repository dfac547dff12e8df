package org.certplan.platform.policy;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.DayOfWeek;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.certplan.auditor.AuditorPolicy;
import org.certplan.planning.weights.ObjectivePolicy;
import org.certplan.planning.weights.WeightsService;
import org.certplan.planning.weights.WeightsView;
import org.certplan.programme.ProgrammePolicy;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/policy")
@Tag(name = "Policy")
public class PolicyResource {

    @Inject
    ProgrammePolicy programme;

    @Inject
    AuditorPolicy auditors;

    @Inject
    ObjectivePolicy objective;

    @Inject
    WeightsService weights;

    @GET
    @Operation(summary = "The effective CB policy: rule-book defaults or the configured overrides")
    public PolicyView get() {
        return new PolicyView(programme, new AuditorPolicyView(auditors.coolingOffYears(), auditors.rotationMaxCycles(),
                auditors.maxDaysPerMonth(), auditors.maxDaysPerYear(), auditors.workingDays(),
                auditors.maxConsecutiveDaysPerAuditor(), auditors.travelDayBeyondKm()),
                new ObjectiveView(objective.nearDeadlineDays(), weights.view().weights().stream()
                        .collect(Collectors.toMap(WeightsView.Entry::key, WeightsView.Entry::weight, (a, b) -> a,
                                TreeMap::new))));
    }

    public record PolicyView(ProgrammePolicy programme, AuditorPolicyView auditors, ObjectiveView objective) {
    }

    /**
     * §8 as the next run will use it: the weights by key (unstaffed audits by type per percent of urgency, the
     * empty-seat tie-breaker, the soft goals) and the days before a deadline from which urgency rises.
     */
    public record ObjectiveView(int nearDeadlineDays, SortedMap<String, Long> weights) {
    }

    /** IMP-1, IMP-3, CAP-3, CAP-4 and COMP-5 as configured under {@code certplan.policy.auditors}. */
    public record AuditorPolicyView(int coolingOffYears, int rotationMaxCycles, int maxDaysPerMonth,
            int maxDaysPerYear, Set<DayOfWeek> workingDays, int maxConsecutiveDaysPerAuditor, int travelDayBeyondKm) {
    }
}
