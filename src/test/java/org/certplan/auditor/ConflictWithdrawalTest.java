package org.certplan.auditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.certplan.support.Api;
import org.certplan.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Who may withdraw a conflict of interest (IMP-1, IMP-2): an auditor only what they declared themself, a planner
 * anything; every declaration and withdrawal is in the conflict trail under the authenticated caller.
 */
@QuarkusTest
class ConflictWithdrawalTest {

    private static final Map<String, Object> FAMILY = Map.of("reason", "FAMILY", "from", "2066-01-01",
            "note", "sister is the client's CISO");

    @Test
    void anAuditorWithdrawsWhatTheyDeclaredThemselfAndTheTrailNamesThem() {
        long auditor = auditor();
        long conflict = declare(auditorToken(auditor), auditor, client("Withdrawal Own GmbH"))
                .body("declarant", equalTo("AUDITOR"))
                .body("declaredBy", equalTo("auditor-" + auditor))
                .extract().jsonPath().getLong("id");

        auditorToken(auditor).delete(conflictPath(auditor, conflict)).then().statusCode(204);

        planner().get(conflictPath(auditor, conflict)).then().statusCode(404);
        JsonPath trail = trail(auditor);
        assertThat(trail.getList("items.action", String.class)).containsExactly("DECLARED", "WITHDRAWN");
        assertThat(trail.getList("items.actor", String.class)).containsOnly("auditor-" + auditor);
        assertThat(trail.getList("items.conflictId", Long.class)).containsOnly(conflict);
        assertThat(trail.getString("items[1].detail")).contains("FAMILY", "2066-01-01", "ongoing");
    }

    @Test
    void aPlannersRecordStaysUntilAPlannerWithdrawsIt() {
        long auditor = auditor();
        long client = client("Withdrawal Planner GmbH");
        long conflict = declare(planner(), auditor, client)
                .body("declarant", equalTo("PLANNER"))
                .body("declaredBy", equalTo("planner"))
                .extract().jsonPath().getLong("id");

        auditorToken(auditor).delete(conflictPath(auditor, conflict)).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://certplan.org/problems/forbidden"));

        auditorToken(auditor).get(conflictPath(auditor, conflict)).then().statusCode(200);
        planner().get("/api/v1/auditors/" + auditor + "/eligibility?clientId=" + client
                + "&from=2066-03-02&to=2066-03-03&role=LEAD").then().statusCode(200)
                .body("eligible", equalTo(false))
                .body("reasons.rule", hasItem("IMP-2"));
        assertThat(trail(auditor).getList("items.action", String.class)).containsExactly("DECLARED");

        planner().delete(conflictPath(auditor, conflict)).then().statusCode(204);

        JsonPath trail = trail(auditor);
        assertThat(trail.getList("items.action", String.class)).containsExactly("DECLARED", "WITHDRAWN");
        assertThat(trail.getList("items.actor", String.class)).containsOnly("planner");
    }

    @Test
    void anotherAuditorCanNeitherWithdrawNorReadTheTrail() {
        long auditor = auditor();
        long other = auditor();
        long conflict = declare(auditorToken(auditor), auditor, client("Withdrawal Other GmbH"))
                .extract().jsonPath().getLong("id");

        auditorToken(other).delete(conflictPath(auditor, conflict)).then().statusCode(404);
        auditorToken(other).get("/api/v1/auditors/" + auditor + "/conflicts/history").then().statusCode(404);

        auditorToken(auditor).get(conflictPath(auditor, conflict)).then().statusCode(200);
    }

    private static ValidatableResponse declare(RequestSpecification as, long auditor, long client) {
        Map<String, Object> body = new HashMap<>(FAMILY);
        body.put("clientId", client);
        return as.contentType(ContentType.JSON).body(body).post("/api/v1/auditors/" + auditor + "/conflicts")
                .then().statusCode(201);
    }

    private static JsonPath trail(long auditor) {
        return planner().get("/api/v1/auditors/" + auditor + "/conflicts/history").then().statusCode(200)
                .extract().jsonPath();
    }

    private static String conflictPath(long auditor, long conflict) {
        return "/api/v1/auditors/" + auditor + "/conflicts/" + conflict;
    }

    private static long auditor() {
        return planner().contentType(ContentType.JSON).body(Fixtures.auditorBody(Fixtures.uniqueEmail()))
                .post("/api/v1/auditors").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long client(String name) {
        return planner().contentType(ContentType.JSON).body(Api.singleSiteClient(name, 20))
                .post("/api/v1/clients").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static RequestSpecification planner() {
        return Tokens.as(Tokens.planner());
    }

    private static RequestSpecification auditorToken(long auditor) {
        return Tokens.as(Tokens.auditor(auditor));
    }
}
