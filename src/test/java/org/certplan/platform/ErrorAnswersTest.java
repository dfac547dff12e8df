package org.certplan.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @Test
    void aBodyWithoutContentTypeIsToldWhatToSend() {
        given().contentType(ContentType.TEXT).body("{}").when().post("/api/v1/clients").then()
                .statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("https://certplan.org/problems/unsupported-media-type"))
                .body("detail", containsString("Content-Type: application/json"));
    }

    @Test
    void aMethodThePathDoesNotAnswerIs405OfItsOwnType() {
        given().contentType(ContentType.JSON).body("{}").when().patch("/api/v1/clients").then()
                .statusCode(405).contentType("application/problem+json")
                .body("type", equalTo("https://certplan.org/problems/method-not-allowed"));
    }
}
