package org.certplan.planning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.planning.PlanningRunFixtures.assertLeftOutOfTheSearch;
import static org.certplan.planning.PlanningRunFixtures.auditor;
import static org.certplan.planning.PlanningRunFixtures.awaitCompleted;
import static org.certplan.planning.PlanningRunFixtures.awaitEnd;
import static org.certplan.planning.PlanningRunFixtures.startRun;
import static org.certplan.planning.PlanningRunFixtures.unavailable;
import static org.certplan.support.Api.apply;
import static org.certplan.support.Api.auditOf;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.post;
import static org.certplan.support.Api.singleSiteClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.certplan.audit.Audit;
import org.certplan.audit.AuditEvent;
import org.certplan.audit.TeamMember;
import org.junit.jupiter.api.Test;

/**
 * Planning runs end to end: clients, certifications and auditors created through the API, a real solve against
 * the embedded MariaDB, the proposal applied, and the written plan re-checked from the database rows. Each test
 * plans its own year so that the tests do not see each other's audits.
 */
@QuarkusTest
@TestSecurity(user = "planner", roles = "planner")
class PlanningRunResourceTest {

    @Inject
    EntityManager em;

    @Test
    void runPlansTheOpenAuditsAndApplyWritesDatesTeamsAndTrail() {
        long lead = auditor("LEAD_AUDITOR", "33");
        auditor("LEAD_AUDITOR", "33");
        auditor("AUDITOR", "33");
        unavailable(lead, "2034-02-01", "2034-03-31");
        long certA = apply(createClient(singleSiteClient("Runs Alpha GmbH", 20)), "2034-01-09");
        long certB = apply(createClient(singleSiteClient("Runs Beta GmbH", 40)), "2034-01-16");
        List<Long> audits = List.of(auditOf(certA, "STAGE_1"), auditOf(certA, "STAGE_2"),
                auditOf(certB, "STAGE_1"), auditOf(certB, "STAGE_2"));

        String location = post("/api/v1/planning-runs", Map.of("from", "2034-01-01", "to", "2034-12-31", "mode", "FULL"))
                .statusCode(202)
                .body("status", oneOf("QUEUED", "SOLVING"))
                .body("from", equalTo("2034-01-01"))
                .extract().header("Location");
        long runId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(location).endsWith("/api/v1/planning-runs/" + runId);

        post("/api/v1/planning-runs", Map.of("from", "2034-01-01", "to", "2034-06-30", "mode", "REPAIR"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("planning run " + runId + " is"));

        JsonPath run = awaitCompleted(runId);
        assertThat(run.getBoolean("feasible")).isTrue();
        assertThat(run.getLong("hardScore")).isZero();
        assertThat(run.getInt("assigned")).isGreaterThanOrEqualTo(4);
        assertThat(run.getInt("unassigned")).isZero();
        assertThat(run.getInt("changedAudits")).isGreaterThanOrEqualTo(4);
        assertThat(run.getString("score")).startsWith("0hard/0medium/");
        assertThat(run.getList("bestScoreHistory")).isNotEmpty();
        assertThat(run.getString("endedAt")).isNotNull();

        JsonPath changes = get("/api/v1/planning-runs/" + runId + "/changes").statusCode(200).extract().jsonPath();
        assertThat(changes.getList("auditId", Long.class)).containsAll(audits);
        for (long audit : audits) {
            Map<String, Object> change = changes.getMap("find { it.auditId == " + audit + " }");
            assertThat(change).containsEntry("unassignedReason", null);
            assertThat(changes.getString("find { it.auditId == " + audit + " }.current.startDate")).isNull();
            assertThat(changes.getList("find { it.auditId == " + audit + " }.proposed.team.role")).contains("LEAD");
        }
        String proposedStart = changes.getString("find { it.auditId == " + audits.get(0) + " }.proposed.startDate");

        post("/api/v1/planning-runs/" + runId + "/apply", Map.of("appliedBy", "Paula Planner"))
                .statusCode(200)
                .body("appliedBy", equalTo("planner (for Paula Planner)"));

        get("/api/v1/audits/" + audits.get(0)).statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("startDate", equalTo(proposedStart))
                .body("team.role", hasItem("LEAD"));
        get("/api/v1/audits/" + audits.get(0) + "/history").statusCode(200)
                .body("source", hasItem("PLANNING_RUN"))
                .body("find { it.source == 'PLANNING_RUN' }.actor", equalTo("planner (for Paula Planner)"))
                .body("find { it.source == 'PLANNING_RUN' }.reason", equalTo("planning run " + runId + " applied"));

        assertThat(WrittenPlanCheck.breaches(audits)).isEmpty();
        QuarkusTransaction.requiringNew().run(() -> {
            List<TeamMember> leadsOnLeave = TeamMember.list("auditorId = ?1 and auditId in ?2", lead, audits);
            for (TeamMember m : leadsOnLeave) {
                Audit a = Audit.findById(m.auditId);
                assertThat(a.endDate.isBefore(LocalDate.of(2034, 2, 1)) || a.startDate.isAfter(LocalDate.of(2034, 3, 31)))
                        .as("audit %s of the lead on leave", a.id).isTrue();
            }
        });

        post("/api/v1/planning-runs/" + runId + "/apply", Map.of())
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already applied"));

        get("/api/v1/audits/" + audits.get(1) + "/explanation").statusCode(200)
                .body("source", equalTo("PLANNING_RUN"))
                .body("runId", equalTo((int) runId));
    }

    @Test
    void comp7ApplyLeavesAnAuditWithASeatNobodyCanFillUnplannedWithoutDateOrTeam() {
        long lead = PlanningRunFixtures.auditor("LEAD_AUDITOR", "33");
        given().contentType(ContentType.JSON)
                .body(List.of(Map.of("standard", "ISO/IEC 27001:2022", "role", "LEAD_AUDITOR", "technicalAreas",
                        List.of("33"), "validFrom", "2053-01-01", "validTo", "2055-12-31")))
                .when().put("/api/v1/auditors/" + lead + "/qualifications").then().statusCode(200);
        long cert = apply(createClient(singleSiteClient("Runs Whole Team GmbH", 700)), "2054-01-12");
        long stage1 = auditOf(cert, "STAGE_1");
        long stage2 = auditOf(cert, "STAGE_2");
        JsonPath twoSeats = get("/api/v1/audits/" + stage2).statusCode(200).extract().jsonPath();
        assertThat(twoSeats.getDouble("onsiteDays")).as("stage 2 needs a lead and an auditor").isGreaterThan(5);
        assertThat(get("/api/v1/audits/" + stage1).extract().jsonPath().getDouble("onsiteDays")).isLessThanOrEqualTo(5);

        long runId = startRun("2054-01-01", "2054-12-31");
        JsonPath run = awaitCompleted(runId);
        assertThat(run.getBoolean("feasible")).isTrue();
        assertThat(run.getInt("staffing.staffedAudits")).isEqualTo(1);
        assertThat(run.getInt("staffing.unstaffedAudits")).isEqualTo(1);
        assertThat(run.getMap("staffing.unstaffedByType")).isEqualTo(Map.of("STAGE_2", 1));
        assertThat(run.getDouble("staffing.auditorDaysNotStaffed")).isEqualTo(twoSeats.getDouble("auditorDays"));
        assertThat(run.getList("staffing.certificatesAtRisk")).isEmpty();
        JsonPath changes = get("/api/v1/planning-runs/" + runId + "/changes").statusCode(200).extract().jsonPath();
        String proposed = "find { it.auditId == " + stage2 + " }";
        assertThat(changes.getString(proposed + ".proposed.startDate")).isNull();
        assertThat(changes.getList(proposed + ".proposed.team")).isEmpty();
        assertThat(changes.getString(proposed + ".unassignedReason"))
                .startsWith("left unplanned without a whole team (COMP-7)")
                .contains("no team of today's auditors can hold it", "it needs an auditor (COMP-2)");

        post("/api/v1/planning-runs/" + runId + "/apply", Map.of()).statusCode(200);

        get("/api/v1/audits/" + stage2).statusCode(200)
                .body("status", equalTo("UNPLANNED"))
                .body("startDate", equalTo(null))
                .body("endDate", equalTo(null))
                .body("staffed", equalTo(false))
                .body("incompleteTeam", equalTo(false))
                .body("unassignedReason", startsWith("left unplanned without a whole team (COMP-7)"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> TeamMember.count("auditId", stage2))).isZero();
        get("/api/v1/audits/" + stage1).statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("staffed", equalTo(true))
                .body("team.auditorId", equalTo(List.of((int) lead)));
        assertThat(WrittenPlanCheck.breaches(List.of(stage1, stage2))).isEmpty();
        get("/api/v1/dashboard/summary?from=2054-01-01&to=2054-12-31").statusCode(200)
                .body("unassigned.items.id", hasItem((int) stage2));
    }

    @Test
    void applyIsRefusedAndWritesNothingWhenAnAuditChangedAfterTheRunReadIt() {
        auditor("LEAD_AUDITOR", "33");
        long cert = apply(createClient(singleSiteClient("Runs Stale GmbH", 20)), "2036-01-07");
        long stage1 = auditOf(cert, "STAGE_1");
        long stage2 = auditOf(cert, "STAGE_2");

        long runId = startRun("2036-01-01", "2036-12-31");
        awaitCompleted(runId);
        assertThat(get("/api/v1/planning-runs/" + runId + "/changes").statusCode(200).extract().jsonPath()
                .getList("auditId", Long.class)).contains(stage1, stage2);

        QuarkusTransaction.requiringNew().run(() -> em.lock(em.find(Audit.class, stage1), LockModeType.OPTIMISTIC_FORCE_INCREMENT));

        post("/api/v1/planning-runs/" + runId + "/apply", Map.of())
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("audit " + stage1 + " is at version"));

        for (long audit : List.of(stage1, stage2)) {
            get("/api/v1/audits/" + audit).statusCode(200)
                    .body("status", equalTo("UNPLANNED"))
                    .body("startDate", equalTo(null))
                    .body("team.size()", equalTo(0));
        }
        long trailEntries = QuarkusTransaction.requiringNew().call(() ->
                AuditEvent.count("auditId in ?1 and source = ?2", List.of(stage1, stage2), AuditEvent.Source.PLANNING_RUN));
        assertThat(trailEntries).isZero();
        get("/api/v1/planning-runs/" + runId).statusCode(200).body("appliedAt", equalTo(null));
    }

    @Test
    void stoppingARunKeepsItsBestSolutionAsTheProposalAndFreesTheSlot() {
        auditor("LEAD_AUDITOR", "33");
        long cert = apply(createClient(singleSiteClient("Runs Stop GmbH", 20)), "2038-01-11");
        long stage1 = auditOf(cert, "STAGE_1");

        long runId = startRun("2038-01-01", "2038-12-31");
        JsonPath stopped = given().when().delete("/api/v1/planning-runs/" + runId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(stopped.getString("status")).isEqualTo("CANCELLED");
        assertThat(stopped.getString("endedAt")).isNotNull();
        if (stopped.getString("score") != null) {
            assertThat(get("/api/v1/planning-runs/" + runId + "/changes").statusCode(200).extract().jsonPath()
                    .getList("auditId", Long.class)).contains(stage1);
        }
        given().when().delete("/api/v1/planning-runs/" + runId).then().statusCode(409);

        long next = startRun("2038-01-01", "2038-12-31");
        awaitEnd(next);
    }

    @Test
    void auditsNoStartCanPlaceStayOutOfTheSearchAndAreLeftUnplannedWithTheirRule() {
        auditor("LEAD_AUDITOR", "33");
        Map<String, Object> closed = new HashMap<>(singleSiteClient("Runs Closed GmbH", 20));
        closed.put("blackouts", List.of(Map.of("from", "2041-01-01", "to", "2041-12-31", "reason", "closed all year")));
        long unplaceable = auditOf(apply(createClient(closed), "2041-03-04"), "STAGE_1");
        long open = auditOf(apply(createClient(singleSiteClient("Runs Open GmbH", 20)), "2041-03-04"), "STAGE_1");

        long runId = startRun("2041-01-01", "2041-12-31");
        JsonPath run = awaitCompleted(runId);

        assertThat(run.getBoolean("feasible")).isTrue();
        JsonPath changes = assertLeftOutOfTheSearch(runId, run, unplaceable, "CYC-10");
        assertThat(changes.getString("find { it.auditId == " + open + " }.unassignedReason")).isNull();
    }

    @Test
    void anAuditNoRunPlannedIsExplainedByEachAuditorsEligibility() {
        long unqualified = auditor(null);
        long cert = apply(createClient(singleSiteClient("Runs Explain GmbH", 20)), "2040-01-09");
        long stage1 = auditOf(cert, "STAGE_1");

        JsonPath explanation = get("/api/v1/audits/" + stage1 + "/explanation").statusCode(200)
                .body("source", equalTo("ELIGIBILITY"))
                .body("runId", equalTo(null))
                .body("seats[0].role", equalTo("LEAD"))
                .extract().jsonPath();
        assertThat(explanation.getBoolean("seats[0].candidates.find { it.auditorId == " + unqualified + " }.eligible")).isFalse();
        assertThat(explanation.getList("seats[0].candidates.find { it.auditorId == " + unqualified + " }.breaches.ruleId"))
                .contains("COMP-1");
        get("/api/v1/audits/999999999/explanation").statusCode(404);
    }

    @Test
    void malformedRunRequestsAreRejectedWithProblems() {
        given().contentType(ContentType.JSON).body(Map.of("from", "2031-06-01", "to", "2031-01-01"))
                .when().post("/api/v1/planning-runs").then().statusCode(400)
                .contentType("application/problem+json").body("detail", startsWith("to:"));
        given().contentType(ContentType.JSON).body(Map.of("from", "2031-01-01", "to", "2031-06-01", "timeLimit", "soon"))
                .when().post("/api/v1/planning-runs").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("timeLimit"));
        given().contentType(ContentType.JSON).body(Map.of("from", "2031-01-01", "to", "2031-06-01", "mode", "SOMETIMES"))
                .when().post("/api/v1/planning-runs").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("mode"));
        given().contentType(ContentType.JSON).body(Map.of("to", "2031-06-01"))
                .when().post("/api/v1/planning-runs").then().statusCode(400)
                .contentType("application/problem+json");
        get("/api/v1/planning-runs/999999999").statusCode(404).contentType("application/problem+json");
        assertThat(QuarkusTransaction.requiringNew().call(() -> PlanningRun.count("horizonFrom = ?1", LocalDate.of(2031, 1, 1))))
                .isZero();
    }
}
