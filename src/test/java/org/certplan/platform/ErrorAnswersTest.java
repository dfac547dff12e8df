package org.certplan.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.certplan.support.Tokens;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Errors a caller can act on: in the terms of the API, with the kind of error in the type, never Java's names. */
@QuarkusTest
@TestSecurity(user = "planner", roles = "planner")
class ErrorAnswersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"name\": \"X\", \"persons\": 20, \"sites\": {}} | sites | expected an array",
            "{\"name\": \"X\", \"persons\": \"many\"} | persons | value many is not a whole number",
            "{\"name\": \"X\", \"persons\": 20, \"siteSampling\": \"yes\"} | siteSampling | true or false",
            "{\"name\": \"X\", \"persons\": 20, \"blackouts\": [{\"from\": \"2066-02-30\"}]} | blackouts[0].from "
                    + "| is not a date such as 2027-03-15, in the years 1900 to 2200"})
    void aBodyOfTheWrongShapeIsExplainedInJsonTerms(String body, String field, String explanation) {
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/clients").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://certplan.org/problems/malformed-request"))
                .body("violations[0].field", equalTo(field))
                .body("detail", allOf(containsString(explanation), not(containsString("java.")),
                        not(containsString("org.certplan")), not(containsString("`"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/api/v1/clients?page=abc | page | 'abc' is not a whole number",
            "/api/v1/clients?size=1.5 | size | '1.5' is not a whole number",
            "/api/v1/audits?from=notadate | from | 'notadate' is not a date such as 2027-03-15",
            "/api/v1/audits?to=10000-01-01 | to | in the years 1900 to 2200",
            "/api/v1/audits?status=DONE | status | 'DONE' is not one of ",
            "/api/v1/audits?clientId=x | clientId | 'x' is not a whole number",
            "/api/v1/notifications?status=LOST | status | 'LOST' is not one of PENDING",
            "/api/v1/notifications?recipientId=seven | recipientId | 'seven' is not a whole number",
            "/api/v1/notifications?recipientType=MOON | recipientType | 'MOON' is not one of ",
            "/api/v1/replanning/nights?needsPlanner=maybe | needsPlanner | 'maybe' is not true or false",
            "/api/v1/audits/1/candidates?limit=many | limit | 'many' is not a whole number",
            "/api/v1/dashboard/utilization?from=2077-13-01 | from | is not a date"})
    void aMalformedQueryParameterIs400NamingItAndWhatItExpects(String path, String parameter, String expected) {
        given().when().get(path).then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://certplan.org/problems/invalid-input"))
                .body("violations[0].field", equalTo(parameter))
                .body("detail", allOf(startsWith(parameter + ": "), containsString(expected)));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void enumQueryParametersAreReadAsTheirTypeReadsThemAndAnUnknownValueIs400() {
        given().when().get("/api/v1/admin/datasets/generated?size=S&profile=understaffed&referenceDate=2025-01-06")
                .then().statusCode(200);
        given().when().get("/api/v1/admin/datasets/generated?size=XL").then().statusCode(400)
                .body("violations[0].field", equalTo("size")).body("detail", containsString("one of S, M, L"));
        given().when().get("/api/v1/admin/datasets/generated?size=S&profile=lavish").then().statusCode(400)
                .body("violations[0].field", equalTo("profile"));
    }

    @Test
    void aBodyWithoutContentTypeIsToldWhatToSend() {
        given().contentType(ContentType.TEXT).body("{}").when().post("/api/v1/clients").then()
                .statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("https://certplan.org/problems/unsupported-media-type"))
                .body("detail", containsString("Content-Type: application/json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/audits/publish", "/api/v1/audits/1/confirm", "/api/v1/planning-runs/1/apply",
            "/api/v1/clients"})
    void aFormInsteadOfJsonIsToldToSendJsonOrAnEmptyObject(String path) {
        given().contentType(ContentType.URLENC).formParam("from", "2077-01-01").when().post(path).then()
                .statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("https://certplan.org/problems/unsupported-media-type"))
                .body("detail", equalTo("send Content-Type: application/json with a JSON body, {} when there is "
                        + "nothing to say"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/audits/publish", "/api/v1/clients", "/api/v1/certifications"})
    void aMissingBodyIsToldWhatToSendWithOrWithoutContentType(String path) {
        String needed = "this request needs a JSON body: send Content-Type: application/json";
        given().contentType(ContentType.JSON).when().post(path).then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://certplan.org/problems/malformed-request"))
                .body("detail", startsWith(needed));
        given().when().post(path).then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", startsWith(needed));
    }

    @Test
    void aWriteWithNeitherBodyNorContentTypeIsReadAsAnEmptyJsonBody() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> apply = http.send(bodiless("/api/v1/planning-runs/999999/apply"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(apply.statusCode()).as(apply.body()).isEqualTo(404);
        assertThat(apply.body()).contains("planning run 999999 does not exist");
        HttpResponse<String> confirm = http.send(bodiless("/api/v1/audits/999999/confirm"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(confirm.statusCode()).as(confirm.body()).isEqualTo(404);
        HttpResponse<String> publish = http.send(bodiless("/api/v1/audits/publish"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(publish.statusCode()).isEqualTo(400);
        assertThat(publish.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(publish.body()).contains("this request needs a JSON body: send Content-Type: application/json");
    }

    private static HttpRequest bodiless(String path) {
        return HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .header("Authorization", "Bearer " + Tokens.planner())
                .POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    @Test
    void anAnswerTheCallerDoesNotAcceptIs406OfItsOwnType() {
        given().accept("text/csv").when().get("/api/v1/clients").then()
                .statusCode(406).contentType("application/problem+json")
                .body("type", equalTo("https://certplan.org/problems/not-acceptable"));
    }

    @Test
    void aMethodThePathDoesNotAnswerIs405OfItsOwnType() {
        given().contentType(ContentType.JSON).body("{}").when().patch("/api/v1/clients").then()
                .statusCode(405).contentType("application/problem+json")
                .body("type", equalTo("https://certplan.org/problems/method-not-allowed"));
    }
}
