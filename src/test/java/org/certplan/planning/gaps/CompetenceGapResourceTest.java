package org.certplan.planning.gaps;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.support.Api.apply;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.post;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * GET /competence-gaps through the real API: audits no team of today's auditors can hold, by the competence they
 * lack, the auditors one step away, and the hire-or-qualify list that a new qualification then empties.
 */
@QuarkusTest
@TestSecurity(user = "paula", roles = "planner")
class CompetenceGapResourceTest {

    private static final String HORIZON = "?from=2053-01-01&to=2053-12-31";

    @Test
    void auditsNoLeadCanHoldAreReportedWithTheAuditorsOneStepAwayAndTheStepThatUnblocksThem() {
        long leadWithoutArea = auditor("LEAD_AUDITOR", "33");
        long auditorWithArea = auditor("AUDITOR", "27");
        List<Long> narrow = openAudits(apply(createClient(maltese("Gap Narrow Ltd", List.of("27"))), "2053-03-02"));
        List<Long> broad = openAudits(apply(createClient(maltese("Gap Broad Ltd", List.of("27", "28"))), "2053-03-02"));

        JsonPath report = get("/api/v1/competence-gaps" + HORIZON).statusCode(200).extract().jsonPath();
        Map<String, Object> gap = gap(report, List.of("27"));
        assertThat(gap).containsEntry("role", "LEAD").containsEntry("requirement",
                "a lead auditor holding IAF 27 and speaking mt");
        assertThat(ids(gap.get("auditIds"))).containsAll(narrow);
        assertThat(nearMatch(gap, leadWithoutArea)).containsEntry("lacks", "lacks IAF 27");
        assertThat(nearMatch(gap, auditorWithArea)).containsEntry("lacks",
                "holds IAF 27 as an auditor: qualify as lead auditor");
        assertThat(ids(gap(report, List.of("27", "28")).get("auditIds"))).containsAll(broad);
        assertThat(report.getInt("blockedAudits")).isGreaterThanOrEqualTo(narrow.size() + broad.size());

        // one lead holding both areas unblocks both clients: the greedy list does not ask for two people
        List<Map<String, Object>> steps = report.getList("hireOrQualify.findAll { it.languages == ['mt'] }");
        assertThat(steps).hasSize(1);
        assertThat(steps.get(0)).containsEntry("role", "LEAD")
                .containsEntry("action", "hire or qualify a lead auditor holding IAF 27, 28 and speaking mt");
        assertThat(ids(steps.get(0).get("auditIds"))).containsAll(narrow).containsAll(broad);
        assertThat((Integer) steps.get(0).get("unblocksAudits")).isEqualTo(narrow.size() + broad.size());

        qualify(auditorWithArea, "LEAD_AUDITOR", "27", "28");
        JsonPath after = get("/api/v1/competence-gaps" + HORIZON).statusCode(200).extract().jsonPath();
        List<Long> stillBlocked = after.getList("gaps.auditIds.flatten()", Long.class);
        assertThat(stillBlocked).doesNotContainAnyElementsOf(narrow).doesNotContainAnyElementsOf(broad);
        assertThat(after.getInt("blockedAudits"))
                .isEqualTo(report.getInt("blockedAudits") - narrow.size() - broad.size());
    }

    @Test
    void aHorizonThatEndsBeforeItStartsOrIsNoDateIsRefused() {
        get("/api/v1/competence-gaps?from=2053-06-01&to=2053-01-01").statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("lies before from"));
        get("/api/v1/competence-gaps?from=2053-13-01").statusCode(400).contentType("application/problem+json");
        get("/api/v1/competence-gaps?from=2053-01-01&to=2057-01-01").statusCode(400)
                .body("detail", containsString("longer than 36 months"));
    }

    @Test
    @TestSecurity(user = "cora", roles = "client")
    void aClientMayNotReadTheCompetenceGaps() {
        get("/api/v1/competence-gaps" + HORIZON).statusCode(403);
    }

    private static Map<String, Object> maltese(String name, List<String> areas) {
        return Map.of("name", name, "persons", 20, "technicalAreas", areas, "languages", List.of("mt"),
                "sites", List.of(Map.of("name", "Head office", "countryCode", "MT", "city", "Valletta",
                        "latitude", 35.9, "longitude", 14.51, "persons", 20, "central", true)));
    }

    private static long auditor(String role, String... areas) {
        String email = "gaps-" + UUID.randomUUID() + "@example.org";
        long id = post("/api/v1/auditors", Map.of("name", "Auditor " + email, "email", email, "homeCountryCode", "MT",
                "homeCity", "Valletta", "latitude", 35.9, "longitude", 14.51, "languages", List.of("mt"),
                "employment", "INTERNAL")).statusCode(201).extract().jsonPath().getLong("id");
        qualify(id, role, areas);
        return id;
    }

    private static void qualify(long auditorId, String role, String... areas) {
        given().contentType(ContentType.JSON)
                .body(List.of(Map.of("standard", "ISO/IEC 27001:2022", "role", role, "technicalAreas", List.of(areas),
                        "validFrom", "2030-01-01", "validTo", "2055-12-31")))
                .when().put("/api/v1/auditors/" + auditorId + "/qualifications").then().statusCode(200);
    }

    private static List<Long> openAudits(long certificationId) {
        List<Long> ids = get("/api/v1/audits?certificationId=" + certificationId).statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class);
        assertThat(ids).isNotEmpty();
        return ids;
    }

    private static Map<String, Object> gap(JsonPath report, List<String> areas) {
        List<Map<String, Object>> gaps = report.getList("gaps");
        return gaps.stream()
                .filter(g -> g.get("languages").equals(List.of("mt")) && g.get("technicalAreas").equals(areas))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no gap for " + areas + " in mt: " + report.prettify()));
    }

    private static Map<String, Object> nearMatch(Map<String, Object> gap, long auditorId) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> matches = (List<Map<String, Object>>) gap.get("nearMatches");
        return matches.stream().filter(m -> ((Number) m.get("auditorId")).longValue() == auditorId).findFirst()
                .orElseThrow(() -> new AssertionError("auditor " + auditorId + " is not a near match: " + matches));
    }

    private static List<Long> ids(Object values) {
        return ((List<?>) values).stream().map(v -> ((Number) v).longValue()).toList();
    }
}
