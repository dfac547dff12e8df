package org.certplan.auditor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.TeamRole;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "planner", roles = "planner")
class AuditorResourceTest {

    @Test
    void createsReadsAndListsAnAuditor() {
        String email = Fixtures.uniqueEmail();
        String location = given().contentType(ContentType.JSON).body(Fixtures.auditorBody(email, "fr", "de"))
                .when().post("/api/v1/auditors")
                .then().statusCode(201)
                .body("email", equalTo(email))
                .body("languages", contains("de", "fr"))
                .body("employment", equalTo("INTERNAL"))
                .body("version", equalTo(0))
                .extract().header("Location");

        given().when().get(location).then().statusCode(200).body("email", equalTo(email)).body("homeCity",
                equalTo("Berlin"));
        given().queryParam("q", email.substring(2, 20)).when().get("/api/v1/auditors")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].email", equalTo(email));
    }

    @Test
    void listFiltersByTechnicalAreaAndQualificationRole() {
        long lead = Fixtures.auditor();
        long expert = Fixtures.auditor();
        LocalDate today = LocalDate.now();
        Fixtures.qualifications(lead, Fixtures.qualification("LEAD_AUDITOR", today.minusYears(1), today.plusYears(1),
                "ZZ-91"));
        Fixtures.qualifications(expert, Fixtures.qualification("TECHNICAL_EXPERT", today.minusYears(1),
                today.plusYears(1), "ZZ-91", "ZZ-92"));

        given().queryParam("technicalArea", "ZZ-92").queryParam("size", 500).when().get("/api/v1/auditors")
                .then().statusCode(200)
                .body("items.id", hasItem((int) expert)).body("items.id", not(hasItem((int) lead)));
        given().queryParam("technicalArea", "ZZ-91").queryParam("role", "LEAD_AUDITOR").queryParam("size", 500)
                .when().get("/api/v1/auditors")
                .then().statusCode(200)
                .body("items.id", hasItem((int) lead)).body("items.id", not(hasItem((int) expert)));
    }

    @Test
    void listRejectsAnUnknownRole() {
        given().queryParam("role", "BOSS").when().get("/api/v1/auditors")
                .then().statusCode(400).body("violations[0].field", equalTo("role"));
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsStored() {
        String email = Fixtures.uniqueEmail();
        Map<String, Object> body = new HashMap<>(Fixtures.auditorBody(email));
        body.put("homeCountryCode", "Germany");
        body.put("latitude", 123.0);
        body.put("languages", List.of("German"));
        body.remove("employment");

        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/auditors")
                .then().statusCode(400)
                .body("violations.field", hasItem("homeCountryCode"))
                .body("violations.field", hasItem("latitude"))
                .body("violations.field", hasItem("employment"))
                .body("violations.field", hasItem(containsString("languages")));
        given().queryParam("q", email).when().get("/api/v1/auditors").then().body("total", equalTo(0));
    }

    @Test
    void malformedEmailIsRejected() {
        given().contentType(ContentType.JSON).body(Fixtures.auditorBody("not-an-email"))
                .when().post("/api/v1/auditors")
                .then().statusCode(400).body("violations[0].field", equalTo("email"));
    }

    @Test
    void duplicateEmailIsAConflict() {
        String email = Fixtures.uniqueEmail();
        given().contentType(ContentType.JSON).body(Fixtures.auditorBody(email)).post("/api/v1/auditors")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(Fixtures.auditorBody(email)).post("/api/v1/auditors")
                .then().statusCode(409).body("detail", containsString(email));
        given().queryParam("q", email).when().get("/api/v1/auditors").then().body("total", equalTo(1));
    }

    @Test
    void updateWithTheCurrentVersionChangesTheAuditorAndAStaleOneIsRefused() {
        long id = Fixtures.auditor();
        Map<String, Object> body = new HashMap<>(Fixtures.auditorBody(Fixtures.uniqueEmail()));
        body.put("homeCity", "Hamburg");
        body.put("maxDaysPerMonth", 12);
        body.put("version", 0);

        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/auditors/" + id)
                .then().statusCode(200).body("homeCity", equalTo("Hamburg")).body("maxDaysPerMonth", equalTo(12))
                .body("version", equalTo(1));

        body.put("homeCity", "Munich");
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/auditors/" + id)
                .then().statusCode(409).body("currentVersion", equalTo(1));
        given().when().get("/api/v1/auditors/" + id).then().body("homeCity", equalTo("Hamburg"));
    }

    @Test
    void updateWithoutVersionIsRejected() {
        long id = Fixtures.auditor();
        given().contentType(ContentType.JSON).body(Fixtures.auditorBody(Fixtures.uniqueEmail()))
                .when().put("/api/v1/auditors/" + id)
                .then().statusCode(400).body("violations[0].field", equalTo("version"));
    }

    @Test
    void unknownAuditorIsNotFound() {
        given().when().get("/api/v1/auditors/987654321").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/auditors/987654321/qualifications").then().statusCode(404);
        given().when().delete("/api/v1/auditors/987654321").then().statusCode(404);
    }

    @Test
    void deleteIsRefusedWhileOnTheTeamOfAnOpenAudit() {
        long auditor = Fixtures.auditor();
        long client = Fixtures.client("DE", Set.of(), Set.of("de"));
        long certification = Fixtures.certification(client, 1);
        long open = Fixtures.audit(certification, client, 1, AuditStatus.PLANNED, LocalDate.of(2031, 3, 3),
                LocalDate.of(2031, 3, 4));
        Fixtures.teamMember(open, auditor, TeamRole.AUDITOR, "2.0");

        given().when().delete("/api/v1/auditors/" + auditor)
                .then().statusCode(409).body("detail", containsString(String.valueOf(open)));
        given().when().get("/api/v1/auditors/" + auditor).then().statusCode(200);
    }

    @Test
    void deleteRemovesAnAuditorWhoseAuditsAreClosed() {
        long auditor = Fixtures.auditor();
        long client = Fixtures.client("DE", Set.of(), Set.of("de"));
        long certification = Fixtures.certification(client, 1);
        long done = Fixtures.audit(certification, client, 1, AuditStatus.COMPLETED, LocalDate.of(2024, 3, 4),
                LocalDate.of(2024, 3, 5));
        Fixtures.teamMember(done, auditor, TeamRole.LEAD, "2.0");
        given().contentType(ContentType.JSON).body(Map.of("from", "2031-01-01", "to", "2031-01-02"))
                .post("/api/v1/auditors/" + auditor + "/unavailability").then().statusCode(201);

        given().when().delete("/api/v1/auditors/" + auditor).then().statusCode(204);
        given().when().get("/api/v1/auditors/" + auditor).then().statusCode(404);
    }

    @Test
    void qualificationsAreReplacedAsASet() {
        long id = Fixtures.auditor();
        Fixtures.qualifications(id, Fixtures.qualification("AUDITOR", LocalDate.of(2025, 1, 1),
                LocalDate.of(2027, 12, 31), "28"));
        Fixtures.qualifications(id,
                Fixtures.qualification("LEAD_AUDITOR", LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), "28",
                        "33"),
                Fixtures.qualification("TECHNICAL_EXPERT", LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31),
                        "35"));

        given().when().get("/api/v1/auditors/" + id + "/qualifications")
                .then().statusCode(200)
                .body("role", contains("LEAD_AUDITOR", "TECHNICAL_EXPERT"))
                .body("[0].technicalAreas", contains("28", "33"))
                .body("[0].validTo", equalTo("2028-12-31"));
    }

    @Test
    void qualificationEndingBeforeItStartsIsRejectedAndTheOldSetKept() {
        long id = Fixtures.auditor();
        Fixtures.qualifications(id, Fixtures.qualification("AUDITOR", LocalDate.of(2025, 1, 1),
                LocalDate.of(2027, 12, 31), "28"));

        given().contentType(ContentType.JSON)
                .body(List.of(Fixtures.qualification("LEAD_AUDITOR", LocalDate.of(2027, 1, 1),
                        LocalDate.of(2026, 12, 31))))
                .when().put("/api/v1/auditors/" + id + "/qualifications")
                .then().statusCode(400).body("violations[0].field", equalTo("[0].validTo"));
        given().when().get("/api/v1/auditors/" + id + "/qualifications")
                .then().body("role", contains("AUDITOR"));
    }

    @Test
    void qualificationWithoutRoleIsRejected() {
        long id = Fixtures.auditor();
        given().contentType(ContentType.JSON)
                .body(List.of(Map.of("standard", "ISO/IEC 27001:2022", "technicalAreas", List.of(),
                        "validFrom", "2026-01-01", "validTo", "2026-12-31")))
                .when().put("/api/v1/auditors/" + id + "/qualifications")
                .then().statusCode(400).body("violations.field", hasItem(containsString("role")));
        given().when().get("/api/v1/auditors/" + id + "/qualifications").then().body("$", empty());
    }
}
