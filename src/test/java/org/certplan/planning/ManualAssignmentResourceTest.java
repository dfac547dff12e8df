package org.certplan.planning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.planning.PlanningRunFixtures.auditor;
import static org.certplan.planning.PlanningRunFixtures.unavailable;
import static org.certplan.support.Api.apply;
import static org.certplan.support.Api.auditOf;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.post;
import static org.certplan.support.Api.singleSiteClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PATCH /audits/{id}: a planner's date and team, judged by the solver's constraints through the real API and
 * database. One test per family of hard rules a planner can break by hand; each creates its own clients and
 * auditors, so the tests do not see each other's bookings.
 */
@QuarkusTest
@TestSecurity(user = "paula", roles = "planner")
class ManualAssignmentResourceTest {

    @Test
    void aValidAssignmentIsWrittenShownAndRecorded() {
        long lead = auditor("LEAD_AUDITOR", "33");
        long stage1 = stage1("Manual Valid GmbH", "2031-03-03");
        LocalDate start = firstMondayIn(stage1);
        long version = audit(stage1).getLong("version");

        patch(stage1, body(start, List.of(member(lead, "LEAD")), "agreed with the client by phone"), null)
                .statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("startDate", equalTo(start.toString()))
                .body("team[0].auditorId", equalTo((int) lead))
                .body("team[0].role", equalTo("LEAD"));

        JsonPath written = audit(stage1);
        assertThat(written.getString("status")).isEqualTo("PLANNED");
        assertThat(written.getString("startDate")).isEqualTo(start.toString());
        assertThat(written.getString("endDate")).isNotNull();
        assertThat(written.getLong("version")).isGreaterThan(version);
        assertThat(written.getList("team.auditorId", Long.class)).containsExactly(lead);

        get("/api/v1/audits/" + stage1 + "/history").statusCode(200)
                .body("action", hasItem("ASSIGNED"))
                .body("find { it.action == 'ASSIGNED' }.source", equalTo("PLANNER"))
                .body("find { it.action == 'ASSIGNED' }.actor", equalTo("paula (for Paula Planner)"))
                .body("find { it.action == 'ASSIGNED' }.reason", equalTo("agreed with the client by phone"))
                .body("find { it.action == 'ASSIGNED' }.detail", containsString("no date, team none -> " + start))
                .body("find { it.action == 'ASSIGNED' }.detail", containsString("status UNPLANNED -> PLANNED"));
    }

    @Test
    void comp1ALeadWithoutALeadAuditorQualificationIsRefused() {
        long notLead = auditor("AUDITOR", "33");
        long stage1 = stage1("Manual Comp1 GmbH", "2031-05-05");
        long version = audit(stage1).getLong("version");

        refused(stage1, body(firstMondayIn(stage1), List.of(member(notLead, "LEAD")), "try"), "COMP-1");
        unchanged(stage1, version);
    }

    @Test
    void comp3ATeamWithoutTheClientsTechnicalAreaIsRefused() {
        long lead = auditor("LEAD_AUDITOR", "62");
        long stage1 = stage1("Manual Comp3 GmbH", "2031-07-07");

        refused(stage1, body(firstMondayIn(stage1), List.of(member(lead, "LEAD")), "try"), "COMP-3");
    }

    @Test
    void aTechnicalExpertCoversAnAreaTheLeadLacks() {
        long lead = auditor("LEAD_AUDITOR", "62");
        long expert = auditor("TECHNICAL_EXPERT", "33");
        long stage1 = stage1("Manual Expert GmbH", "2031-08-04");

        patch(stage1, body(firstMondayIn(stage1), List.of(member(lead, "LEAD"), member(expert, "TECHNICAL_EXPERT")),
                "expert for the hosting scope"), null)
                .statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("team.role", hasItems("LEAD", "TECHNICAL_EXPERT"));
    }

    @Test
    void imp1AFormerConsultantWithinTheCoolingOffIsRefused() {
        long lead = auditor("LEAD_AUDITOR", "33");
        long client = createClient(singleSiteClient("Manual Imp1 GmbH", 20));
        long stage1 = auditOf(apply(client, "2032-03-01"), "STAGE_1");
        conflict(lead, client, "CONSULTANCY", "2031-01-01", "2031-12-31");

        refused(stage1, body(firstMondayIn(stage1), List.of(member(lead, "LEAD")), "try"), "IMP-1");
    }

    @Test
    void imp2ADeclaredConflictIsRefusedButForceWithAReasonWritesAndRecordsIt() {
        long lead = auditor("LEAD_AUDITOR", "33");
        long client = createClient(singleSiteClient("Manual Imp2 GmbH", 20));
        long stage1 = auditOf(apply(client, "2032-05-03"), "STAGE_1");
        conflict(lead, client, "FAMILY", "2030-01-01", null);
        LocalDate start = firstMondayIn(stage1);

        refused(stage1, body(start, List.of(member(lead, "LEAD")), "try"), "IMP-2");

        Map<String, Object> forced = body(start, List.of(member(lead, "LEAD")), "only lead available; approved by the CB manager");
        forced.put("force", true);
        patch(stage1, forced, null).statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("team[0].auditorId", equalTo((int) lead));
        get("/api/v1/audits/" + stage1 + "/history").statusCode(200)
                .body("action", hasItem("ASSIGNED_OVERRIDING_RULES"))
                .body("find { it.action == 'ASSIGNED_OVERRIDING_RULES' }.detail", containsString("overrode IMP-2"))
                .body("find { it.action == 'ASSIGNED_OVERRIDING_RULES' }.reason",
                        equalTo("only lead available; approved by the CB manager"));
    }

    @Test
    void forceWithoutAReasonIsRejectedAndChangesNothing() {
        long lead = auditor("LEAD_AUDITOR", "33");
        long client = createClient(singleSiteClient("Manual Force GmbH", 20));
        long stage1 = auditOf(apply(client, "2032-07-05"), "STAGE_1");
        conflict(lead, client, "FINANCIAL", "2030-01-01", null);
        long version = audit(stage1).getLong("version");

        Map<String, Object> forced = body(firstMondayIn(stage1), List.of(member(lead, "LEAD")), " ");
        forced.put("force", true);
        patch(stage1, forced, null).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("reason"));
        forced.remove("reason");
        patch(stage1, forced, null).statusCode(400).body("violations.field", hasItem("reason"));
        unchanged(stage1, version);
    }

    @Test
    void cap2AnAuditorOnLeaveIsRefused() {
        long lead = auditor("LEAD_AUDITOR", "33");
        long stage1 = stage1("Manual Leave GmbH", "2033-03-07");
        LocalDate start = firstMondayIn(stage1);
        unavailable(lead, start.toString(), start.plusDays(4).toString());

        refused(stage1, body(start, List.of(member(lead, "LEAD")), "try"), "CAP-2");
    }

    @Test
    void cap1AnAuditorBookedElsewhereOnTheSameDaysIsRefused() {
        long lead = auditor("LEAD_AUDITOR", "33");
        long first = stage1("Manual Busy A GmbH", "2033-05-02");
        long second = stage1("Manual Busy B GmbH", "2033-05-02");
        LocalDate start = firstMondayIn(first);
        assertThat(firstMondayIn(second)).isEqualTo(start);

        patch(first, body(start, List.of(member(lead, "LEAD")), "first booking"), null).statusCode(200);
        refused(second, body(start, List.of(member(lead, "LEAD")), "double booking"), "CAP-1");
    }

    @Test
    void cycADateOutsideTheWindowIsRefused() {
        long lead = auditor("LEAD_AUDITOR", "33");
        long stage1 = stage1("Manual Window GmbH", "2033-07-04");
        LocalDate late = LocalDate.parse(audit(stage1).getString("latestEnd")).plusWeeks(3)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

        JsonPath problem = refused(stage1, body(late, List.of(member(lead, "LEAD")), "try"), "CYC-2");
        assertThat(problem.getString("detail")).contains("outside its window");
    }

    @Test
    void cyc7AStage2TooSoonAfterItsStage1IsRefused() {
        long lead = auditor("LEAD_AUDITOR", "33");
        long other = auditor("LEAD_AUDITOR", "33");
        long cert = apply(createClient(singleSiteClient("Manual Gap GmbH", 20)), "2034-02-06");
        long stage1 = auditOf(cert, "STAGE_1");
        long stage2 = auditOf(cert, "STAGE_2");
        LocalDate stage2Start = firstMondayIn(stage2);
        LocalDate stage1Start = stage2Start.minusWeeks(1);
        assertThat(stage1Start).isAfterOrEqualTo(LocalDate.parse(audit(stage1).getString("earliestStart")));

        patch(stage1, body(stage1Start, List.of(member(lead, "LEAD")), "stage 1"), null).statusCode(200);
        JsonPath problem = refused(stage2, body(stage2Start, List.of(member(other, "LEAD")), "stage 2"), "CYC-7");
        assertThat(problem.getString("detail")).contains("stage 1 ended");
    }

    @Test
    void cap2AClientPublicHolidayIsRefused() {
        long lead = auditor("LEAD_AUDITOR", "33");
        long stage1 = stage1("Manual Holiday GmbH", "2035-09-03");
        LocalDate unityDay = LocalDate.of(2035, 10, 3);
        JsonPath audit = audit(stage1);
        assertThat(unityDay).isBetween(LocalDate.parse(audit.getString("earliestStart")),
                LocalDate.parse(audit.getString("latestEnd")));

        JsonPath problem = refused(stage1, body(unityDay, List.of(member(lead, "LEAD")), "try"), "CAP-2");
        assertThat(problem.getString("detail")).contains("public holidays");
    }

    @Test
    void cyc10AClientBlackoutIsRefused() {
        long lead = auditor("LEAD_AUDITOR", "33");
        Map<String, Object> client = new HashMap<>(singleSiteClient("Manual Blackout GmbH", 20));
        client.put("blackouts", List.of(Map.of("from", "2036-04-01", "to", "2036-04-30", "reason", "year-end closing")));
        long stage1 = auditOf(apply(createClient(client), "2036-03-03"), "STAGE_1");
        LocalDate inBlackout = LocalDate.of(2036, 4, 7);

        refused(stage1, body(inBlackout, List.of(member(lead, "LEAD")), "try"), "CYC-10");
    }

    @Test
    void comp5ATeamTooSmallForTheOnsiteDaysIsRefused() {
        long lead = auditor("LEAD_AUDITOR", "33");
        long auditor = auditor("AUDITOR", "33");
        long stage2 = auditOf(apply(createClient(singleSiteClient("Manual Size GmbH", 700)), "2036-06-02"), "STAGE_2");
        JsonPath audit = audit(stage2);
        assertThat(audit.getDouble("onsiteDays")).isGreaterThan(5);
        LocalDate start = firstMondayIn(stage2);

        JsonPath oneSeat = refused(stage2, body(start, List.of(member(lead, "LEAD")), "one person"), "COMP-5");
        assertThat(oneSeat.getList("rules.rule", String.class)).contains("COMP-7");
        Map<String, Object> tooLong = body(start, List.of(Map.of("auditorId", lead, "role", "LEAD", "days", 12),
                member(auditor, "AUDITOR")), "lead for twelve auditor-days");
        refused(stage2, tooLong, "COMP-5");
        patch(stage2, body(start, List.of(member(lead, "LEAD"), member(auditor, "AUDITOR")), "two auditors"), null)
                .statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("team.size()", equalTo(2));
    }

    @Test
    void comp7ADateWithoutATeamIsRefused() {
        long stage1 = stage1("Manual No Team GmbH", "2038-03-01");
        long version = audit(stage1).getLong("version");

        JsonPath problem = refused(stage1, body(firstMondayIn(stage1), null, "date first, team later"), "COMP-7");
        assertThat(problem.getString("detail")).contains("no lead");
        unchanged(stage1, version);
    }

    @Test
    void comp7ATeamWithoutALeadIsRefused() {
        long auditor = auditor("AUDITOR", "33");
        long stage1 = stage1("Manual No Lead GmbH", "2038-05-03");

        JsonPath problem = refused(stage1, body(firstMondayIn(stage1), List.of(member(auditor, "AUDITOR")), "try"),
                "COMP-7");
        assertThat(problem.getList("rules.rule", String.class)).contains("COMP-1");
    }

    @Test
    void comp7ATeamOneSeatShortIsRefusedForcedItIsFlaggedAndTheLastSeatClearsTheFlag() {
        long lead = auditor("LEAD_AUDITOR", "33");
        long second = auditor("AUDITOR", "33");
        long stage2 = auditOf(apply(createClient(singleSiteClient("Manual Short GmbH", 700)), "2039-02-07"), "STAGE_2");
        LocalDate start = firstMondayIn(stage2);
        String range = "from=" + start.minusDays(7) + "&to=" + start.plusDays(30);
        long version = audit(stage2).getLong("version");

        JsonPath problem = refused(stage2, body(start, List.of(member(lead, "LEAD")), "one seat short"), "COMP-7");
        assertThat(problem.getString("detail")).contains("1 of 2 seats empty");
        unchanged(stage2, version);

        Map<String, Object> forced = body(start, List.of(member(lead, "LEAD")), "second auditor joins later; CB manager");
        forced.put("force", true);
        patch(stage2, forced, null).statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("startDate", equalTo(start.toString()))
                .body("staffed", equalTo(false))
                .body("incompleteTeam", equalTo(true))
                .body("unassignedReason", containsString("COMP-7: incomplete team (1 of 2 seats empty) forced by paula"))
                .body("unassignedReason", containsString("second auditor joins later; CB manager"));
        get("/api/v1/audits/" + stage2 + "/history").statusCode(200)
                .body("find { it.action == 'ASSIGNED_OVERRIDING_RULES' }.detail", containsString("COMP-7"));
        get("/api/v1/dashboard/summary?" + range).statusCode(200)
                .body("unassigned.items.find { it.id == " + stage2 + " }.incompleteTeam", equalTo(true))
                .body("unassigned.items.find { it.id == " + stage2 + " }.status", equalTo("PLANNED"));

        patch(stage2, body(start, List.of(member(lead, "LEAD"), member(second, "AUDITOR")), "second auditor found"),
                null).statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("staffed", equalTo(true))
                .body("incompleteTeam", equalTo(false))
                .body("unassignedReason", equalTo(null));
        get("/api/v1/dashboard/summary?" + range).statusCode(200)
                .body("unassigned.items.id", not(hasItem((int) stage2)));
    }

    @Test
    void comp7AnEmptyTeamWithoutANewDateTakesTheAuditOffThePlan() {
        long lead = auditor("LEAD_AUDITOR", "33");
        long stage1 = stage1("Manual Release GmbH", "2039-06-06");
        patch(stage1, body(firstMondayIn(stage1), List.of(member(lead, "LEAD")), "planned"), null).statusCode(200)
                .body("status", equalTo("PLANNED"));

        patch(stage1, body(null, List.of(), "client postponed, no date yet"), null).statusCode(200)
                .body("status", equalTo("UNPLANNED"))
                .body("startDate", equalTo(null))
                .body("endDate", equalTo(null))
                .body("team.size()", equalTo(0))
                .body("unassignedReason", startsWith("released by paula"))
                .body("unassignedReason", endsWith(": client postponed, no date yet"));
    }

    @Test
    void aStaleVersionInTheBodyOrIfMatchIsAConflict() {
        long lead = auditor("LEAD_AUDITOR", "33");
        long stage1 = stage1("Manual Stale GmbH", "2037-03-02");
        long version = audit(stage1).getLong("version");
        LocalDate start = firstMondayIn(stage1);

        Map<String, Object> current = body(start, List.of(member(lead, "LEAD")), "first");
        current.put("version", version);
        patch(stage1, current, null).statusCode(200);
        long written = audit(stage1).getLong("version");

        Map<String, Object> stale = body(start.plusWeeks(1), List.of(member(lead, "LEAD")), "second");
        stale.put("version", version);
        patch(stage1, stale, null).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://certplan.org/problems/stale-version"))
                .body("currentVersion", equalTo((int) written));
        patch(stage1, body(start.plusWeeks(1), null, "second"), "\"" + version + "\"").statusCode(409)
                .body("type", equalTo("https://certplan.org/problems/stale-version"));
        assertThat(audit(stage1).getLong("version")).isEqualTo(written);

        patch(stage1, body(start.plusWeeks(1), null, "moved a week"), "\"" + written + "\"").statusCode(200)
                .body("startDate", equalTo(start.plusWeeks(1).toString()))
                .body("team[0].auditorId", equalTo((int) lead));
    }

    @Test
    void malformedRequestsAreRejectedAndUnknownAuditsAreNotFound() {
        long stage1 = stage1("Manual Malformed GmbH", "2037-05-04");
        long version = audit(stage1).getLong("version");

        given().contentType(ContentType.JSON).body("{\"startDate\":\"next monday\",\"reason\":\"x\"}")
                .when().patch("/api/v1/audits/" + stage1).then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"startDate\":\"2037-06-01\",\"reason\":\"x\",\"team\":[{\"auditorId\":1,\"role\":\"CHIEF\"}]}")
                .when().patch("/api/v1/audits/" + stage1).then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"reason\":").when().patch("/api/v1/audits/" + stage1)
                .then().statusCode(400);
        patch(stage1, body(LocalDate.of(2037, 6, 1), List.of(member(999_999_999L, "LEAD")), "ghost"), null)
                .statusCode(400)
                .body("violations.field", hasItem("team[0].auditorId"));
        long lead = auditor("LEAD_AUDITOR", "33");
        patch(stage1, body(null, List.of(member(lead, "LEAD")), "no date"), null).statusCode(400)
                .body("violations.field", hasItem("startDate"));
        unchanged(stage1, version);

        patch(999_999_999L, body(LocalDate.of(2037, 6, 1), List.of(), "nothing"), null).statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aCompletedAuditCannotBeReassigned() {
        long lead = auditor("LEAD_AUDITOR", "33");
        long stage1 = stage1("Manual Completed GmbH", "2026-01-05");
        post("/api/v1/audits/" + stage1 + "/completion", Map.of("startDate", "2026-02-02", "endDate", "2026-02-03",
                "findings", List.of())).statusCode(200);

        patch(stage1, body(LocalDate.of(2026, 3, 2), List.of(member(lead, "LEAD")), "redo"), null).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://certplan.org/problems/invalid-state"));
    }

    @Test
    void confirmationAndCompletionLandInTheHistoryAfterTheAssignment() {
        long lead = auditor("LEAD_AUDITOR", "33");
        long stage1 = stage1("Manual Confirm GmbH", "2037-09-07");
        post("/api/v1/audits/" + stage1 + "/confirm", Map.of()).statusCode(409);
        patch(stage1, body(firstMondayIn(stage1), List.of(member(lead, "LEAD")), "planned"), null).statusCode(200);
        long version = audit(stage1).getLong("version");

        post("/api/v1/audits/" + stage1 + "/confirm", Map.of("version", version - 1)).statusCode(409);
        post("/api/v1/audits/" + stage1 + "/confirm", Map.of("version", version, "actor", "Paula Planner"))
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("pinned", equalTo(true));

        get("/api/v1/audits/" + stage1 + "/history").statusCode(200)
                .body("action", hasItems("CREATED", "ASSIGNED", "CONFIRMED"))
                .body("action", not(hasItem("COMPLETED")));
    }

    @Test
    void theTrailRecordsTheTokensPrincipalWhateverTheBodyClaims() {
        long lead = auditor("LEAD_AUDITOR", "33");
        long stage1 = stage1("Manual Actor GmbH", "2037-10-05");
        Map<String, Object> assignment = body(firstMondayIn(stage1), List.of(member(lead, "LEAD")), "planned");
        assignment.remove("actor");
        patch(stage1, assignment, null).statusCode(200);
        post("/api/v1/audits/" + stage1 + "/confirm", Map.of("actor", "paula")).statusCode(200);
        post("/api/v1/audits/" + stage1 + "/completion", Map.of("startDate", "2026-02-02", "endDate", "2026-02-03",
                "actor", "Lena Lead"))
                .statusCode(200);

        get("/api/v1/audits/" + stage1 + "/history").statusCode(200)
                .body("find { it.action == 'ASSIGNED' }.actor", equalTo("paula"))
                .body("find { it.action == 'CONFIRMED' }.actor", equalTo("paula"))
                .body("find { it.action == 'COMPLETED' }.actor", equalTo("paula (for Lena Lead)"));
    }

    // ---- helpers ----

    static long stage1(String clientName, String applicationDate) {
        return auditOf(apply(createClient(singleSiteClient(clientName, 20)), applicationDate), "STAGE_1");
    }

    static JsonPath audit(long id) {
        return get("/api/v1/audits/" + id).statusCode(200).extract().jsonPath();
    }

    /** The first Monday on or after the audit's earliest start of a week without a German public holiday. */
    static LocalDate firstMondayIn(long auditId) {
        LocalDate monday = LocalDate.parse(audit(auditId).getString("earliestStart"))
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        while (true) {
            List<String> holidays = get("/api/v1/holidays/DE?year=" + monday.getYear()).statusCode(200)
                    .extract().jsonPath().getList("holidays.date", String.class);
            LocalDate week = monday;
            if (java.util.stream.IntStream.range(0, 5).noneMatch(d -> holidays.contains(week.plusDays(d).toString()))) {
                return monday;
            }
            monday = monday.plusWeeks(1);
        }
    }

    static Map<String, Object> member(long auditorId, String role) {
        return Map.of("auditorId", auditorId, "role", role);
    }

    static Map<String, Object> body(LocalDate start, List<Map<String, Object>> team, String reason) {
        Map<String, Object> body = new HashMap<>();
        if (start != null) {
            body.put("startDate", start.toString());
        }
        if (team != null) {
            body.put("team", team);
        }
        if (reason != null) {
            body.put("reason", reason);
        }
        body.put("actor", "Paula Planner");
        return body;
    }

    private static ValidatableResponse patch(long auditId, Map<String, Object> body, String ifMatch) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().patch("/api/v1/audits/" + auditId).then().log().ifValidationFails();
    }

    /** 422 naming the rule, and the rule ids listed in {@code rules}. */
    private static JsonPath refused(long auditId, Map<String, Object> body, String rule) {
        JsonPath problem = patch(auditId, body, null).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://certplan.org/problems/rule-violation"))
                .extract().jsonPath();
        assertThat(problem.getList("rules.rule", String.class)).as(problem.prettify()).contains(rule);
        assertThat(problem.getString("detail")).contains(rule + ":");
        return problem;
    }

    private static void conflict(long auditorId, long clientId, String reason, String from, String to) {
        Map<String, Object> body = new HashMap<>(Map.of("clientId", clientId, "reason", reason, "from", from,
                "note", "declared"));
        if (to != null) {
            body.put("to", to);
        }
        post("/api/v1/auditors/" + auditorId + "/conflicts", body).statusCode(201);
    }

    private static void unchanged(long auditId, long version) {
        JsonPath audit = audit(auditId);
        assertThat(audit.getLong("version")).isEqualTo(version);
        assertThat(audit.getString("status")).isEqualTo("UNPLANNED");
        assertThat(audit.getList("team")).isEmpty();
    }
}
