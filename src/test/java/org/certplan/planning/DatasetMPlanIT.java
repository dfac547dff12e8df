package org.certplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.post;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.certplan.audit.Audit;
import org.certplan.audit.AuditStatus;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The planning engine's acceptance on dataset M (run by {@code make acceptance}, not by the suite): with the
 * production solver settings a FULL run over a year proposes a plan whose written form breaks no hard rule,
 * as re-checked from the database by {@link WrittenPlanCheck}, and gives every unplanned audit a reason.
 */
@QuarkusTest
@TestProfile(DatasetMPlanIT.ProductionSolver.class)
@TestSecurity(user = "ada", roles = "admin")
class DatasetMPlanIT {

    private static final Logger LOG = Logger.getLogger(DatasetMPlanIT.class);
    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 22);

    public static class ProductionSolver implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("certplan.solver.time-limit", "PT60S", "certplan.solver.finish-reserve", "PT8S",
                    "certplan.solver.unimproved-time-limit", "PT60S", "quarkus.http.test-timeout", "PT10M",
                    "quarkus.transaction-manager.default-transaction-timeout", "PT10M");
        }
    }

    @Test
    void aYearOfDatasetMIsPlannedWithoutBreakingAHardRule() throws InterruptedException {
        post("/api/v1/admin/datasets/generate", Map.of("size", "M", "seed", 42, "referenceDate", REFERENCE.toString()))
                .statusCode(201);

        Instant requested = Instant.now();
        long runId = post("/api/v1/planning-runs", Map.of("from", "2026-12-01", "to", "2027-11-30", "mode", "FULL"))
                .statusCode(202).extract().jsonPath().getLong("id");
        JsonPath run = awaitEnd(runId);
        LOG.infof("dataset M run %d: %s in %s from request to proposal, %d assigned, %d unassigned; unstaffed by "
                + "type %s, %s auditor-days not staffed, %d certificates at risk", runId, run.getString("score"),
                Duration.between(requested, Instant.now()), run.getInt("assigned"), run.getInt("unassigned"),
                run.getMap("staffing.unstaffedByType"), run.getString("staffing.auditorDaysNotStaffed"),
                run.getList("staffing.certificatesAtRisk").size());
        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(run.getBoolean("feasible")).isTrue();

        JsonPath changes = get("/api/v1/planning-runs/" + runId + "/changes").statusCode(200).extract().jsonPath();
        List<Long> proposed = changes.getList("auditId", Long.class);
        List<Long> planned = changes.getList("findAll { it.unassignedReason == null }.auditId", Long.class);
        assertThat(run.getInt("staffing.staffedAudits")).isEqualTo(run.getInt("assigned"));
        // the realistic CB accepts only clients its leads can audit: nearly every audit gets a whole team
        assertThat(planned.size()).as("staffed share").isGreaterThan(proposed.size() * 95 / 100);
        List<String> reasons = changes.getList("findAll { it.unassignedReason != null }.unassignedReason", String.class);
        reasons.forEach(reason -> LOG.infof("unstaffed: %s", reason));
        assertThat(reasons).filteredOn(reason -> reason.startsWith("left unplanned without a whole team")
                        || reason.startsWith(DateCauses.PREFIX))
                .as("every audit left without a whole team or a date has its primary cause and ranked remedies")
                .allSatisfy(reason -> assertThat(reason).contains("Remedies", "1) "));

        post("/api/v1/planning-runs/" + runId + "/apply", Map.of("appliedBy", "acceptance")).statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> {
            for (long id : proposed) {
                Audit audit = Audit.findById(id);
                if (planned.contains(id)) {
                    assertThat(audit.status).as("audit %d", id).isEqualTo(AuditStatus.PLANNED);
                } else {
                    assertThat(audit.unassignedReason).as("reason of unplanned audit %d", id).isNotBlank();
                }
            }
        });
        assertThat(WrittenPlanCheck.breaches(planned)).isEmpty();
    }

    private static JsonPath awaitEnd(long runId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            JsonPath run = get("/api/v1/planning-runs/" + runId).statusCode(200).extract().jsonPath();
            if (!List.of("QUEUED", "SOLVING").contains(run.getString("status"))) {
                return run;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("run " + runId + " did not end within 5 minutes");
    }
}
