package org.certplan.client;

import static io.restassured.RestAssured.given;
import static org.certplan.client.ClientBodies.blackout;
import static org.certplan.client.ClientBodies.client;
import static org.certplan.client.ClientBodies.create;
import static org.certplan.client.ClientBodies.json;
import static org.certplan.client.ClientBodies.list;
import static org.certplan.client.ClientBodies.site;
import static org.certplan.client.ClientBodies.sites;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.certplan.programme.AuditTime;
import org.certplan.programme.CertificationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
@TestSecurity(user = "planner", roles = "planner")
class ClientResourceTest {

    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Test
    void createAnswersWithLocationAndTheStoredClient() {
        String location = given().contentType(ContentType.JSON).body(client("Acme Data GmbH"))
                .when().post("/api/v1/clients")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/clients/"))
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("sites.id", contains(notNullValue(), notNullValue()))
                .extract().header("Location");

        ValidatableResponse stored = given().config(DECIMALS).when().get(location).then().statusCode(200);
        stored.body("name", equalTo("Acme Data GmbH"))
                .body("persons", equalTo(120))
                .body("identicalWorkPersons", equalTo(40))
                .body("siteSampling", equalTo(true))
                .body("sites.name", contains("Headquarters", "Sales office"))
                .body("sites.countryCode", contains("DE", "AT"))
                .body("sites.city", contains("Munich", "Vienna"))
                .body("sites.latitude", contains(new BigDecimal("48.137154"), new BigDecimal("48.208176")))
                .body("sites.longitude", contains(new BigDecimal("11.576124"), new BigDecimal("16.373819")))
                .body("sites.persons", contains(80, 30))
                .body("sites.central", contains(true, false))
                .body("technicalAreas", contains("33", "IT-SERVICES"))
                .body("languages", contains("de", "en"))
                .body("blackouts.from", contains("2027-08-01", "2027-12-20"))
                .body("blackouts.to", contains("2027-08-21", "2028-01-06"))
                .body("blackouts.reason", contains("Summer holidays", "Year-end closure"))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue());
        long id = stored.extract().jsonPath().getLong("id");
        org.assertj.core.api.Assertions.assertThat(location).endsWith("/api/v1/clients/" + id);
    }

    @Test
    void optionalFieldsMayBeLeftOutAndCoordinatesAreKeptToSixDecimals() {
        Map<String, Object> minimal = json(
                "name", "  Solo Consulting  ",
                "persons", 3,
                "sites", list(site("Office", "PT", "Lisbon", 38.72225249, -9.13933349, 3, true)),
                "languages", list("pt"));

        given().config(DECIMALS).contentType(ContentType.JSON).body(minimal)
                .when().post("/api/v1/clients")
                .then().statusCode(201)
                .body("name", equalTo("Solo Consulting"))
                .body("identicalWorkPersons", nullValue())
                .body("siteSampling", equalTo(false))
                .body("technicalAreas", empty())
                .body("blackouts", empty())
                .body("sites[0].latitude", equalTo(new BigDecimal("38.722252")))
                .body("sites[0].longitude", equalTo(new BigDecimal("-9.139333")));
    }

    @Test
    void listFindsNamesContainingQIgnoringCaseOrderedByNameAndPaged() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        create(client("Zeta Logistics " + marker));
        create(client("alpha Bank " + marker));
        create(client("Beta Insurance " + marker));

        given().queryParam("q", marker.toUpperCase()).queryParam("page", 0).queryParam("size", 2)
                .when().get("/api/v1/clients")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("items.name", contains("alpha Bank " + marker, "Beta Insurance " + marker));
        given().queryParam("q", marker).queryParam("page", 1).queryParam("size", 2)
                .when().get("/api/v1/clients")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.name", contains("Zeta Logistics " + marker));
    }

    @Test
    void listTakesWildcardCharactersInQLiterally() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        create(client("Wild " + marker + " 100% Ltd"));
        create(client("Wild " + marker + " 1000 Ltd"));

        given().queryParam("q", marker + " 100%").when().get("/api/v1/clients")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.name", contains("Wild " + marker + " 100% Ltd"));
        given().queryParam("q", marker + " 1_0").when().get("/api/v1/clients")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void listRefusesAnOversizedPage() {
        given().queryParam("size", 501).when().get("/api/v1/clients")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("size"));
    }

    @Test
    void updateReplacesTheClientChangingSentSitesInPlaceAddingNewOnesAndRemovingTheRest() {
        Map<String, Object> body = client("Replace Me AG");
        long id = create(body);
        List<Integer> siteIds = given().get("/api/v1/clients/" + id).jsonPath().getList("sites.id");

        Map<String, Object> headquarters = site("Headquarters", "DE", "Garching", 48.248, 11.651, 70, true);
        headquarters.put("id", siteIds.get(0));
        Map<String, Object> update = json(
                "name", "Replaced AG",
                "persons", 100,
                "siteSampling", false,
                "sites", list(headquarters, site("Plant", "CZ", "Brno", 49.195, 16.606, 30, false)),
                "technicalAreas", list("19"),
                "languages", list("cs"),
                "blackouts", list(blackout("2027-07-01", "2027-07-31", null)),
                "version", 0);

        given().contentType(ContentType.JSON).body(update)
                .when().put("/api/v1/clients/" + id)
                .then().statusCode(200)
                .body("version", equalTo(1));

        given().when().get("/api/v1/clients/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Replaced AG"))
                .body("persons", equalTo(100))
                .body("identicalWorkPersons", nullValue())
                .body("siteSampling", equalTo(false))
                .body("sites.id[0]", equalTo(siteIds.get(0)))
                .body("sites.id[1]", greaterThan(siteIds.get(1)))
                .body("sites.name", contains("Headquarters", "Plant"))
                .body("sites.city", contains("Garching", "Brno"))
                .body("sites.persons", contains(70, 30))
                .body("technicalAreas", contains("19"))
                .body("languages", contains("cs"))
                .body("blackouts.from", contains("2027-07-01"))
                .body("version", equalTo(1));
    }

    @Test
    void updateOfASiteAloneMovesTheClientVersionOn() {
        Map<String, Object> body = client("Site Mover SA");
        long id = create(body);
        List<Integer> siteIds = given().get("/api/v1/clients/" + id).jsonPath().getList("sites.id");
        sites(body).get(0).put("id", siteIds.get(0));
        sites(body).get(1).put("id", siteIds.get(1));
        sites(body).get(1).put("city", "Graz");
        body.put("version", 0);

        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/clients/" + id)
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("sites.city", contains("Munich", "Graz"))
                .body("sites.id", contains(siteIds.get(0), siteIds.get(1)));
        sites(body).get(1).put("city", "Linz");
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/clients/" + id)
                .then().statusCode(409)
                .body("type", endsWith("/stale-version"));
    }

    @Test
    void updateWithAStaleVersionIsRefusedAndChangesNothing() {
        Map<String, Object> body = client("Stale Ltd");
        long id = create(body);
        body.put("version", 0);
        body.put("persons", 150);
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/clients/" + id)
                .then().statusCode(200).body("version", equalTo(1));
        String stored = given().get("/api/v1/clients/" + id).asString();

        body.put("name", "Stale Ltd renamed");
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/clients/" + id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/stale-version"))
                .body("currentVersion", equalTo(1));

        org.assertj.core.api.Assertions.assertThat(given().get("/api/v1/clients/" + id).asString())
                .isEqualTo(stored);
    }

    @Test
    void updateWithoutVersionIsRefused() {
        Map<String, Object> body = client("No Version GmbH");
        long id = create(body);

        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/clients/" + id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("version"));
    }

    @Test
    void updateWithASiteOfAnotherClientIsRefusedAndChangesNothing() {
        long other = create(client("Other Owner BV"));
        int foreignSite = given().get("/api/v1/clients/" + other).jsonPath().getInt("sites[0].id");
        Map<String, Object> body = client("Site Thief BV");
        long id = create(body);
        String stored = given().get("/api/v1/clients/" + id).asString();

        sites(body).get(0).put("id", foreignSite);
        body.put("version", 0);
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/clients/" + id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("sites[0].id"));

        org.assertj.core.api.Assertions.assertThat(given().get("/api/v1/clients/" + id).asString())
                .isEqualTo(stored);
        given().get("/api/v1/clients/" + other).then().body("sites[0].name", equalTo("Headquarters"));
    }

    @Test
    void updateListingOneSiteTwiceIsRefused() {
        Map<String, Object> body = client("Twice Listed Oy");
        long id = create(body);
        int siteId = given().get("/api/v1/clients/" + id).jsonPath().getInt("sites[0].id");
        sites(body).get(0).put("id", siteId);
        sites(body).get(1).put("id", siteId);
        body.put("version", 0);

        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/clients/" + id)
                .then().statusCode(400)
                .body("violations.field", contains("sites[1].id"));
    }

    @Test
    void updateOfAnUnknownClientIsNotFound() {
        Map<String, Object> body = client("Ghost Inc");
        body.put("version", 0);
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/clients/999999999")
                .then().statusCode(404)
                .body("type", endsWith("/not-found"));
    }

    @Test
    void unknownClientIsNotFound() {
        given().when().get("/api/v1/clients/999999999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"))
                .body("detail", equalTo("client 999999999 does not exist"));
    }

    @Test
    void deleteRemovesTheClient() {
        long id = create(client("Short Lived Ltd"));

        given().when().delete("/api/v1/clients/" + id).then().statusCode(204);

        given().when().get("/api/v1/clients/" + id).then().statusCode(404).body("type", endsWith("/not-found"));
        given().when().delete("/api/v1/clients/" + id).then().statusCode(404).body("type", endsWith("/not-found"));
    }

    @ParameterizedTest
    @EnumSource(value = CertificationStatus.class,
            names = {"APPLIED", "STAGE_1_DONE", "STAGE_2_DONE", "CERTIFIED", "SUSPENDED"})
    void deleteIsRefusedWhileACertificationIsActive(CertificationStatus status) {
        long id = create(client("Certified " + status + " Ltd"));
        insertCertification(id, status);

        given().when().delete("/api/v1/clients/" + id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/conflict"))
                .body("detail", containsString("active certification"));

        given().when().get("/api/v1/clients/" + id).then().statusCode(200);
    }

    @ParameterizedTest
    @EnumSource(value = CertificationStatus.class, names = {"WITHDRAWN", "EXPIRED"})
    void deleteIsAllowedOnceTheCertificationsAreNoLongerActive(CertificationStatus status) {
        long id = create(client("Former " + status + " Ltd"));
        insertCertification(id, status);

        given().when().delete("/api/v1/clients/" + id).then().statusCode(204);

        given().when().get("/api/v1/clients/" + id).then().statusCode(404);
    }

    private static void insertCertification(long clientId, CertificationStatus status) {
        BigDecimal days = new BigDecimal("5.0");
        QuarkusTransaction.requiringNew().run(() -> {
            Certification certification = new Certification();
            certification.client = Client.findById(clientId);
            certification.standard = "ISO/IEC 27001:2022";
            certification.scope = "Information security management of the hosting services";
            certification.applicationDate = LocalDate.of(2026, 1, 15);
            certification.status = status;
            certification.auditTime = AuditTimeRecord.of(new AuditTime(120, 120, days, 0, days, days, days, days,
                    days, new BigDecimal("0.70"), new BigDecimal("0.30"), new BigDecimal("0.5")));
            certification.persist();
        });
    }
}
