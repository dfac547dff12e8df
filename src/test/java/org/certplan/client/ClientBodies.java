package org.certplan.client;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for the client API, as mutable JSON trees a test can spoil one field of. */
final class ClientBodies {

    private ClientBodies() {
    }

    /** A valid client of 120 persons: a central function in Munich (80 persons) and a site in Vienna (30). */
    static Map<String, Object> client(String name) {
        return json(
                "name", name,
                "persons", 120,
                "identicalWorkPersons", 40,
                "siteSampling", true,
                "sites", list(
                        site("Headquarters", "DE", "Munich", 48.137154, 11.576124, 80, true),
                        site("Sales office", "AT", "Vienna", 48.208176, 16.373819, 30, false)),
                "technicalAreas", list("IT-SERVICES", "33", "33"),
                "languages", list("en", "de"),
                "blackouts", list(
                        blackout("2027-12-20", "2028-01-06", "Year-end closure"),
                        blackout("2027-08-01", "2027-08-21", "Summer holidays")));
    }

    static Map<String, Object> site(String name, String countryCode, String city, double latitude, double longitude,
            int persons, boolean central) {
        return json("name", name, "countryCode", countryCode, "city", city, "latitude", latitude,
                "longitude", longitude, "persons", persons, "central", central);
    }

    static Map<String, Object> blackout(String from, String to, String reason) {
        return json("from", from, "to", to, "reason", reason);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> sites(Map<String, Object> client) {
        return (List<Map<String, Object>>) client.get("sites");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> blackouts(Map<String, Object> client) {
        return (List<Map<String, Object>>) client.get("blackouts");
    }

    /** Creates the client and answers its id. */
    static long create(Map<String, Object> client) {
        return given().contentType(ContentType.JSON).body(client)
                .when().post("/api/v1/clients")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** How many clients are stored. */
    static long count() {
        return given().queryParam("size", 1).when().get("/api/v1/clients")
                .then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    static Map<String, Object> json(Object... namesAndValues) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return json;
    }

    @SafeVarargs
    static <T> List<T> list(T... items) {
        return new ArrayList<>(List.of(items));
    }
}
