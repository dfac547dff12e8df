package org.certplan.platform.policy;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.DayOfWeek;
import java.util.Set;
import org.certplan.auditor.AuditorPolicy;
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

    @GET
    @Operation(summary = "The effective CB policy: rule-book defaults or the configured overrides")
    public PolicyView get() {
        return new PolicyView(programme, new AuditorPolicyView(auditors.coolingOffYears(), auditors.rotationMaxCycles(),
                auditors.maxDaysPerMonth(), auditors.maxDaysPerYear(), auditors.workingDays(),
                auditors.maxConsecutiveDaysPerAuditor()));
    }

    public record PolicyView(ProgrammePolicy programme, AuditorPolicyView auditors) {
    }

    /** IMP-1, IMP-3, CAP-3, CAP-4 and COMP-5 as configured under {@code certplan.policy.auditors}. */
    public record AuditorPolicyView(int coolingOffYears, int rotationMaxCycles, int maxDaysPerMonth,
            int maxDaysPerYear, Set<DayOfWeek> workingDays, int maxConsecutiveDaysPerAuditor) {
    }
}
