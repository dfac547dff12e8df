package org.certplan.auditor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "planner", roles = "planner")
class AvailabilityResourceTest {

    @Test
    void cap2UnavailabilityIsDeclaredListedAndWithdrawn() {
        long auditor = Fixtures.auditor();
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("from", "2027-07-05", "to", "2027-07-16", "reason", "leave"))
                .when().post("/api/v1/auditors/" + auditor + "/unavailability")
                .then().statusCode(201).body("from", equalTo("2027-07-05")).body("reason", equalTo("leave"))
                .extract().header("Location");
        given().contentType(ContentType.JSON).body(Map.of("from", "2027-03-01", "to", "2027-03-01"))
                .post("/api/v1/auditors/" + auditor + "/unavailability").then().statusCode(201);

        given().when().get("/api/v1/auditors/" + auditor + "/unavailability")
                .then().statusCode(200).body("total", equalTo(2)).body("items.from", contains("2027-03-01",
                        "2027-07-05"));
        given().when().get(location).then().statusCode(200).body("to", equalTo("2027-07-16"));

        given().when().delete(location).then().statusCode(204);
        given().when().get(location).then().statusCode(404);
        given().when().get("/api/v1/auditors/" + auditor + "/unavailability").then().body("total", equalTo(1));
    }

    @Test
    void cap2OverlappingUnavailabilityIsRejectedNamingTheOtherPeriodAndNotStored() {
        long auditor = Fixtures.auditor();
        given().contentType(ContentType.JSON).body(Map.of("from", "2027-07-05", "to", "2027-07-16"))
                .post("/api/v1/auditors/" + auditor + "/unavailability").then().statusCode(201);

        given().contentType(ContentType.JSON).body(Map.of("from", "2027-07-16", "to", "2027-07-20"))
                .when().post("/api/v1/auditors/" + auditor + "/unavailability")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("from"))
                .body("detail", containsString("2027-07-05 to 2027-07-16"));
        given().when().get("/api/v1/auditors/" + auditor + "/unavailability").then().body("total", equalTo(1));
    }

    @Test
    void unavailabilityEndingBeforeItStartsIsRejected() {
        long auditor = Fixtures.auditor();
        given().contentType(ContentType.JSON).body(Map.of("from", "2027-07-05", "to", "2027-07-04"))
                .when().post("/api/v1/auditors/" + auditor + "/unavailability")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().contentType(ContentType.JSON).body(Map.of("to", "2027-07-04"))
                .when().post("/api/v1/auditors/" + auditor + "/unavailability")
                .then().statusCode(400).body("violations.field", hasItem("from"));
        given().when().get("/api/v1/auditors/" + auditor + "/unavailability").then().body("total", equalTo(0));
    }

    @Test
    void unavailabilityOfAnotherAuditorIsNotFound() {
        long owner = Fixtures.auditor();
        long other = Fixtures.auditor();
        long id = given().contentType(ContentType.JSON).body(Map.of("from", "2027-07-05", "to", "2027-07-06"))
                .post("/api/v1/auditors/" + owner + "/unavailability").then().extract().jsonPath().getLong("id");

        given().when().delete("/api/v1/auditors/" + other + "/unavailability/" + id).then().statusCode(404);
        given().when().get("/api/v1/auditors/" + owner + "/unavailability/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("from", "2027-07-05", "to", "2027-07-06"))
                .post("/api/v1/auditors/987654321/unavailability").then().statusCode(404);
    }

    @Test
    void cap2HolidaysOfACountry() {
        given().queryParam("year", 2027).when().get("/api/v1/holidays/DE")
                .then().statusCode(200)
                .body("countryCode", equalTo("DE"))
                .body("holidays.date", hasItem("2027-12-25"))
                .body("holidays.date", hasItem("2027-10-03"))
                .body("holidays.find { it.date == '2027-10-03' }.name", equalTo("German Unity Day"));
        given().queryParam("year", 2027).when().get("/api/v1/holidays/de")
                .then().statusCode(200).body("holidays.date", org.hamcrest.Matchers.not(hasItem("2027-12-27")));
    }

    @Test
    void holidaysOfAnUnknownCountryAreNotFoundAndABadYearIsRejected() {
        given().queryParam("year", 2027).when().get("/api/v1/holidays/XX").then().statusCode(404);
        given().queryParam("year", "soon").when().get("/api/v1/holidays/DE")
                .then().statusCode(400).body("violations[0].field", equalTo("year"));
    }
}
