package org.certplan.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.support.Api.apply;
import static org.certplan.support.Api.auditOf;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.singleSiteClient;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input the service used to store bent, or to fail on with a 500: each is a 400 problem+json naming the field, and
 * nothing is stored.
 */
@QuarkusTest
@TestSecurity(user = "planner", roles = "planner")
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "10000-01-01", "1899-12-31"})
    void datesOutsideTheYears1900To2200AreRefusedWherever(String date) {
        String name = "Far Date " + UUID.randomUUID();
        Map<String, Object> client = new HashMap<>(singleSiteClient(name, 20));
        client.put("blackouts", List.of(Map.of("from", "2066-08-01", "to", date, "reason", "holidays")));
        refused(send("POST", "/api/v1/clients", client), "blackouts[0].to");
        get("/api/v1/clients?q=" + name).statusCode(200).body("total", equalTo(0));

        long auditor = auditor();
        String base = "/api/v1/auditors/" + auditor;
        refused(send("PUT", base + "/qualifications", List.of(Map.of("standard", "ISO/IEC 27001:2022",
                "role", "LEAD_AUDITOR", "technicalAreas", List.of("33"), "validFrom", "2066-01-01", "validTo", date))),
                "[0].validTo");
        refused(send("POST", base + "/unavailability", Map.of("from", date, "to", "2066-01-02", "reason", "leave")),
                "from");
        long clientId = createClient(singleSiteClient("Far Date Conflict " + UUID.randomUUID(), 20));
        refused(send("POST", base + "/conflicts", Map.of("clientId", clientId, "reason", "FAMILY", "from", date)),
                "from");
        get(base + "/qualifications").statusCode(200).body("size()", equalTo(0));
        get(base + "/unavailability").statusCode(200).body("total", equalTo(0));
        get(base + "/conflicts").statusCode(200).body("total", equalTo(0));

        long stage1 = auditOf(apply(clientId, "2067-04-05"), "STAGE_1");
        long version = get("/api/v1/audits/" + stage1).statusCode(200).extract().jsonPath().getLong("version");
        refused(send("PATCH", "/api/v1/audits/" + stage1, Map.of("startDate", date, "team", List.of(),
                "reason", "far")), "startDate");
        get("/api/v1/audits/" + stage1).statusCode(200).body("version", equalTo((int) version))
                .body("startDate", equalTo(null));
    }

    @Test
    void aPageWhoseOffsetOverflowsIsRefusedAndTheLastPossiblePageIsEmpty() {
        refused(get("/api/v1/clients?page=2147483647"), "page");
        refused(get("/api/v1/audits?page=2147483647&size=500"), "page");
        get("/api/v1/audits?page=4294967&size=500").statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aFractionIsNoInteger() {
        long client = createClient(singleSiteClient("Fraction GmbH", 20));
        refused(sendJson("POST", "/api/v1/certifications", "{\"clientId\": " + client + ".5, \"standard\": "
                + "\"ISO/IEC 27001:2022\", \"scope\": \"x\", \"applicationDate\": \"2067-05-03\"}"), "clientId");
        Map<String, Object> body = new HashMap<>(singleSiteClient("Fraction Persons GmbH", 20));
        body.put("persons", 20.5);
        refused(send("POST", "/api/v1/clients", body), "persons");
        get("/api/v1/audits?clientId=" + client).statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aNumberIsNeitherABooleanNorAnEnum() {
        Map<String, Object> body = new HashMap<>(singleSiteClient("Number Boolean GmbH", 20));
        body.put("siteSampling", 12345);
        refused(send("POST", "/api/v1/clients", body), "siteSampling");

        long client = createClient(singleSiteClient("Number Enum GmbH", 20));
        long auditor = auditor();
        refused(send("POST", "/api/v1/auditors/" + auditor + "/conflicts", Map.of("clientId", client, "reason", 1,
                "from", "2066-01-01")), "reason");
        get("/api/v1/auditors/" + auditor + "/conflicts").statusCode(200).body("total", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Two\\nLines GmbH", "Nul\\u0000 GmbH", "Tab\\t GmbH", "Lone \\ud800 surrogate",
            "Separator\\u2028 GmbH"})
    void controlCharactersAndLoneSurrogatesAreNoOneLineText(String escaped) {
        refused(sendJson("POST", "/api/v1/clients", clientNamed(escaped)), "name");

        long stage1 = auditOf(apply(createClient(singleSiteClient("One Line " + UUID.randomUUID(), 20)),
                "2068-02-06"), "STAGE_1");
        refused(sendJson("PATCH", "/api/v1/audits/" + stage1, "{\"team\": [], \"reason\": \"" + escaped + "\"}"),
                "reason");
        get("/api/v1/audits/" + stage1 + "/history").statusCode(200)
                .body("findAll { it.action.startsWith('ASSIGNED') }.size()", equalTo(0));
    }

    @Test
    void aSurrogatePairIsOneCharacterAndWelcome() {
        sendJson("POST", "/api/v1/clients", clientNamed("Emoji \\ud83d\\ude00 GmbH")).statusCode(201)
                .body("name", equalTo("Emoji \uD83D\uDE00 GmbH"));
    }

    /** A client's JSON with {@code name} as written, JSON escapes included. */
    private static String clientNamed(String name) {
        return "{\"name\": \"" + name + "\", \"persons\": 20, \"sites\": [{\"name\": \"HQ\", "
                + "\"countryCode\": \"DE\", \"city\": \"Berlin\", \"latitude\": 52.5, \"longitude\": 13.4, "
                + "\"persons\": 20, \"central\": true}], \"technicalAreas\": [\"33\"], \"languages\": [\"de\"]}";
    }

    private static void refused(ValidatableResponse response, String field) {
        response.statusCode(400).contentType(PROBLEM).body("violations.field", hasItem(field));
    }

    private static ValidatableResponse send(String method, String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().request(method, path).then();
    }

    private static ValidatableResponse sendJson(String method, String path, String json) {
        return given().contentType(ContentType.JSON).body(json).when().request(method, path).then();
    }

    private static long auditor() {
        String email = "bad-input-" + UUID.randomUUID() + "@example.org";
        return send("POST", "/api/v1/auditors", Map.of("name", "Bea Bad", "email", email, "homeCountryCode", "DE",
                "homeCity", "Berlin", "latitude", 52.52, "longitude", 13.405, "languages", List.of("de"),
                "employment", "INTERNAL")).statusCode(201).extract().jsonPath().getLong("id");
    }
}
