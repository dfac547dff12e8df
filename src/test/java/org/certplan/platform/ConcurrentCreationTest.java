package org.certplan.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.singleSiteClient;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.certplan.audit.Audit;
import org.certplan.auditor.Auditor;
import org.certplan.client.Certification;
import org.certplan.portal.CalendarFeed;
import org.certplan.programme.CertificationStatus;
import org.certplan.support.Parallel;
import org.certplan.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Twenty identical creations at once, through the real API and database: exactly one is stored, the others get
 * 409 problem+json (never a 500), and what the winner was given works.
 */
@QuarkusTest
@TestSecurity(user = "planner", roles = "planner")
class ConcurrentCreationTest {

    private static final int RACERS = 20;

    @Test
    void oneActiveCertificationPerClientAndStandard() {
        long client = createClient(singleSiteClient("Race Certification GmbH", 20));
        Map<String, Object> application = Map.of("clientId", client, "standard", "ISO/IEC 27001:2022",
                "scope", "Hosting", "applicationDate", "2067-02-01");

        List<Response> answers = Parallel.run(RACERS, i -> planner().body(application).post("/api/v1/certifications"));

        assertThat(Parallel.statuses(answers)).isEqualTo(Map.of(201, 1L, 409, 19L));
        assertProblems(answers, 409);
        long active = QuarkusTransaction.requiringNew().call(() -> Certification.count(
                "client.id = ?1 and status = ?2", client, CertificationStatus.APPLIED));
        long audits = QuarkusTransaction.requiringNew().call(() -> Audit.count("clientId", client));
        assertThat(active).isEqualTo(1);
        assertThat(audits).as("stage 1 and stage 2 of the one certification").isEqualTo(2);
    }

    @Test
    void oneAuditorPerEmail() {
        String email = "race-" + UUID.randomUUID() + "@example.org";
        Map<String, Object> auditor = Map.of("name", "Rita Race", "email", email, "homeCountryCode", "DE",
                "homeCity", "Berlin", "latitude", 52.52, "longitude", 13.405, "languages", List.of("de"),
                "employment", "INTERNAL");

        List<Response> answers = Parallel.run(RACERS, i -> planner().body(auditor).post("/api/v1/auditors"));

        assertThat(Parallel.statuses(answers)).isEqualTo(Map.of(201, 1L, 409, 19L));
        assertProblems(answers, 409);
        assertThat(answers.stream().filter(a -> a.statusCode() == 409))
                .allSatisfy(a -> assertThat(a.jsonPath().getString("detail")).contains(email));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Auditor.count("email", email))).isEqualTo(1);
    }

    @Test
    void theFirstCalendarTokenIsIssuedOnceAndWorks() {
        long client = createClient(singleSiteClient("Race Feed GmbH", 20));
        String path = "/api/v1/clients/" + client + "/calendar-token";

        List<Response> first = Parallel.run(RACERS, i -> Tokens.as(Tokens.planner()).post(path));

        assertThat(Parallel.statuses(first)).isEqualTo(Map.of(200, 1L, 409, 19L));
        assertProblems(first, 409);
        Response issued = first.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow();
        assertWorks(client, issued);

        String ifMatch = "\"" + issued.jsonPath().getLong("version") + "\"";
        List<Response> replacing = Parallel.run(RACERS,
                i -> Tokens.as(Tokens.planner()).header("If-Match", ifMatch).post(path));

        assertThat(Parallel.statuses(replacing)).isEqualTo(Map.of(200, 1L, 409, 19L));
        assertProblems(replacing, 409);
        assertWorks(client, replacing.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow());
        feed(client, issued.jsonPath().getString("token")).then().statusCode(410);
        assertThat(QuarkusTransaction.requiringNew().call(() -> CalendarFeed.count("clientId", client))).isEqualTo(1);
    }

    private static void assertWorks(long client, Response issued) {
        feed(client, issued.jsonPath().getString("token")).then().statusCode(200).contentType("text/calendar");
        given().when().get(issued.jsonPath().getString("feedUrl")).then().statusCode(200);
    }

    private static Response feed(long client, String token) {
        return given().queryParam("token", token).when().get("/api/v1/calendars/clients/" + client + ".ics");
    }

    private static void assertProblems(List<Response> answers, int status) {
        assertThat(answers.stream().filter(a -> a.statusCode() == status))
                .allSatisfy(a -> assertThat(a.contentType()).startsWith("application/problem+json"));
    }

    private static RequestSpecification planner() {
        return Tokens.as(Tokens.planner()).contentType(ContentType.JSON);
    }
}
