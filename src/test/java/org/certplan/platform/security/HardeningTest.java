package org.certplan.platform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.certplan.support.Api;
import org.certplan.support.Tokens;
import org.junit.jupiter.api.Test;

/** Bounded inputs, security headers, and errors that never show a stack trace. */
@QuarkusTest
class HardeningTest {

    @Test
    void apiResponsesCarrySecurityHeadersAndAreNotCached() {
        for (Response response : List.of(
                Tokens.as(Tokens.planner()).get("/api/v1/policy"),
                given().get("/api/v1/clients"),
                Tokens.as(Tokens.planner()).get("/api/v1/clients/0"))) {
            response.then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Cache-Control", "no-store")
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        given().get("/q/health/live").then().header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aBodyAboveTheLimitIsRefusedWith413BeforeItIsRead() {
        String name = "x".repeat(1_100_000);
        Tokens.as(Tokens.planner()).contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/v1/clients")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://certplan.org/problems/payload-too-large"));
    }

    @Test
    void theDatasetImportMayBeLargerThanTheApiLimit() {
        String padding = "x".repeat(1_100_000);
        Tokens.as(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("format", "certplan-dataset/1", "padding", padding))
                .post("/api/v1/admin/datasets/import")
                .then().statusCode(400);
    }

    @Test
    void stringsListsAndPagesAreBounded() {
        Tokens.as(Tokens.planner()).get("/api/v1/clients?size=501").then().statusCode(400);
        Tokens.as(Tokens.planner()).get("/api/v1/clients?q=" + "a".repeat(201)).then().statusCode(400);
        Tokens.as(Tokens.planner()).get("/api/v1/auditors?q=" + "a".repeat(201)).then().statusCode(400);
        Map<String, Object> client = new java.util.HashMap<>(Api.singleSiteClient("n".repeat(201), 10));
        Tokens.as(Tokens.planner()).contentType(ContentType.JSON).body(client).post("/api/v1/clients")
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem("name"));
        client.put("name", "Bounded lists");
        client.put("languages", java.util.Collections.nCopies(21, "de"));
        Tokens.as(Tokens.planner()).contentType(ContentType.JSON).body(client).post("/api/v1/clients")
                .then().statusCode(400);
        Tokens.as(Tokens.client(1)).get("/api/v1/portal/audits?size=501").then().statusCode(400);
    }

    @Test
    void errorsNeverShowAStackTrace() {
        for (Response response : List.of(
                Tokens.as(Tokens.planner()).contentType(ContentType.JSON).body("{\"name\": [").post("/api/v1/clients"),
                Tokens.as(Tokens.planner()).contentType(ContentType.JSON).body("{\"persons\": \"many\"}")
                        .post("/api/v1/clients"),
                Tokens.as(Tokens.planner()).get("/api/v1/audits?from=yesterday"),
                Tokens.as(Tokens.planner()).get("/api/v1/clients/not-a-number"),
                given().auth().oauth2("garbage").get("/api/v1/clients"))) {
            assertThat(response.statusCode()).isBetween(400, 499);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.asString()).doesNotContain("\tat ", "at org.", "at io.", "Exception");
        }
    }
}
