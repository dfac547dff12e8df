package org.certplan.platform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.certplan.audit.AuditStatus;
import org.certplan.support.Api;
import org.certplan.support.Assignments;
import org.certplan.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint group with real signed tokens: 401 without a token, 403 for a role that may not use it, and for
 * clients and auditors 404 on anyone else's data.
 */
@QuarkusTest
class AccessControlTest {

    @TestHTTPResource(value = "/openapi", management = true)
    URL openapi;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    private static World world;

    /** Two clients with a certification each, two auditors, and an audit of client A led by auditor X. */
    record World(long clientA, long clientB, long certificationA, long auditorX, long auditorY, long auditOfX,
            long auditOfB) {
    }

    @BeforeEach
    void createWorld() {
        if (world != null) {
            return;
        }
        long clientA = created("/api/v1/clients", Api.singleSiteClient("Access A " + UUID.randomUUID(), 40));
        long clientB = created("/api/v1/clients", Api.singleSiteClient("Access B " + UUID.randomUUID(), 40));
        long certificationA = created("/api/v1/certifications", certification(clientA));
        long certificationB = created("/api/v1/certifications", certification(clientB));
        long auditorX = created("/api/v1/auditors", auditor());
        long auditorY = created("/api/v1/auditors", auditor());
        long auditOfX = stage1(certificationA);
        long auditOfB = stage1(certificationB);
        Assignments.plan(auditOfX, LocalDate.of(2031, 3, 3), LocalDate.of(2031, 3, 4), AuditStatus.PLANNED, auditorX);
        Assignments.plan(auditOfB, LocalDate.of(2031, 4, 7), LocalDate.of(2031, 4, 8), AuditStatus.PLANNED, auditorY);
        world = new World(clientA, clientB, certificationA, auditorX, auditorY, auditOfX, auditOfB);
    }

    /** The planner-only endpoints, one or more per group; writes name ids that do not exist or send no body. */
    private List<Call> plannerEndpoints() {
        World w = world;
        return List.of(
                new Call("GET", "/api/v1/clients"),
                new Call("POST", "/api/v1/clients", Map.of()),
                new Call("GET", "/api/v1/clients/" + w.clientA),
                new Call("PUT", "/api/v1/clients/" + w.clientA, Map.of()),
                new Call("DELETE", "/api/v1/clients/0"),
                new Call("POST", "/api/v1/clients/" + w.clientA + "/calendar-token"),
                new Call("POST", "/api/v1/certifications", Map.of()),
                new Call("GET", "/api/v1/certifications/" + w.certificationA),
                new Call("POST", "/api/v1/certifications/" + w.certificationA + "/suspend", Map.of()),
                new Call("POST", "/api/v1/certifications/transfer", Map.of()),
                new Call("GET", "/api/v1/audits/" + w.auditOfX + "/history"),
                new Call("POST", "/api/v1/audits/" + w.auditOfX + "/completion", Map.of()),
                new Call("GET", "/api/v1/audits/" + w.auditOfX + "/explanation"),
                new Call("GET", "/api/v1/nonconformities/0"),
                new Call("GET", "/api/v1/auditors"),
                new Call("POST", "/api/v1/auditors", Map.of()),
                new Call("PUT", "/api/v1/auditors/" + w.auditorX, Map.of()),
                new Call("DELETE", "/api/v1/auditors/0"),
                new Call("PUT", "/api/v1/auditors/" + w.auditorX + "/qualifications", List.of()),
                new Call("GET", "/api/v1/auditors/" + w.auditorX + "/eligibility?clientId=" + w.clientA
                        + "&from=2031-03-03&to=2031-03-04"),
                new Call("GET", "/api/v1/holidays/DE?year=2031"),
                new Call("POST", "/api/v1/planning-runs", Map.of()),
                new Call("GET", "/api/v1/planning-runs/0"),
                new Call("GET", "/api/v1/planning-runs/0/changes"),
                new Call("POST", "/api/v1/planning-runs/0/apply", Map.of()),
                new Call("DELETE", "/api/v1/planning-runs/0"),
                new Call("GET", "/api/v1/policy"));
    }

    /** What an auditor may do with their own data. */
    private List<Call> auditorOwnEndpoints(long auditorId) {
        String base = "/api/v1/auditors/" + auditorId;
        return List.of(
                new Call("GET", base),
                new Call("GET", base + "/qualifications"),
                new Call("GET", base + "/unavailability"),
                new Call("POST", base + "/unavailability", Map.of("from", "2032-01-05", "to", "2032-01-06",
                        "reason", "leave")),
                new Call("GET", base + "/conflicts"),
                new Call("POST", base + "/conflicts", Map.of("clientId", world.clientB, "reason", "CONSULTANCY",
                        "from", "2030-01-01")),
                new Call("POST", base + "/calendar-token"),
                new Call("GET", "/api/v1/audits?auditorId=" + auditorId));
    }

    private static List<Call> portalEndpoints() {
        return List.of(
                new Call("GET", "/api/v1/portal/audits"),
                new Call("GET", "/api/v1/portal/certifications"),
                new Call("POST", "/api/v1/portal/calendar-token"));
    }

    private static List<Call> adminEndpoints() {
        return List.of(
                new Call("GET", "/api/v1/admin/datasets/export"),
                new Call("POST", "/api/v1/admin/datasets/import", Map.of()),
                new Call("POST", "/api/v1/admin/datasets/generate", Map.of()));
    }

    @Test
    void withoutATokenEveryApiEndpointAnswers401AsProblem() {
        List<Call> all = new ArrayList<>(plannerEndpoints());
        all.addAll(auditorOwnEndpoints(world.auditorX));
        all.addAll(portalEndpoints());
        all.addAll(adminEndpoints());
        all.add(new Call("GET", "/api/v1/audits/" + world.auditOfX));
        for (Call call : all) {
            call.send(given())
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("status", equalTo(401));
        }
    }

    @Test
    void clientsAndAuditorsGet403FromPlannerEndpoints() {
        for (Call call : plannerEndpoints()) {
            for (String token : List.of(Tokens.client(world.clientA), Tokens.auditor(world.auditorX))) {
                call.send(Tokens.as(token)).then().statusCode(403).contentType("application/problem+json")
                        .body("status", equalTo(403));
            }
        }
    }

    @Test
    void plannersReachThePlannerEndpoints() {
        for (Call call : plannerEndpoints()) {
            int status = call.send(Tokens.as(Tokens.planner())).statusCode();
            assertThat(status).as("%s as planner", call).isNotIn(401, 403);
        }
    }

    @Test
    void onlyAdminsReachTheDatasetEndpoints() {
        for (Call call : adminEndpoints()) {
            for (String token : List.of(Tokens.planner(), Tokens.client(world.clientA),
                    Tokens.auditor(world.auditorX))) {
                call.send(Tokens.as(token)).then().statusCode(403);
            }
        }
        Tokens.as(Tokens.admin()).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/admin/datasets/import")
                .then().statusCode(400);
    }

    @Test
    void thePortalIsForClientsOnly() {
        for (Call call : portalEndpoints()) {
            for (String token : List.of(Tokens.planner(), Tokens.admin(), Tokens.auditor(world.auditorX))) {
                call.send(Tokens.as(token)).then().statusCode(403);
            }
            assertThat(call.send(Tokens.as(Tokens.client(world.clientA))).statusCode()).as("%s", call)
                    .isBetween(200, 201);
        }
    }

    @Test
    void anAuditorUsesTheirOwnDataAndGets404ForAnotherAuditors() {
        String x = Tokens.auditor(world.auditorX);
        for (Call call : auditorOwnEndpoints(world.auditorX)) {
            assertThat(call.send(Tokens.as(x)).statusCode()).as("%s as its auditor", call).isBetween(200, 201);
        }
        for (Call call : auditorOwnEndpoints(world.auditorY)) {
            call.send(Tokens.as(x)).then().statusCode(404).contentType("application/problem+json");
        }
        Tokens.as(x).delete("/api/v1/auditors/" + world.auditorY + "/unavailability/1").then().statusCode(404);
        Tokens.as(x).delete("/api/v1/auditors/" + world.auditorY + "/conflicts/1").then().statusCode(404);
    }

    @Test
    void anAuditorSeesOnlyTheAuditsTheyAreOn() {
        String x = Tokens.auditor(world.auditorX);
        Tokens.as(x).get("/api/v1/audits/" + world.auditOfX).then().statusCode(200)
                .body("team[0].auditorId", equalTo((int) world.auditorX));
        Tokens.as(x).get("/api/v1/audits/" + world.auditOfB).then().statusCode(404);
        Response own = Tokens.as(x).get("/api/v1/audits");
        own.then().statusCode(200);
        assertThat(own.jsonPath().getList("items.id", Long.class)).containsExactly(world.auditOfX);
        Tokens.as(x).get("/api/v1/audits?clientId=" + world.clientB).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aClientTokenSeesOnlyItsOwnOrganisation() {
        Response audits = Tokens.as(Tokens.client(world.clientA)).get("/api/v1/portal/audits");
        audits.then().statusCode(200);
        assertThat(audits.jsonPath().getList("items.id", Long.class)).contains(world.auditOfX)
                .doesNotContain(world.auditOfB);
        Response certifications = Tokens.as(Tokens.client(world.clientA)).get("/api/v1/portal/certifications");
        assertThat(certifications.jsonPath().getList("items.id", Long.class)).containsExactly(world.certificationA);
        Tokens.as(Tokens.client(world.clientA)).get("/api/v1/clients/" + world.clientB).then().statusCode(403);
        Tokens.as(Tokens.client(world.clientA)).get("/api/v1/audits/" + world.auditOfB).then().statusCode(403);
        // a client token naming a client that does not exist sees nothing
        Tokens.as(Tokens.client(Long.MAX_VALUE)).get("/api/v1/portal/audits").then().statusCode(404);
    }

    @Test
    void operationalEndpointsStayOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get(openapi).then().statusCode(200);
        given().get(metrics).then().statusCode(200);
    }

    private static Map<String, Object> certification(long clientId) {
        return Map.of("clientId", clientId, "standard", "ISO/IEC 27001:2022", "scope", "Hosting",
                "applicationDate", "2030-06-01");
    }

    private static Map<String, Object> auditor() {
        String email = "access-" + UUID.randomUUID() + "@example.org";
        return Map.of("name", "Auditor " + email, "email", email, "homeCountryCode", "DE", "homeCity", "Berlin",
                "latitude", 52.52, "longitude", 13.405, "languages", List.of("de", "en"), "employment", "INTERNAL");
    }

    private static long created(String path, Object body) {
        return Tokens.as(Tokens.planner()).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long stage1(long certificationId) {
        return Tokens.as(Tokens.planner()).get("/api/v1/audits?certificationId=" + certificationId + "&type=STAGE_1")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    /** One request: method, path and, for writes, a JSON body. */
    record Call(String method, String path, Object body) {

        Call(String method, String path) {
            this(method, path, method.equals("GET") || method.equals("DELETE") ? null : Map.of());
        }

        Response send(RequestSpecification request) {
            if (body != null) {
                request = request.contentType(ContentType.JSON).body(body);
            }
            return request.request(method, path);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
