package org.certplan.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import org.certplan.audit.AuditStatus;
import org.certplan.support.Assignments;
import org.certplan.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PortalResourceTest {

    @Test
    void aClientSeesItsAuditsWithTentativeAndConfirmedDatesAndOnlyTheLeadAuditorsName() {
        long client = PortalFixtures.client("Portal client");
        long certification = PortalFixtures.certification(client);
        long stage1 = PortalFixtures.audit(certification, "STAGE_1");
        long stage2 = PortalFixtures.audit(certification, "STAGE_2");
        long lead = PortalFixtures.auditor("Lena Lead");
        long member = PortalFixtures.auditor("Mark Member");
        Assignments.plan(stage1, LocalDate.of(2031, 2, 3), LocalDate.of(2031, 2, 4), AuditStatus.PLANNED, lead,
                member);
        long other = PortalFixtures.client("Someone else");
        long otherStage1 = PortalFixtures.audit(PortalFixtures.certification(other), "STAGE_1");
        String token = Tokens.client(client);

        String body = Tokens.as(token).get("/api/v1/portal/audits").then().statusCode(200).extract().asString();
        JsonPath page = JsonPath.from(body);
        assertThat(page.getList("items.id", Long.class)).containsExactlyInAnyOrder(stage1, stage2)
                .doesNotContain(otherStage1);
        Map<String, Object> planned = page.getMap("items.find { it.id == " + stage1 + " }");
        assertThat(planned).containsEntry("dateStatus", "TENTATIVE").containsEntry("startDate", "2031-02-03")
                .containsEntry("endDate", "2031-02-04").containsEntry("leadAuditor", "Lena Lead")
                .containsEntry("title", "Stage 1 audit").containsKey("auditorDays")
                .doesNotContainKeys("team", "unassignedReason", "pinned", "version", "clientId");
        Map<String, Object> unscheduled = page.getMap("items.find { it.id == " + stage2 + " }");
        assertThat(unscheduled).containsEntry("dateStatus", "NOT_SCHEDULED").containsEntry("startDate", null)
                .containsKey("dueBy");
        assertThat(body).doesNotContain("Mark Member", PortalFixtures.email(lead), PortalFixtures.email(member));

        Assignments.plan(stage1, LocalDate.of(2031, 2, 10), LocalDate.of(2031, 2, 11), AuditStatus.CONFIRMED, lead);
        Map<String, Object> confirmed = Tokens.as(token).get("/api/v1/portal/audits").jsonPath()
                .getMap("items.find { it.id == " + stage1 + " }");
        assertThat(confirmed).containsEntry("dateStatus", "CONFIRMED").containsEntry("startDate", "2031-02-10");
    }

    @Test
    void comp7AnAuditWithoutAWholeTeamShowsNoDateOnlyItsWindowUntilItsLastSeatIsFilled() {
        long client = PortalFixtures.client("Portal unstaffed");
        long certification = PortalFixtures.certification(client);
        long stage1 = PortalFixtures.audit(certification, "STAGE_1");
        long member = PortalFixtures.auditor("Anton Auditor");
        long lead = PortalFixtures.auditor("Petra Lead");
        Assignments.planWithoutLead(stage1, LocalDate.of(2031, 3, 3), LocalDate.of(2031, 3, 4), AuditStatus.PLANNED,
                member);
        JsonPath audit = Tokens.as(Tokens.planner()).get("/api/v1/audits/" + stage1).then().statusCode(200)
                .extract().jsonPath();
        String window = audit.getString("earliestStart") + " – " + audit.getString("latestEnd");

        Map<String, Object> shown = Tokens.as(Tokens.client(client)).get("/api/v1/portal/audits").then().statusCode(200)
                .extract().jsonPath().getMap("items.find { it.id == " + stage1 + " }");
        assertThat(shown).containsEntry("status", "PLANNED").containsEntry("dateStatus", "NOT_SCHEDULED")
                .containsEntry("startDate", null).containsEntry("endDate", null).containsEntry("leadAuditor", null)
                .containsEntry("dateText", "date to be agreed, due " + window);
        JsonPath certifications = Tokens.as(Tokens.client(client)).get("/api/v1/portal/certifications").then()
                .statusCode(200).extract().jsonPath();
        assertThat(certifications.getString("items[0].nextAudit.dateStatus")).isEqualTo("NOT_SCHEDULED");
        assertThat(certifications.getString("items[0].nextAudit.startDate")).isNull();

        Assignments.addLead(stage1, lead);
        Map<String, Object> staffed = Tokens.as(Tokens.client(client)).get("/api/v1/portal/audits").jsonPath()
                .getMap("items.find { it.id == " + stage1 + " }");
        assertThat(staffed).containsEntry("dateStatus", "TENTATIVE").containsEntry("startDate", "2031-03-03")
                .containsEntry("leadAuditor", "Petra Lead").containsEntry("dateText", "tentative: 2031-03-03 – 2031-03-04");
    }

    @Test
    void aClientSeesItsCertificationsWithTheNextAudit() {
        long client = PortalFixtures.client("Portal certifications");
        long certification = PortalFixtures.certification(client);
        long stage1 = PortalFixtures.audit(certification, "STAGE_1");
        long lead = PortalFixtures.auditor("Nora Next");
        LocalDate start = LocalDate.parse(Tokens.as(Tokens.planner()).get("/api/v1/audits/" + stage1).then()
                .statusCode(200).extract().jsonPath().getString("earliestStart"));
        Assignments.plan(stage1, start, start.plusDays(1), AuditStatus.CONFIRMED, lead);
        PortalFixtures.certification(PortalFixtures.client("Not mine"));

        JsonPath page = Tokens.as(Tokens.client(client)).get("/api/v1/portal/certifications").then().statusCode(200)
                .extract().jsonPath();
        assertThat(page.getList("items.id", Long.class)).containsExactly(certification);
        assertThat(page.getString("items[0].status")).isEqualTo("APPLIED");
        assertThat(page.getString("items[0].standard")).isEqualTo("ISO/IEC 27001:2022");
        assertThat(page.getLong("items[0].nextAudit.id")).isEqualTo(stage1);
        assertThat(page.getString("items[0].nextAudit.dateStatus")).isEqualTo("CONFIRMED");
        assertThat(page.getString("items[0].nextAudit.startDate")).isEqualTo(start.toString());
    }

    @Test
    void aClientRotatesItsOwnCalendarToken() {
        long client = PortalFixtures.client("Portal feed");
        String token = Tokens.client(client);
        JsonPath first = Tokens.as(token).post("/api/v1/portal/calendar-token").then().statusCode(200)
                .body("feedUrl", containsString("/api/v1/calendars/clients/" + client + ".ics?token="))
                .extract().jsonPath();
        String feed = "/api/v1/calendars/clients/" + client + ".ics";
        given().queryParam("token", first.getString("token")).get(feed).then().statusCode(200);
        String second = Tokens.as(token).header("If-Match", "\"" + first.getLong("version") + "\"")
                .post("/api/v1/portal/calendar-token").then().statusCode(200)
                .extract().jsonPath().getString("token");
        given().queryParam("token", first.getString("token")).get(feed)
                .then().statusCode(410);
        given().queryParam("token", second).get(feed).then().statusCode(200);
    }
}
