package org.certplan.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.certplan.audit.AuditStatus;
import org.certplan.support.Assignments;
import org.certplan.support.Tokens;
import org.junit.jupiter.api.Test;

/** The iCalendar feeds, read back with a standard iCalendar parser (ical4j's CalendarBuilder). */
@QuarkusTest
class CalendarFeedTest {

    @Test
    void aMovedAuditUpdatesTheSameEventAndACancelledOneIsMarkedCancelled() throws Exception {
        long client = PortalFixtures.client("Feed client");
        long certification = PortalFixtures.certification(client);
        long stage1 = PortalFixtures.audit(certification, "STAGE_1");
        long lead = PortalFixtures.auditor("Fiona Feed");
        Assignments.plan(stage1, LocalDate.of(2031, 5, 5), LocalDate.of(2031, 5, 6), AuditStatus.PLANNED, lead);
        String auditorFeed = feedUrl(Tokens.as(Tokens.planner()).post("/api/v1/auditors/" + lead + "/calendar-token"));
        String clientFeed = feedUrl(Tokens.as(Tokens.planner()).post("/api/v1/clients/" + client + "/calendar-token"));

        VEvent planned = onlyEvent(parse(auditorFeed));
        assertThat(value(planned, Property.UID)).isEqualTo("audit-" + stage1 + "@certplan");
        assertThat(value(planned, Property.DTSTART)).isEqualTo("20310505");
        assertThat(value(planned, Property.DTEND)).isEqualTo("20310507");
        assertThat(value(planned, Property.STATUS)).isEqualTo("TENTATIVE");
        assertThat(value(planned, Property.SUMMARY)).startsWith("Stage 1 audit: Feed client");
        int plannedSequence = Integer.parseInt(value(planned, Property.SEQUENCE));

        Assignments.move(stage1, LocalDate.of(2031, 6, 9), LocalDate.of(2031, 6, 10));
        VEvent moved = onlyEvent(parse(auditorFeed));
        assertThat(value(moved, Property.UID)).isEqualTo(value(planned, Property.UID));
        assertThat(value(moved, Property.DTSTART)).isEqualTo("20310609");
        assertThat(Integer.parseInt(value(moved, Property.SEQUENCE))).isGreaterThan(plannedSequence);

        VEvent seenByClient = onlyEvent(parse(clientFeed));
        assertThat(value(seenByClient, Property.UID)).isEqualTo(value(planned, Property.UID));
        assertThat(value(seenByClient, Property.DTSTART)).isEqualTo("20310609");
        assertThat(value(seenByClient, Property.DESCRIPTION)).contains("tentative", "Lead auditor: Fiona Feed");

        Tokens.as(Tokens.planner()).contentType(ContentType.JSON)
                .body(Map.of("date", LocalDate.now().toString(), "reason", "client left"))
                .post("/api/v1/certifications/" + certification + "/withdraw").then().statusCode(200);
        VEvent cancelled = onlyEvent(parse(clientFeed));
        assertThat(value(cancelled, Property.UID)).isEqualTo(value(planned, Property.UID));
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(moved, Property.SEQUENCE)));
        assertThat(value(onlyEvent(parse(auditorFeed)), Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void aFeedShowsOnlyItsOwnersAuditsAndAnEmptyFeedIsStillValid() throws Exception {
        long mine = PortalFixtures.client("Own feed");
        long theirs = PortalFixtures.client("Other feed");
        long lead = PortalFixtures.auditor("Olga Own");
        long stranger = PortalFixtures.auditor("Sam Stranger");
        long myAudit = PortalFixtures.audit(PortalFixtures.certification(mine), "STAGE_1");
        long theirAudit = PortalFixtures.audit(PortalFixtures.certification(theirs), "STAGE_1");
        Assignments.plan(myAudit, LocalDate.of(2031, 9, 1), LocalDate.of(2031, 9, 2), AuditStatus.CONFIRMED, lead);
        Assignments.plan(theirAudit, LocalDate.of(2031, 9, 8), LocalDate.of(2031, 9, 9), AuditStatus.PLANNED, stranger);

        Calendar clientCalendar = parse(feedUrl(Tokens.as(Tokens.planner())
                .post("/api/v1/clients/" + mine + "/calendar-token")));
        assertThat(clientCalendar.<VEvent>getComponents(VEvent.VEVENT)).extracting(e -> value(e, Property.UID))
                .containsExactly("audit-" + myAudit + "@certplan");
        assertThat(value(onlyEvent(clientCalendar), Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(clientCalendar.toString()).doesNotContain("Sam Stranger", "Other feed");

        long idle = PortalFixtures.auditor("Ida Idle");
        Calendar empty = parse(feedUrl(Tokens.as(Tokens.auditor(idle)).post("/api/v1/auditors/" + idle + "/calendar-token")));
        assertThat(empty.getComponents(VEvent.VEVENT)).isEmpty();
        assertThat(empty.getProperty(Property.PRODID)).isPresent();
    }

    @Test
    void comp7AnAuditWithoutAWholeTeamHasNoEventInAnyFeedUntilItsLastSeatIsFilled() throws Exception {
        long client = PortalFixtures.client("Feed unstaffed");
        long stage1 = PortalFixtures.audit(PortalFixtures.certification(client), "STAGE_1");
        long member = PortalFixtures.auditor("Anna Auditor");
        long lead = PortalFixtures.auditor("Lars Lead");
        Assignments.planWithoutLead(stage1, LocalDate.of(2031, 10, 6), LocalDate.of(2031, 10, 7),
                AuditStatus.PLANNED, member);
        String clientFeed = feedUrl(Tokens.as(Tokens.planner()).post("/api/v1/clients/" + client + "/calendar-token"));
        String auditorFeed = feedUrl(Tokens.as(Tokens.planner()).post("/api/v1/auditors/" + member + "/calendar-token"));

        assertThat(parse(clientFeed).getComponents(VEvent.VEVENT)).isEmpty();
        assertThat(parse(auditorFeed).getComponents(VEvent.VEVENT)).isEmpty();

        Assignments.planWithoutLead(stage1, LocalDate.of(2031, 10, 6), LocalDate.of(2031, 10, 7),
                AuditStatus.CONFIRMED, member);
        assertThat(parse(clientFeed).getComponents(VEvent.VEVENT)).isEmpty();

        Assignments.addLead(stage1, lead);
        assertThat(value(onlyEvent(parse(clientFeed)), Property.DTSTART)).isEqualTo("20311006");
        assertThat(value(onlyEvent(parse(auditorFeed)), Property.UID)).isEqualTo("audit-" + stage1 + "@certplan");
    }

    @Test
    void aWrongOrMissingTokenIs404AReplacedOne410AndOnlyIfMatchReplacesOne() {
        long auditor = PortalFixtures.auditor("Tom Token");
        long other = PortalFixtures.auditor("Una Other");
        String first = Tokens.as(Tokens.auditor(auditor)).post("/api/v1/auditors/" + auditor + "/calendar-token")
                .then().statusCode(200).extract().jsonPath().getString("token");
        String otherToken = Tokens.as(Tokens.planner()).post("/api/v1/auditors/" + other + "/calendar-token")
                .then().statusCode(200).extract().jsonPath().getString("token");
        String feed = "/api/v1/calendars/auditors/" + auditor + ".ics";

        given().queryParam("token", first).get(feed).then().statusCode(200).contentType("text/calendar");
        given().get(feed).then().statusCode(404);
        given().queryParam("token", "wrong").get(feed).then().statusCode(404);
        given().queryParam("token", otherToken).get(feed).then().statusCode(404);
        given().queryParam("token", first).get("/api/v1/calendars/auditors/" + other + ".ics").then().statusCode(404);
        given().queryParam("token", first).get("/api/v1/calendars/clients/" + auditor + ".ics").then().statusCode(404);
        given().queryParam("token", first).get("/api/v1/calendars/auditors/0.ics").then().statusCode(404);

        Tokens.as(Tokens.planner()).post("/api/v1/auditors/" + auditor + "/calendar-token")
                .then().statusCode(409).contentType("application/problem+json");
        given().queryParam("token", first).get(feed).then().statusCode(200);
        String second = Tokens.as(Tokens.planner()).header("If-Match", "*")
                .post("/api/v1/auditors/" + auditor + "/calendar-token")
                .then().statusCode(200).extract().jsonPath().getString("token");
        given().queryParam("token", first).get(feed).then().statusCode(410)
                .body("type", equalTo("https://certplan.org/problems/feed-link-replaced"));
        given().queryParam("token", second).get(feed).then().statusCode(200);

        // an auditor rotates only their own feed; a client's or another auditor's is not theirs to see
        Tokens.as(Tokens.auditor(auditor)).post("/api/v1/auditors/" + other + "/calendar-token").then().statusCode(404);
        Tokens.as(Tokens.auditor(auditor)).post("/api/v1/clients/1/calendar-token").then().statusCode(403);
        Tokens.as(Tokens.planner()).post("/api/v1/auditors/0/calendar-token").then().statusCode(404);
    }

    private static String feedUrl(Response issued) {
        issued.then().statusCode(200);
        String url = issued.jsonPath().getString("feedUrl");
        return url.substring(url.indexOf("/api/v1/"));
    }

    private static Calendar parse(String feed) throws Exception {
        Response response = given().get(feed);
        response.then().statusCode(200).contentType("text/calendar");
        return new CalendarBuilder().build(new StringReader(response.asString()));
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow(() -> new AssertionError(property));
    }
}
