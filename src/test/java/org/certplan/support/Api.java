package org.certplan.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;

/** Small REST helpers shared by the API tests: each creates its data through the public API. */
public final class Api {

    private Api() {
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    public static ValidatableResponse get(String path) {
        return given().when().get(path).then();
    }

    public static Map<String, Object> singleSiteClient(String name, int persons) {
        return Map.of(
                "name", name,
                "persons", persons,
                "sites", List.of(Map.of("name", "Head office", "countryCode", "DE", "city", "Berlin",
                        "latitude", 52.52, "longitude", 13.405, "persons", persons, "central", true)),
                "technicalAreas", List.of("33"),
                "languages", List.of("de", "en"));
    }

    public static long createClient(Map<String, Object> body) {
        return post("/api/v1/clients", body).statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long apply(long clientId, String applicationDate) {
        return post("/api/v1/certifications", Map.of("clientId", clientId, "standard", "ISO/IEC 27001:2022",
                "scope", "Information security of the hosting service", "applicationDate", applicationDate))
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long auditOf(long certificationId, String type) {
        return get("/api/v1/audits?certificationId=" + certificationId + "&type=" + type)
                .statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    public static ValidatableResponse complete(long auditId, String start, String end, List<Map<String, String>> findings) {
        return post("/api/v1/audits/" + auditId + "/completion",
                Map.of("startDate", start, "endDate", end, "findings", findings));
    }

    public static Map<String, String> major(String clause) {
        return Map.of("grade", "MAJOR", "clause", clause, "description", "Control " + clause + " is missing");
    }
}
