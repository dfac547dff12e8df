package org.certplan.planning.replanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.planning.PlanningRunFixtures.unavailable;
import static org.certplan.planning.replanning.ReplanningFixtures.audit;
import static org.certplan.planning.replanning.ReplanningFixtures.awaitNight;
import static org.certplan.planning.replanning.ReplanningFixtures.lead;
import static org.certplan.planning.replanning.ReplanningFixtures.publish;
import static org.certplan.support.Api.apply;
import static org.certplan.support.Api.auditOf;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.post;
import static org.certplan.support.Api.singleSiteClient;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The nightly job over the rolling horizon (today + 18 months): each night's REPAIR run is applied only when it is
 * feasible and within the churn budget, and its outcome, with the forced moves and the reason, is kept.
 */
@QuarkusTest
@TestSecurity(user = "paula", roles = "planner")
class NightlyReplanningTest {

    @Test
    void eachNightIsAppliedOnlyWhenFeasibleAndWithinTheBudgetAndItsOutcomeIsKept() {
        ReplanningFixtures.assertNoActiveRun();
        long leadId = ReplanningFixtures.leadQualifiedNow();
        ReplanningFixtures.leadQualifiedNow();
        long cert = apply(createClient(singleSiteClient("Nightly GmbH", 20)), LocalDate.now().plusMonths(2).toString());
        long stage1 = auditOf(cert, "STAGE_1");

        JsonPath first = runNight();
        assertDecisionFollowsTheRules(first);
        long firstRun = first.getLong("runId");
        if (!first.getBoolean("applied")) {
            post("/api/v1/planning-runs/" + firstRun + "/apply", Map.of()).statusCode(200);
        }
        assertThat(audit(stage1).getString("startDate")).isNotNull();
        publish(LocalDate.now().toString(), LocalDate.now().plusMonths(18).toString());

        long sickLead = lead(stage1);
        unavailable(sickLead, audit(stage1).getString("startDate"), audit(stage1).getString("endDate"));

        JsonPath second = runNight();
        assertDecisionFollowsTheRules(second);
        assertThat(second.getInt("forcedMoves")).isGreaterThanOrEqualTo(1);
        assertThat(second.getString("forced.find { it.auditId == " + stage1 + " }.rules")).contains("CAP-2");
        assertThat(second.getInt("changedPublished")).isGreaterThanOrEqualTo(second.getInt("forcedMoves"));
        boolean applied = second.getBoolean("applied");
        get("/api/v1/planning-runs/" + second.getLong("runId")).statusCode(200)
                .body("appliedAt", applied ? org.hamcrest.Matchers.notNullValue() : org.hamcrest.Matchers.nullValue());
        if (!applied) {
            assertThat(second.getBoolean("needsPlanner")).isTrue();
            assertThat(audit(stage1).getLong("team.find { it.role == 'LEAD' }.auditorId")).isEqualTo(sickLead);
            get("/api/v1/replanning/nights?needsPlanner=true&size=500").statusCode(200)
                    .body("items.id", hasItem(second.getInt("id")));
        }
        get("/api/v1/replanning/nights?size=500").statusCode(200)
                .body("items.id", hasItem(first.getInt("id")))
                .body("items.id", hasItem(second.getInt("id")));
        get("/api/v1/replanning/nights/999999999").statusCode(404).contentType("application/problem+json");
        assertThat(leadId).isPositive();
    }

    private static JsonPath runNight() {
        long id = post("/api/v1/replanning/nights", Map.of()).statusCode(202)
                .body("outcome", equalTo("RUNNING"))
                .extract().jsonPath().getLong("id");
        JsonPath night = awaitNight(id);
        assertThat(night.getString("outcome")).as("night %s: %s", id, night.getString("reason"))
                .isIn("APPLIED", "NEEDS_PLANNER");
        assertThat(night.getString("horizonFrom")).isEqualTo(LocalDate.now().toString());
        assertThat(night.getString("horizonTo")).isEqualTo(LocalDate.now().plusMonths(18).toString());
        return night;
    }

    private static void assertDecisionFollowsTheRules(JsonPath night) {
        boolean withinRules = night.getBoolean("feasible") && night.getInt("changedPublished") <= night.getInt("churnBudget");
        assertThat(night.getBoolean("applied")).as("applied iff feasible and within the budget: %s", night.prettify())
                .isEqualTo(withinRules);
        assertThat(night.getInt("churnBudget")).isEqualTo((int) Math.floor(night.getInt("publishedAudits") * 0.02));
        assertThat(night.getString("reason")).isNotBlank();
    }
}
