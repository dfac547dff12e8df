package org.certplan.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.certplan.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * With {@code certplan.public-base-url} and {@code certplan.calendar.token-lifetime} set, the token answer uses them.
 */
@QuarkusTest
@TestProfile(CalendarPublicUrlTest.PublicUrl.class)
class CalendarPublicUrlTest {

    public static class PublicUrl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("certplan.public-base-url", "https://certplan.example-cb.com/",
                    "certplan.calendar.token-lifetime", "P30D");
        }
    }

    @Test
    void theFeedUrlIsBuiltFromThePublicBaseUrlWhateverHostTheRequestNamed() {
        long client = PortalFixtures.client("Public Link");
        JsonPath issued = Tokens.as(Tokens.planner()).header("Host", "internal-pod-7:8080")
                .post("/api/v1/clients/" + client + "/calendar-token").then().statusCode(200).extract().jsonPath();
        String path = "/api/v1/calendars/clients/" + client + ".ics?token=" + issued.getString("token");
        assertThat(issued.getString("feedUrl")).isEqualTo("https://certplan.example-cb.com" + path);
        assertThat(Instant.parse(issued.getString("expiresAt")))
                .isEqualTo(Instant.parse(issued.getString("issuedAt")).plus(Duration.ofDays(30)));
        given().get(path).then().statusCode(200).contentType("text/calendar");
    }
}
