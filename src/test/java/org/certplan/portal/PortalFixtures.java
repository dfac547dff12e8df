package org.certplan.portal;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.certplan.support.Api;
import org.certplan.support.Tokens;

/** Clients, certifications and auditors created through the API with a planner's token. */
final class PortalFixtures {

    private PortalFixtures() {
    }

    static long client(String name) {
        return created("/api/v1/clients", Api.singleSiteClient(name + " " + UUID.randomUUID(), 60));
    }

    static long certification(long clientId) {
        return created("/api/v1/certifications", Map.of("clientId", clientId, "standard", "ISO/IEC 27001:2022",
                "scope", "Payment processing", "applicationDate", "2030-06-01"));
    }

    static long auditor(String name) {
        String email = "portal-" + UUID.randomUUID() + "@example.org";
        return created("/api/v1/auditors", Map.of("name", name, "email", email, "homeCountryCode", "DE",
                "homeCity", "Hamburg", "latitude", 53.55, "longitude", 9.99, "languages", List.of("de", "en"),
                "employment", "CONTRACTOR"));
    }

    static long audit(long certificationId, String type) {
        return Tokens.as(Tokens.planner()).get("/api/v1/audits?certificationId=" + certificationId + "&type=" + type)
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    static String email(long auditorId) {
        return Tokens.as(Tokens.planner()).get("/api/v1/auditors/" + auditorId).then().statusCode(200)
                .extract().jsonPath().getString("email");
    }

    private static long created(String path, Object body) {
        return Tokens.as(Tokens.planner()).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
