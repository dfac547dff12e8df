package org.certplan.client;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.client.ClientBodies.blackout;
import static org.certplan.client.ClientBodies.blackouts;
import static org.certplan.client.ClientBodies.client;
import static org.certplan.client.ClientBodies.count;
import static org.certplan.client.ClientBodies.list;
import static org.certplan.client.ClientBodies.site;
import static org.certplan.client.ClientBodies.sites;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every input rule of a client: a broken one answers 400 naming the field, and nothing is stored. */
@QuarkusTest
@TestSecurity(user = "planner", roles = "planner")
class ClientValidationTest {

    static Stream<Arguments> brokenClients() {
        return Stream.of(
                broken("name is blank", c -> c.put("name", " "), "name"),
                broken("name is longer than 200", c -> c.put("name", "n".repeat(201)), "name"),
                broken("persons are missing", c -> c.remove("persons"), "persons"),
                broken("persons are 0", c -> c.put("persons", 0), "persons"),
                broken("persons are above 1,000,000", c -> c.put("persons", 1_000_001), "persons"),
                broken("identical-work persons are 0", c -> c.put("identicalWorkPersons", 0), "identicalWorkPersons"),
                broken("AT-2 identical-work persons exceed persons", c -> c.put("identicalWorkPersons", 121),
                        "identicalWorkPersons"),
                broken("sites are missing", c -> c.remove("sites"), "sites"),
                broken("no site", c -> c.put("sites", list()), "sites"),
                broken("more than 500 sites", c -> c.put("sites", manySites(501)), "sites"),
                broken("MS-1 no central function", c -> sites(c).get(0).put("central", false), "sites"),
                broken("MS-1 two central functions", c -> sites(c).get(1).put("central", true), "sites"),
                broken("site persons are negative", c -> sites(c).get(1).put("persons", -1), "sites[1].persons"),
                broken("site persons exceed the client's", c -> sites(c).get(1).put("persons", 41), "sites"),
                broken("site name is blank", c -> sites(c).get(0).put("name", ""), "sites[0].name"),
                broken("site name is longer than 200", c -> sites(c).get(0).put("name", "s".repeat(201)),
                        "sites[0].name"),
                broken("city is longer than 120", c -> sites(c).get(1).put("city", "c".repeat(121)), "sites[1].city"),
                broken("country code is missing", c -> sites(c).get(0).remove("countryCode"), "sites[0].countryCode"),
                broken("country code is lower case", c -> sites(c).get(0).put("countryCode", "de"),
                        "sites[0].countryCode"),
                broken("country code is not a country", c -> sites(c).get(0).put("countryCode", "XX"),
                        "sites[0].countryCode"),
                broken("country code is alpha-3", c -> sites(c).get(0).put("countryCode", "DEU"),
                        "sites[0].countryCode"),
                broken("latitude is above 90", c -> sites(c).get(0).put("latitude", 90.000001), "sites[0].latitude"),
                broken("latitude is missing", c -> sites(c).get(0).remove("latitude"), "sites[0].latitude"),
                broken("longitude is below -180", c -> sites(c).get(1).put("longitude", -180.5),
                        "sites[1].longitude"),
                broken("a new client's site has an id", c -> sites(c).get(0).put("id", 1), "sites[0].id"),
                broken("more than 50 technical areas", c -> c.put("technicalAreas", codes(51)), "technicalAreas"),
                broken("technical area in lower case", c -> c.put("technicalAreas", list("it-services")),
                        "technicalAreas[0]"),
                broken("technical area longer than 20", c -> c.put("technicalAreas", list("33", "A".repeat(21))),
                        "technicalAreas[1]"),
                broken("languages are missing", c -> c.remove("languages"), "languages"),
                broken("no language", c -> c.put("languages", list()), "languages"),
                broken("more than 20 languages", c -> c.put("languages", languages(21)), "languages"),
                broken("language is not ISO 639", c -> c.put("languages", list("en", "xx")),
                        "languages[1]"),
                broken("language in upper case", c -> c.put("languages", list("DE")), "languages[0]"),
                broken("three-letter code of a two-letter language", c -> c.put("languages", list("deu")),
                        "languages[0]"),
                broken("more than 100 blackouts", c -> c.put("blackouts", manyBlackouts(101)), "blackouts"),
                broken("blackout without start", c -> blackouts(c).get(1).remove("from"), "blackouts[1].from"),
                broken("CYC-10 blackout ends before it starts",
                        c -> blackouts(c).get(0).put("to", "2027-12-19"), "blackouts[0].to"),
                broken("CYC-10 blackouts overlap", c -> blackouts(c).add(blackout("2028-01-06", "2028-01-10", null)),
                        "blackouts"),
                broken("blackout reason longer than 200", c -> blackouts(c).get(0).put("reason", "r".repeat(201)),
                        "blackouts[0].reason"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenClients")
    void brokenClientIsRefusedOnCreateAndNothingIsStored(String rule, Consumer<Map<String, Object>> spoil,
            String field) {
        Map<String, Object> body = client("Broken " + rule);
        spoil.accept(body);
        long before = count();

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/clients")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem(naming(field)));

        assertThat(count()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenClients")
    void brokenClientIsRefusedOnUpdateAndNothingIsChanged(String rule, Consumer<Map<String, Object>> spoil,
            String field) {
        Map<String, Object> body = client("Valid before " + rule);
        long id = ClientBodies.create(body);
        String stored = given().get("/api/v1/clients/" + id).asString();
        body.put("version", 0);
        spoil.accept(body);

        given().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/clients/" + id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(naming(field)));

        assertThat(given().get("/api/v1/clients/" + id).asString()).isEqualTo(stored);
    }

    @Test
    void overlappingBlackoutsAreNamedInTheProblem() {
        Map<String, Object> body = client("Overlap AB");
        blackouts(body).add(blackout("2027-08-15", "2027-08-31", "Trade fair"));

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/clients")
                .then().statusCode(400)
                .body("violations.message", contains(
                        "blackouts[1] (2027-08-01 to 2027-08-21) and blackouts[2] (2027-08-15 to 2027-08-31) overlap;"
                                + " merge them into one period (CYC-10)"));
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        Map<String, Object> body = client("Many Faults");
        body.put("persons", 0);
        sites(body).get(0).put("countryCode", "XX");
        body.put("languages", list());

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/clients")
                .then().statusCode(400)
                .body("type", endsWith("/invalid-input"))
                .body("violations.field", hasItem("persons"))
                .body("violations.field", hasItem("sites[0].countryCode"))
                .body("violations.field", hasItem("languages"));
    }

    @Test
    void limitsThemselvesAreAccepted() {
        Map<String, Object> body = client("n".repeat(200));
        body.put("identicalWorkPersons", 120);
        sites(body).get(1).put("persons", 40);
        sites(body).get(0).put("latitude", -90);
        sites(body).get(1).put("longitude", 180);
        body.put("technicalAreas", codes(50));
        body.put("languages", list("fil", "gsw", "en"));
        body.put("blackouts", list(
                blackout("2027-08-01", "2027-08-21", null),
                blackout("2027-08-22", "2027-08-22", "The day after")));

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/clients")
                .then().statusCode(201)
                .body("identicalWorkPersons", equalTo(120))
                .body("technicalAreas.size()", equalTo(50))
                .body("languages", contains("en", "fil", "gsw"))
                .body("blackouts.from", contains("2027-08-01", "2027-08-22"));
    }

    @Test
    void fiveHundredSitesAreAccepted() {
        Map<String, Object> body = client("Franchise Network");
        body.put("persons", 1000);
        body.put("sites", manySites(500));

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/clients")
                .then().statusCode(201)
                .body("sites.size()", equalTo(500));
    }

    @Test
    void impossibleDateIsRefusedAndNothingIsStored() {
        Map<String, Object> body = client("Leap Day Ltd");
        blackouts(body).get(0).put("from", "2027-02-30");
        long before = count();

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/clients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("blackouts[0].from"));

        assertThat(count()).isEqualTo(before);
    }

    private static Matcher<String> naming(String field) {
        return equalTo(field);
    }

    private static Arguments broken(String rule, Consumer<Map<String, Object>> spoil, String field) {
        return Arguments.of(rule, spoil, field);
    }

    private static List<Map<String, Object>> manySites(int n) {
        List<Map<String, Object>> sites = new ArrayList<>();
        IntStream.range(0, n).forEach(i -> sites.add(site("Shop " + i, "FR", "Lyon", 45.764, 4.8357, 1, i == 0)));
        return sites;
    }

    private static List<String> codes(int n) {
        return new ArrayList<>(IntStream.range(0, n).mapToObj(i -> "AREA-" + i).toList());
    }

    private static List<String> languages(int n) {
        return new ArrayList<>(Stream.of("ar", "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
                "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv").limit(n).toList());
    }

    private static List<Map<String, Object>> manyBlackouts(int n) {
        List<Map<String, Object>> blackouts = new ArrayList<>();
        IntStream.range(0, n).forEach(i -> blackouts.add(blackout(
                LocalDate.of(2030, 1, 1).plusDays(2L * i).toString(),
                LocalDate.of(2030, 1, 1).plusDays(2L * i).toString(), null)));
        return blackouts;
    }
}
