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
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.TeamRole;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "planner", roles = "planner")
class EligibilityResourceTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);
    private static final LocalDate FAR_AHEAD = LocalDate.of(2035, 12, 31);

    @Test
    void comp1LeadQualificationIsValidOnItsLastDayAndNotTheDayAfter() {
        long auditor = Fixtures.auditor();
        long client = Fixtures.client("DE", Set.of("28"), Set.of("de"));
        Fixtures.qualifications(auditor,
                Fixtures.qualification("LEAD_AUDITOR", LONG_AGO, LocalDate.of(2027, 6, 30), "28"),
                Fixtures.qualification("LEAD_AUDITOR", LocalDate.of(2027, 9, 1), FAR_AHEAD, "28"));

        eligibility(auditor, client, "2027-06-28", "2027-06-30", "LEAD")
                .body("eligible", equalTo(true)).body("reasons", empty());
        eligibility(auditor, client, "2027-06-29", "2027-07-01", "LEAD")
                .body("eligible", equalTo(false))
                .body("reasons.rule", contains("COMP-1", "COMP-3"))
                .body("reasons[0].detail", containsString("2027-07-01"))
                .body("reasons[0].until", equalTo("2027-09-01"));
    }

    @Test
    void comp2AuditorNeedsAnAuditorQualification() {
        long auditor = Fixtures.auditor();
        long client = Fixtures.client("DE", Set.of(), Set.of("de"));
        Fixtures.qualifications(auditor, Fixtures.qualification("TECHNICAL_EXPERT", LONG_AGO, FAR_AHEAD));

        eligibility(auditor, client, "2027-06-28", "2027-06-30", "AUDITOR")
                .body("eligible", equalTo(false)).body("reasons.rule", contains("COMP-2"));
    }

    @Test
    void imp1CoolingOffCountsTwoYearsFromTheDayAfterTheRelationship() {
        long auditor = qualifiedAuditor();
        long client = Fixtures.client("DE", Set.of(), Set.of("de"));
        given().contentType(ContentType.JSON)
                .body(Map.of("clientId", client, "reason", "CONSULTANCY", "from", "2022-01-01", "to", "2025-06-30"))
                .post("/api/v1/auditors/" + auditor + "/conflicts").then().statusCode(201);

        eligibility(auditor, client, "2027-06-30", "2027-06-30", "LEAD")
                .body("eligible", equalTo(false))
                .body("reasons.rule", contains("IMP-1"))
                .body("reasons[0].until", equalTo("2027-07-01"));
        eligibility(auditor, client, "2027-07-01", "2027-07-01", "LEAD")
                .body("eligible", equalTo(true)).body("reasons", empty());
    }

    @Test
    void cap2UnavailabilityAndPublicHolidaysRuleTheAuditorOut() {
        long auditor = qualifiedAuditor();
        long client = Fixtures.client("DE", Set.of(), Set.of("de"));
        given().contentType(ContentType.JSON).body(Map.of("from", "2027-05-07", "to", "2027-05-14", "reason", "leave"))
                .post("/api/v1/auditors/" + auditor + "/unavailability").then().statusCode(201);

        eligibility(auditor, client, "2027-05-03", "2027-05-07", "AUDITOR")
                .body("eligible", equalTo(false))
                .body("reasons.rule", contains("CAP-2", "CAP-2"))
                .body("reasons.detail", hasItem(containsString("2027-05-06 is a public holiday in DE")))
                .body("reasons.until", hasItem("2027-05-15"));
    }

    @Test
    void cap1AndCap3CountTheAuditorsOtherAudits() {
        long auditor = qualifiedAuditor();
        long client = Fixtures.client("DE", Set.of(), Set.of("de"));
        long certification = Fixtures.certification(client, 1);
        long busy = Fixtures.audit(certification, client, 1, AuditStatus.PLANNED, LocalDate.of(2031, 3, 3),
                LocalDate.of(2031, 3, 5));
        Fixtures.teamMember(busy, auditor, TeamRole.AUDITOR, "3.0");
        long heavy = Fixtures.audit(certification, client, 1, AuditStatus.CONFIRMED, LocalDate.of(2031, 3, 10),
                LocalDate.of(2031, 3, 21));
        Fixtures.teamMember(heavy, auditor, TeamRole.AUDITOR, "5.0");

        eligibility(auditor, client, "2031-03-04", "2031-03-04", "AUDITOR")
                .body("reasons.rule", contains("CAP-1"))
                .body("reasons[0].detail", containsString("audit " + busy))
                .body("reasons[0].until", equalTo("2031-03-06"));
        // CAP-3 counts one audit day per working day on an audit: 3 + 10 in March already
        eligibility(auditor, client, "2031-03-25", "2031-03-28", "AUDITOR")
                .body("eligible", equalTo(false))
                .body("reasons.rule", contains("CAP-3"))
                .body("reasons[0].detail", containsString("13 audit days in 2031-03 already, 4 more"));
        given().queryParam("clientId", client).queryParam("from", "2031-03-25").queryParam("to", "2031-03-28")
                .queryParam("days", "2")
                .when().get("/api/v1/auditors/" + auditor + "/eligibility")
                .then().statusCode(200).body("eligible", equalTo(false));
        eligibility(auditor, client, "2031-03-25", "2031-03-27", "AUDITOR").body("eligible", equalTo(true));
    }

    @Test
    void imp3RotationBarsALeadAfterTwoConsecutiveCycles() {
        long auditor = qualifiedAuditor();
        long client = Fixtures.client("DE", Set.of(), Set.of("de"));
        long certification = Fixtures.certification(client, 3);
        for (int cycle = 1; cycle <= 2; cycle++) {
            long audit = Fixtures.audit(certification, client, cycle, AuditStatus.COMPLETED,
                    LocalDate.of(2024 + cycle, 3, 3), LocalDate.of(2024 + cycle, 3, 4));
            Fixtures.teamMember(audit, auditor, TeamRole.LEAD, "2.0");
        }

        eligibility(auditor, client, "2031-06-10", "2031-06-11", "LEAD")
                .body("eligible", equalTo(false))
                .body("reasons.rule", contains("IMP-3"))
                .body("reasons[0].detail", containsString("cycles 1, 2"));
        eligibility(auditor, client, "2031-06-10", "2031-06-11", "AUDITOR")
                .body("eligible", equalTo(true));
    }

    @Test
    void comp4AuditorSpeakingNoneOfTheClientsLanguagesIsRuledOut() {
        long auditor = qualifiedAuditor();
        long client = Fixtures.client("FR", Set.of(), Set.of("fr"));
        eligibility(auditor, client, "2027-06-29", "2027-06-29", "AUDITOR")
                .body("eligible", equalTo(false)).body("reasons.rule", contains("COMP-4"));
    }

    @Test
    void badQueryParametersAreNamed() {
        long auditor = qualifiedAuditor();
        long client = Fixtures.client("DE", Set.of(), Set.of("de"));
        given().queryParam("from", "2027-06-29").queryParam("to", "2027-06-29")
                .when().get("/api/v1/auditors/" + auditor + "/eligibility")
                .then().statusCode(400).body("violations[0].field", equalTo("clientId"));
        given().queryParam("clientId", client).queryParam("from", "29.06.2027").queryParam("to", "2027-06-29")
                .when().get("/api/v1/auditors/" + auditor + "/eligibility")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().queryParam("clientId", client).queryParam("from", "2027-06-29").queryParam("to", "2027-06-28")
                .when().get("/api/v1/auditors/" + auditor + "/eligibility")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().queryParam("clientId", client).queryParam("from", "2027-06-29").queryParam("to", "2027-06-29")
                .queryParam("role", "INTERPRETER")
                .when().get("/api/v1/auditors/" + auditor + "/eligibility")
                .then().statusCode(400).body("violations[0].field", equalTo("role"))
                .body("detail", not(containsString("INTERPRETER,")));
    }

    @Test
    void unknownAuditorOrClientIsNotFound() {
        long auditor = qualifiedAuditor();
        long client = Fixtures.client("DE", Set.of(), Set.of("de"));
        eligibility(987654321L, client, "2027-06-29", "2027-06-29", "LEAD", 404);
        eligibility(auditor, 987654321L, "2027-06-29", "2027-06-29", "LEAD", 404);
    }

    private static long qualifiedAuditor() {
        long auditor = Fixtures.auditor();
        Fixtures.qualifications(auditor, Fixtures.qualification("LEAD_AUDITOR", LONG_AGO, FAR_AHEAD));
        return auditor;
    }

    private static ValidatableResponse eligibility(long auditor, long client, String from, String to, String role) {
        return eligibility(auditor, client, from, to, role, 200);
    }

    private static ValidatableResponse eligibility(long auditor, long client, String from, String to, String role,
            int status) {
        return given().queryParam("clientId", client).queryParam("from", from).queryParam("to", to)
                .queryParam("role", role)
                .when().get("/api/v1/auditors/" + auditor + "/eligibility")
                .then().statusCode(status);
    }
}
