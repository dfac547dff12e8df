package org.certplan.planning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.planning.PlanningRunFixtures.auditor;
import static org.certplan.planning.PlanningRunFixtures.unavailable;
import static org.certplan.support.Api.apply;
import static org.certplan.support.Api.auditOf;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.singleSiteClient;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GET /audits/{id}/candidates through the real API: options for unassigned and assigned audits, best first, none
 * breaking a hard rule when a feasible one exists, and the limit bounded.
 */
@QuarkusTest
@TestSecurity(user = "paula", roles = "planner")
class AuditCandidatesResourceTest {

    @Test
    void anUnassignedAuditGetsFeasibleCandidatesBestFirst() {
        long lead = auditor("LEAD_AUDITOR", "33");
        long onLeave = auditor("LEAD_AUDITOR", "33");
        long stage1 = auditOf(apply(createClient(singleSiteClient("Candidates Unassigned GmbH", 20)), "2042-03-03"),
                "STAGE_1");
        JsonPath audit = get("/api/v1/audits/" + stage1).statusCode(200).extract().jsonPath();
        unavailable(onLeave, audit.getString("earliestStart"), audit.getString("latestEnd"));

        JsonPath candidates = get("/api/v1/audits/" + stage1 + "/candidates?limit=5").statusCode(200)
                .body("auditId", equalTo((int) stage1))
                .body("currentStartDate", equalTo(null))
                .extract().jsonPath();
        List<Map<String, Object>> options = candidates.getList("candidates");
        assertThat(options).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(candidates.getInt("evaluated")).isGreaterThanOrEqualTo(options.size());
        for (int i = 0; i < options.size(); i++) {
            String at = "candidates[" + i + "].";
            assertThat(candidates.getBoolean(at + "feasible")).as(candidates.prettify()).isTrue();
            assertThat(candidates.getList(at + "breaks")).isEmpty();
            assertThat(candidates.getString(at + "team[0].role")).isEqualTo("LEAD");
            assertThat(candidates.getList(at + "team.auditorId", Long.class)).doesNotContain(onLeave);
            assertThat(candidates.getString(at + "startDate")).isBetween(audit.getString("earliestStart"),
                    audit.getString("latestEnd"));
            // filling the empty lead seat is worth a medium point
            assertThat(candidates.getLong(at + "scoreDelta.medium")).isPositive();
        }
        assertSortedBestFirst(candidates);
        // other tests' auditors share the database: every proposed lead must be eligible, whoever it is
        for (int i = 0; i < options.size(); i++) {
            String at = "candidates[" + i + "].";
            get("/api/v1/auditors/" + candidates.getLong(at + "team[0].auditorId") + "/eligibility?clientId="
                    + audit.getLong("clientId") + "&from=" + candidates.getString(at + "startDate") + "&to="
                    + candidates.getString(at + "endDate") + "&role=LEAD").statusCode(200)
                    .body("eligible", equalTo(true));
        }
        get("/api/v1/auditors/" + lead + "/eligibility?clientId=" + audit.getLong("clientId") + "&from="
                + candidates.getString("candidates[0].startDate") + "&to=" + candidates.getString("candidates[0].endDate")
                + "&role=LEAD").statusCode(200).body("eligible", equalTo(true));
    }

    @Test
    void anAssignedAuditGetsAlternativesOtherThanItsCurrentPlacementSortedByScore() {
        long lead = auditor("LEAD_AUDITOR", "33");
        auditor("LEAD_AUDITOR", "33");
        long stage1 = auditOf(apply(createClient(singleSiteClient("Candidates Assigned GmbH", 20)), "2043-03-02"),
                "STAGE_1");
        JsonPath audit = get("/api/v1/audits/" + stage1).statusCode(200).extract().jsonPath();
        String start = java.time.LocalDate.parse(audit.getString("targetDate"))
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.TUESDAY)).toString();
        given().contentType(ContentType.JSON)
                .body(Map.of("startDate", start, "team", List.of(Map.of("auditorId", lead, "role", "LEAD")),
                        "reason", "placed by hand"))
                .when().patch("/api/v1/audits/" + stage1).then().statusCode(200);

        JsonPath candidates = get("/api/v1/audits/" + stage1 + "/candidates?limit=8").statusCode(200)
                .body("currentStartDate", equalTo(start))
                .extract().jsonPath();
        List<Map<String, Object>> options = candidates.getList("candidates");
        assertThat(options).isNotEmpty().hasSizeLessThanOrEqualTo(8);
        for (int i = 0; i < options.size(); i++) {
            String at = "candidates[" + i + "].";
            boolean same = candidates.getString(at + "startDate").equals(start)
                    && candidates.getList(at + "team.auditorId", Long.class).equals(List.of(lead));
            assertThat(same).as("option %s repeats the current placement", i).isFalse();
            assertThat(candidates.getList(at + "breaks")).isEmpty();
        }
        assertSortedBestFirst(candidates);
    }

    @Test
    void theLimitIsRespectedAndValidated() {
        auditor("LEAD_AUDITOR", "33");
        long stage1 = auditOf(apply(createClient(singleSiteClient("Candidates Limit GmbH", 20)), "2044-03-07"),
                "STAGE_1");

        get("/api/v1/audits/" + stage1 + "/candidates?limit=1").statusCode(200)
                .body("candidates.size()", equalTo(1));
        assertThat(get("/api/v1/audits/" + stage1 + "/candidates").statusCode(200).extract().jsonPath()
                .getList("candidates")).hasSizeLessThanOrEqualTo(5);
        get("/api/v1/audits/" + stage1 + "/candidates?limit=0").statusCode(400)
                .contentType("application/problem+json");
        get("/api/v1/audits/" + stage1 + "/candidates?limit=21").statusCode(400)
                .contentType("application/problem+json");
        get("/api/v1/audits/999999999/candidates").statusCode(404)
                .contentType("application/problem+json");
    }

    /** Each option's score is no better than the one before it (hard, then medium, then soft). */
    private static void assertSortedBestFirst(JsonPath candidates) {
        List<Map<String, Object>> options = candidates.getList("candidates");
        for (int i = 1; i < options.size(); i++) {
            long[] before = delta(candidates, i - 1);
            long[] after = delta(candidates, i);
            assertThat(java.util.Arrays.compare(before, after)).as(candidates.prettify()).isGreaterThanOrEqualTo(0);
        }
    }

    private static long[] delta(JsonPath candidates, int i) {
        String at = "candidates[" + i + "].scoreDelta.";
        return new long[] {candidates.getLong(at + "hard"), candidates.getLong(at + "medium"), candidates.getLong(at + "soft")};
    }
}
