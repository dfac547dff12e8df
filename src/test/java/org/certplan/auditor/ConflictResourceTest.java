package org.certplan.auditor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "planner", roles = "planner")
class ConflictResourceTest {

    @Test
    void imp1ConsultancyIsBarredForTheCoolingOffPeriod() {
        long auditor = Fixtures.auditor();
        long client = Fixtures.client("DE", Set.of(), Set.of("de"));
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("clientId", client, "reason", "CONSULTANCY", "from", "2022-01-01", "to", "2025-06-30",
                        "note", "ISMS implementation project"))
                .when().post("/api/v1/auditors/" + auditor + "/conflicts")
                .then().statusCode(201)
                .body("rule", equalTo("IMP-1"))
                .body("barredUntil", equalTo("2027-07-01"))
                .body("barredIndefinitely", equalTo(false))
                .extract().header("Location");
        given().when().get(location).then().statusCode(200).body("note", equalTo("ISMS implementation project"));
        given().when().get("/api/v1/auditors/" + auditor + "/conflicts")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].clientId", equalTo((int) client));
    }

    @Test
    void imp1OngoingEmploymentBarsIndefinitely() {
        long auditor = Fixtures.auditor();
        long client = Fixtures.client("DE", Set.of(), Set.of("de"));
        given().contentType(ContentType.JSON)
                .body(Map.of("clientId", client, "reason", "EMPLOYMENT", "from", "2020-01-01"))
                .when().post("/api/v1/auditors/" + auditor + "/conflicts")
                .then().statusCode(201).body("barredUntil", nullValue()).body("barredIndefinitely", equalTo(true));
    }

    @Test
    void imp2FamilyConflictBarsOnlyWhileInForce() {
        long auditor = Fixtures.auditor();
        long client = Fixtures.client("DE", Set.of(), Set.of("de"));
        given().contentType(ContentType.JSON)
                .body(Map.of("clientId", client, "reason", "FAMILY", "from", "2026-01-01", "to", "2027-12-31"))
                .when().post("/api/v1/auditors/" + auditor + "/conflicts")
                .then().statusCode(201).body("rule", equalTo("IMP-2")).body("barredUntil", equalTo("2028-01-01"));
    }

    @Test
    void conflictWithAnUnknownClientIsRejectedAndNotStored() {
        long auditor = Fixtures.auditor();
        given().contentType(ContentType.JSON)
                .body(Map.of("clientId", 987654321, "reason", "FAMILY", "from", "2026-01-01"))
                .when().post("/api/v1/auditors/" + auditor + "/conflicts")
                .then().statusCode(400).body("violations[0].field", equalTo("clientId"));
        given().when().get("/api/v1/auditors/" + auditor + "/conflicts").then().body("total", equalTo(0));
    }

    @Test
    void conflictInputIsValidated() {
        long auditor = Fixtures.auditor();
        long client = Fixtures.client("DE", Set.of(), Set.of("de"));
        Map<String, Object> body = new HashMap<>(Map.of("clientId", client, "from", "2026-01-01"));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/auditors/" + auditor + "/conflicts")
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        body.put("reason", "GRUDGE");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/auditors/" + auditor + "/conflicts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("reason"));
        body.put("reason", "OTHER");
        body.put("to", "2025-12-31");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/auditors/" + auditor + "/conflicts")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().when().get("/api/v1/auditors/" + auditor + "/conflicts").then().body("total", equalTo(0));
    }

    @Test
    void conflictIsWithdrawn() {
        long auditor = Fixtures.auditor();
        long client = Fixtures.client("DE", Set.of(), Set.of("de"));
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("clientId", client, "reason", "FINANCIAL", "from", "2026-01-01"))
                .post("/api/v1/auditors/" + auditor + "/conflicts").then().statusCode(201).extract()
                .header("Location");
        given().when().delete(location).then().statusCode(204);
        given().when().get(location).then().statusCode(404);
    }
}
