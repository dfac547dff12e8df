package org.certplan.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.certplan.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A feed link expires, and a link that a rotation or its expiry retired says so (410) and where to get the new
 * one, instead of "does not exist"; without {@code certplan.public-base-url} the link is built from the request.
 */
@QuarkusTest
class CalendarLinkTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void theAnswerShowsWhenTheLinkExpiresAndWithoutAPublicBaseUrlItIsBuiltFromTheRequest() {
        long client = PortalFixtures.client("Link Lifetime");
        JsonPath issued = Tokens.as(Tokens.planner()).post("/api/v1/clients/" + client + "/calendar-token")
                .then().statusCode(200).extract().jsonPath();
        Instant issuedAt = Instant.parse(issued.getString("issuedAt"));
        assertThat(Instant.parse(issued.getString("expiresAt"))).isEqualTo(issuedAt.plus(Duration.ofDays(365)));
        assertThat(issued.getString("feedUrl")).isEqualTo("http://localhost:" + RestAssured.port
                + "/api/v1/calendars/clients/" + client + ".ics?token=" + issued.getString("token"));
    }

    @Test
    void aReplacedLinkSaysWhenItWasReplacedAndWhereTheNewOneIs() {
        long auditor = PortalFixtures.auditor("Rita Rotation");
        String first = issue(Tokens.auditor(auditor), "/api/v1/auditors/" + auditor + "/calendar-token", null);
        String second = issue(Tokens.planner(), "/api/v1/auditors/" + auditor + "/calendar-token", "*");
        String feed = "/api/v1/calendars/auditors/" + auditor + ".ics";
        Instant replacedAt = feedOf(auditor).replacedAt;

        given().queryParam("token", first).get(feed).then().statusCode(410).contentType(PROBLEM)
                .body("type", equalTo("https://certplan.org/problems/feed-link-replaced"))
                .body("detail", equalTo("this calendar link was replaced on " + replacedAt + "; ask for the new one: "
                        + "the auditor with POST /api/v1/auditors/" + auditor + "/calendar-token, or a planner"));
        given().queryParam("token", second).get(feed).then().statusCode(200);

        String third = issue(Tokens.planner(), "/api/v1/auditors/" + auditor + "/calendar-token", "*");
        given().queryParam("token", second).get(feed).then().statusCode(410);
        given().queryParam("token", first).get(feed).then().statusCode(404);
        given().queryParam("token", third).get(feed).then().statusCode(200);
    }

    @Test
    void anExpiredLinkSaysWhenItExpiredAndIsReplacedWithoutIfMatch() {
        long client = PortalFixtures.client("Link Expiry");
        String path = "/api/v1/clients/" + client + "/calendar-token";
        String token = issue(Tokens.planner(), path, null);
        String feed = "/api/v1/calendars/clients/" + client + ".ics";
        given().queryParam("token", token).get(feed).then().statusCode(200);

        Instant past = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.requiringNew().run(() -> CalendarFeed.update("expiresAt = ?1 where clientId = ?2", past,
                client));
        given().queryParam("token", token).get(feed).then().statusCode(410).contentType(PROBLEM)
                .body("type", equalTo("https://certplan.org/problems/feed-link-expired"))
                .body("detail", startsWith("this calendar link expired on " + past + "; ask for the new one: the "
                        + "client in its portal (POST /api/v1/portal/calendar-token)"));

        String renewed = issue(Tokens.client(client), "/api/v1/portal/calendar-token", null);
        given().queryParam("token", renewed).get(feed).then().statusCode(200);
        given().queryParam("token", token).get(feed).then().statusCode(410)
                .body("type", equalTo("https://certplan.org/problems/feed-link-replaced"));
    }

    private static String issue(String bearer, String path, String ifMatch) {
        var request = Tokens.as(bearer);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post(path).then().statusCode(200).extract().jsonPath().getString("token");
    }

    private static CalendarFeed feedOf(long auditor) {
        return QuarkusTransaction.requiringNew().call(() -> CalendarFeed.<CalendarFeed>find("auditorId", auditor)
                .firstResult());
    }
}
