package org.certplan.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.support.Api.apply;
import static org.certplan.support.Api.auditOf;
import static org.certplan.support.Api.complete;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.major;
import static org.certplan.support.Api.post;
import static org.certplan.support.Api.singleSiteClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The dashboard aggregates over the REST API, on data each test creates through the API: the counts and lists must
 * hold the test's own audits, certifications and nonconformities with the right figures, whatever else the shared
 * database holds. Range-bound checks use 2047, a year no other test plans.
 */
@QuarkusTest
@TestSecurity(user = "paula", roles = "planner")
class DashboardResourceTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void summaryCountsTheRangeAndListsUnassignedAtRiskExpiringOverdueAndOpenMajors() {
        long alpha = apply(createClient(singleSiteClient("Dash Alpha GmbH", 20)), "2047-01-14");
        long stage1 = auditOf(alpha, "STAGE_1");
        long stage2 = auditOf(alpha, "STAGE_2");

        JsonPath year = summary("2047-01-01", "2047-12-31");
        assertThat(year.getString("from")).isEqualTo("2047-01-01");
        assertThat(year.getString("today")).isEqualTo(TODAY.toString());
        assertThat(year.getInt("atRiskDays")).isEqualTo(30);
        long audits = year.getLong("audits");
        assertThat(audits).isGreaterThanOrEqualTo(2);
        assertThat(sum(year.getMap("byStatus"))).isEqualTo(audits);
        assertThat(sum(year.getMap("byType"))).isEqualTo(audits);
        assertThat(year.getLong("byType.STAGE_1")).isGreaterThanOrEqualTo(1);
        assertThat(year.getLong("byStatus.UNPLANNED")).isGreaterThanOrEqualTo(2);
        assertThat(year.getLong("byStatus.CANCELLED")).isGreaterThanOrEqualTo(0);
        assertThat(year.getList("unassigned.items.id", Long.class)).contains(stage1, stage2);
        Map<String, Object> unassigned = year.getMap("unassigned.items.find { it.id == " + stage1 + " }");
        assertThat(unassigned).containsEntry("clientName", "Dash Alpha GmbH").containsEntry("type", "STAGE_1")
                .containsEntry("status", "UNPLANNED");
        LocalDate deadline = LocalDate.parse((String) unassigned.get("latestEnd"));
        assertThat(((Number) unassigned.get("daysLeft")).longValue()).isEqualTo(ChronoUnit.DAYS.between(TODAY, deadline));
        assertThat(year.getLong("unassigned.total")).isGreaterThanOrEqualTo(year.getList("unassigned.items").size());

        JsonPath before = summary("2046-01-01", "2046-12-31");
        assertThat(before.getList("unassigned.items.id", Long.class)).doesNotContain(stage1, stage2);

        // NC-2: a major raised 20 days ago is due in 22 days; its unplanned follow-up is at risk.
        long beta = apply(createClient(singleSiteClient("Dash Beta GmbH", 20)), TODAY.minusDays(60).toString());
        complete(auditOf(beta, "STAGE_1"), TODAY.minusDays(21).toString(), TODAY.minusDays(20).toString(),
                List.of(major("A.5.15"))).statusCode(200);
        long followUp = auditOf(beta, "FOLLOW_UP");

        // §9: a transferred certificate expiring in 49 days, whose recertification deadline is in 7 days.
        LocalDate expiry = TODAY.plusDays(49);
        long gamma = transfer(createClient(singleSiteClient("Dash Gamma GmbH", 20)), expiry.plusDays(1).minusYears(3),
                expiry, "SURVEILLANCE_2");
        long recertification = auditOf(gamma, "RECERTIFICATION");

        // A transferred cycle 14 months old whose first surveillance was never held.
        LocalDate cycleStart = TODAY.minusMonths(14);
        long delta = transfer(createClient(singleSiteClient("Dash Delta GmbH", 20)), cycleStart,
                cycleStart.plusYears(3).minusDays(1), "STAGE_2");
        long surveillance = auditOf(delta, "SURVEILLANCE_1");
        LocalDate surveillanceDeadline = LocalDate.parse(get("/api/v1/audits/" + surveillance).statusCode(200)
                .extract().jsonPath().getString("latestEnd"));
        assertThat(surveillanceDeadline).isBefore(TODAY);

        JsonPath now = summary(expiry.toString(), expiry.toString());
        assertThat(now.getList("atRisk.items.id", Long.class)).contains(followUp, recertification).doesNotContain(stage1);
        assertThat(now.getLong("atRisk.items.find { it.id == " + followUp + " }.daysLeft")).isEqualTo(22);
        assertThat(now.getString("atRisk.items.find { it.id == " + followUp + " }.type")).isEqualTo("FOLLOW_UP");
        assertThat(now.getLong("atRisk.items.find { it.id == " + recertification + " }.daysLeft")).isEqualTo(7);
        assertThat(now.getList("atRisk.items.latestEnd", String.class))
                .allSatisfy(end -> assertThat(LocalDate.parse(end)).isBeforeOrEqualTo(TODAY.plusDays(30)))
                .isSorted();

        assertThat(now.getList("openMajorNonconformities.items.clientName")).contains("Dash Beta GmbH");
        Map<String, Object> nc = now.getMap("openMajorNonconformities.items.find { it.clientName == 'Dash Beta GmbH' }");
        assertThat(nc).containsEntry("clause", "A.5.15").containsEntry("dueDate", TODAY.plusDays(22).toString())
                .containsEntry("daysLeft", 22).containsEntry("followUpStatus", "UNPLANNED");
        assertThat(((Number) nc.get("followUpAuditId")).longValue()).isEqualTo(followUp);

        Map<String, Object> expiring = now.getMap("expiringCertificates.items.find { it.certificationId == " + gamma + " }");
        assertThat(expiring).isNotNull().containsEntry("clientName", "Dash Gamma GmbH").containsEntry("status", "CERTIFIED")
                .containsEntry("expiry", expiry.toString()).containsEntry("daysLeft", 49)
                .containsEntry("recertificationStatus", "UNPLANNED");
        assertThat(((Number) expiring.get("recertificationAuditId")).longValue()).isEqualTo(recertification);
        assertThat(now.getList("expiringCertificates.items.expiry", String.class)).containsOnly(expiry.toString());

        assertThat(now.getList("overdueSurveillance.items.id", Long.class)).contains(surveillance)
                .doesNotContain(followUp, recertification);
        assertThat(now.getLong("overdueSurveillance.items.find { it.id == " + surveillance + " }.daysLeft"))
                .isEqualTo(ChronoUnit.DAYS.between(TODAY, surveillanceDeadline)).isNegative();
    }

    @Test
    void utilisationAndTimelineShowTheDaysOfAnAppliedRun() {
        long lead = auditor("LEAD_AUDITOR", 10);
        long second = auditor("LEAD_AUDITOR", null);
        long member = auditor("AUDITOR", null);
        long cert = apply(createClient(singleSiteClient("Dash Utilisation GmbH", 60)), "2047-03-01");
        List<Long> mine = List.of(auditOf(cert, "STAGE_1"), auditOf(cert, "STAGE_2"));

        long runId = post("/api/v1/planning-runs", Map.of("from", "2047-01-01", "to", "2047-12-31", "mode", "FULL"))
                .statusCode(202).extract().jsonPath().getLong("id");
        awaitEnd(runId);
        post("/api/v1/planning-runs/" + runId + "/apply", Map.of()).statusCode(200);
        JsonPath run = get("/api/v1/planning-runs/" + runId).statusCode(200).extract().jsonPath();
        JsonPath latest = get("/api/v1/dashboard/summary?from=2047-01-01&to=2047-12-31").statusCode(200)
                .extract().jsonPath();
        assertThat(latest.getLong("latestRun.id")).isEqualTo(runId);
        assertThat(latest.getMap("latestRun.staffing")).as("the dashboard shows what the run staffs")
                .isEqualTo(run.getMap("staffing")).containsKeys("staffedAudits", "unstaffedByType",
                        "auditorDaysNotStaffed", "certificatesAtRisk");

        Map<Long, BigDecimal> expected = new HashMap<>();
        Map<Long, List<Long>> auditsOf = new HashMap<>();
        for (long auditor : List.of(lead, second, member)) {
            expected.put(auditor, BigDecimal.ZERO);
            auditsOf.put(auditor, new java.util.ArrayList<>());
            JsonPath page = get("/api/v1/audits?auditorId=" + auditor + "&from=2047-01-01&to=2047-12-31&size=500")
                    .statusCode(200).extract().jsonPath();
            for (Map<String, Object> audit : page.<Map<String, Object>>getList("items")) {
                LocalDate start = LocalDate.parse((String) audit.get("startDate"));
                if (start.getYear() != 2047 || "CANCELLED".equals(audit.get("status"))) {
                    continue;
                }
                long auditId = ((Number) audit.get("id")).longValue();
                auditsOf.get(auditor).add(auditId);
                for (Object seat : (List<?>) audit.get("team")) {
                    Map<?, ?> row = (Map<?, ?>) seat;
                    if (((Number) row.get("auditorId")).longValue() == auditor) {
                        expected.merge(auditor, new BigDecimal(row.get("days").toString()), BigDecimal::add);
                    }
                }
            }
        }
        for (long audit : mine) {
            JsonPath view = get("/api/v1/audits/" + audit).statusCode(200).extract().jsonPath();
            assertThat(view.getString("status")).as("audit %s", audit).isEqualTo("PLANNED");
            assertThat(view.getList("team.auditorId", Long.class)).as("team of audit %s", audit)
                    .isNotEmpty().isSubsetOf(lead, second, member);
        }
        assertThat(expected.get(lead).add(expected.get(second)).add(expected.get(member))).isPositive();

        JsonPath utilization = given().when().get("/api/v1/dashboard/utilization?from=2047-01-01&to=2047-12-31&sort=NAME&size=500")
                .then().statusCode(200).extract().jsonPath();
        assertThat(utilization.getLong("total")).isGreaterThanOrEqualTo(3);
        for (long auditor : List.of(lead, second, member)) {
            Map<String, Object> row = utilization.getMap("items.find { it.auditorId == " + auditor + " }");
            assertThat(row).as("auditor %s", auditor).isNotNull();
            BigDecimal assigned = new BigDecimal(row.get("assignedDays").toString());
            BigDecimal capacity = new BigDecimal(row.get("capacityDays").toString());
            assertThat(assigned).isEqualByComparingTo(expected.get(auditor));
            // CAP-3 for a whole year: 12 months of the monthly maximum or the yearly maximum, whichever is smaller
            assertThat(capacity).isEqualByComparingTo(auditor == lead ? "120" : "150");
            assertThat(new BigDecimal(row.get("utilizationPercent").toString())).isEqualByComparingTo(
                    assigned.multiply(BigDecimal.valueOf(100)).divide(capacity, 1, RoundingMode.HALF_UP));
            assertThat(((Number) row.get("audits")).longValue()).isEqualTo(auditsOf.get(auditor).size());
        }
        List<String> names = utilization.getList("items.name", String.class);
        assertThat(names).isSortedAccordingTo(String::compareTo);

        JsonPath busiest = get("/api/v1/dashboard/utilization?from=2047-01-01&to=2047-12-31").statusCode(200)
                .extract().jsonPath();
        List<Float> percents = busiest.getList("items.utilizationPercent", Float.class);
        assertThat(percents).isSortedAccordingTo((a, b) -> Float.compare(b, a));

        JsonPath timeline = get("/api/v1/dashboard/timeline?from=2047-01-01&to=2047-12-31&size=500").statusCode(200)
                .extract().jsonPath();
        for (Map.Entry<Long, List<Long>> entry : auditsOf.entrySet()) {
            List<Long> bars = timeline.getList("items.find { it.auditorId == " + entry.getKey() + " }.audits.auditId", Long.class);
            assertThat(bars).containsExactlyInAnyOrderElementsOf(entry.getValue());
        }
        long someAudit = mine.get(0);
        JsonPath audit = get("/api/v1/audits/" + someAudit).statusCode(200).extract().jsonPath();
        long leadOfIt = audit.getLong("team.find { it.role == 'LEAD' }.auditorId");
        Map<String, Object> bar = timeline.getMap("items.find { it.auditorId == " + leadOfIt + " }.audits.find { it.auditId == "
                + someAudit + " }");
        assertThat(bar).containsEntry("startDate", audit.getString("startDate")).containsEntry("endDate", audit.getString("endDate"))
                .containsEntry("role", "LEAD").containsEntry("clientName", "Dash Utilisation GmbH")
                .containsEntry("status", "PLANNED");
        assertThat(get("/api/v1/dashboard/timeline?from=2046-01-01&to=2046-12-31&size=500").statusCode(200).extract()
                .jsonPath().getList("items.audits.flatten().auditId", Long.class)).doesNotContainAnyElementsOf(mine);
    }

    @Test
    void badOrInvertedOrTooLongRangesAreRejected() {
        for (String path : List.of("/api/v1/dashboard/summary", "/api/v1/dashboard/utilization", "/api/v1/dashboard/timeline")) {
            get(path + "?from=2047-03-01&to=2047-02-01").statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("to"))
                    .body("detail", containsString("lies before from 2047-03-01"));
            get(path + "?from=2047-13-01&to=2047-12-31").statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("from"));
            get(path + "?from=2047-01-01&to=2050-01-01").statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("longer than 731 days"));
        }
        get("/api/v1/dashboard/utilization?sort=BUSIEST").statusCode(400).body("violations[0].field", equalTo("sort"));
        get("/api/v1/dashboard/utilization?size=0").statusCode(400).contentType("application/problem+json");
        get("/api/v1/dashboard/timeline?size=501").statusCode(400).contentType("application/problem+json");
        JsonPath defaults = get("/api/v1/dashboard/summary").statusCode(200).extract().jsonPath();
        assertThat(defaults.getString("from")).isEqualTo(TODAY.toString());
        assertThat(defaults.getString("to")).isEqualTo(TODAY.plusMonths(3).toString());
    }

    private static JsonPath summary(String from, String to) {
        return get("/api/v1/dashboard/summary?from=" + from + "&to=" + to).statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
    }

    private static long sum(Map<String, Object> counts) {
        return counts.values().stream().mapToLong(v -> ((Number) v).longValue()).sum();
    }

    private static long transfer(long clientId, LocalDate cycleStart, LocalDate expiry, String lastAuditType) {
        return post("/api/v1/certifications/transfer", Map.of("clientId", clientId, "standard", "ISO/IEC 27001:2022",
                "scope", "Managed hosting", "issuingBody", "Other Cert Ltd", "cycleStart", cycleStart.toString(),
                "expiry", expiry.toString(), "lastAuditType", lastAuditType, "openMajorNonconformities", 0))
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A Berlin auditor with an ISMS qualification for area 33, valid 2030–2049. */
    private static long auditor(String role, Integer maxDaysPerMonth) {
        String email = "dash-" + UUID.randomUUID() + "@example.org";
        Map<String, Object> body = new HashMap<>(Map.of("name", "Dash " + email, "email", email,
                "homeCountryCode", "DE", "homeCity", "Berlin", "latitude", 52.52, "longitude", 13.405,
                "languages", List.of("de", "en"), "employment", "INTERNAL"));
        if (maxDaysPerMonth != null) {
            body.put("maxDaysPerMonth", maxDaysPerMonth);
        }
        long id = post("/api/v1/auditors", body).statusCode(201).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON)
                .body(List.of(Map.of("standard", "ISO/IEC 27001:2022", "role", role, "technicalAreas", List.of("33"),
                        "validFrom", "2030-01-01", "validTo", "2049-12-31")))
                .when().put("/api/v1/auditors/" + id + "/qualifications").then().statusCode(200);
        return id;
    }

    static void awaitEnd(long runId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            String status = get("/api/v1/planning-runs/" + runId).statusCode(200).extract().jsonPath().getString("status");
            if (status.equals("COMPLETED")) {
                return;
            }
            assertThat(status).isIn("QUEUED", "SOLVING");
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("planning run " + runId + " did not end within 90 s");
    }
}
