package org.certplan.planning.replanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.post;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.certplan.audit.Audit;
import org.certplan.audit.AuditStatus;

/** Published plans and nights through the REST API, for the re-planning tests. */
final class ReplanningFixtures {

    private ReplanningFixtures() {
    }

    /** A lead auditor in Berlin, qualified from 2020, for plans around today. */
    static long leadQualifiedNow() {
        String email = "nightly-" + java.util.UUID.randomUUID() + "@example.org";
        long id = post("/api/v1/auditors", Map.of("name", "Lead " + email, "email", email,
                "homeCountryCode", "DE", "homeCity", "Berlin", "latitude", 52.52, "longitude", 13.405,
                "languages", List.of("de", "en"), "employment", "INTERNAL"))
                .statusCode(201).extract().jsonPath().getLong("id");
        io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .body(List.of(Map.of("standard", "ISO/IEC 27001:2022", "role", "LEAD_AUDITOR",
                        "technicalAreas", List.of("33"), "validFrom", "2020-01-01", "validTo", "2045-12-31")))
                .when().put("/api/v1/auditors/" + id + "/qualifications").then().statusCode(200);
        return id;
    }

    static List<Long> publish(String from, String to) {
        return post("/api/v1/audits/publish", Map.of("from", from, "to", to, "publishedBy", "Paula Planner"))
                .statusCode(200).extract().jsonPath().getList("auditIds", Long.class);
    }

    static void declareConflict(long auditorId, long clientId, String from) {
        post("/api/v1/auditors/" + auditorId + "/conflicts", Map.of("clientId", clientId, "reason", "FAMILY",
                "from", from, "note", "brother-in-law is the client's CISO")).statusCode(201);
    }

    /** There is no confirmation endpoint yet: the client's agreement is recorded on the row as the service would. */
    static void confirm(long auditId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Audit audit = Audit.findById(auditId);
            audit.status = AuditStatus.CONFIRMED;
            audit.pinned = true;
        });
    }

    static JsonPath audit(long auditId) {
        return get("/api/v1/audits/" + auditId).statusCode(200).extract().jsonPath();
    }

    static long lead(long auditId) {
        return audit(auditId).getLong("team.find { it.role == 'LEAD' }.auditorId");
    }

    static JsonPath awaitNight(long nightId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            JsonPath night = get("/api/v1/replanning/nights/" + nightId).statusCode(200).extract().jsonPath();
            if (!night.getString("outcome").equals("RUNNING")) {
                return night;
            }
            sleep(300);
        }
        throw new AssertionError("night " + nightId + " still RUNNING after 120 s");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void assertNoActiveRun() {
        assertThat(QuarkusTransaction.requiringNew().call(
                () -> org.certplan.planning.PlanningRun.count("active = true"))).isZero();
    }
}
