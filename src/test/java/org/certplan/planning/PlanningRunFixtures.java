package org.certplan.planning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.post;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Auditors and planning runs through the REST API, for the planning-run tests. */
public final class PlanningRunFixtures {

    private PlanningRunFixtures() {
    }

    /** A Berlin-based auditor speaking German and English with ISMS qualifications valid 2030–2045. */
    public static long auditor(String role, String... areas) {
        return auditor(2030, 2045, role, areas);
    }

    /** The same, qualified from the first day of {@code fromYear} to the last of {@code toYear}. */
    public static long auditor(int fromYear, int toYear, String role, String... areas) {
        String email = "planner-" + UUID.randomUUID() + "@example.org";
        long id = post("/api/v1/auditors", Map.of("name", "Auditor " + email, "email", email,
                "homeCountryCode", "DE", "homeCity", "Berlin", "latitude", 52.52, "longitude", 13.405,
                "languages", List.of("de", "en"), "employment", "INTERNAL"))
                .statusCode(201).extract().jsonPath().getLong("id");
        if (role != null) {
            given().contentType(ContentType.JSON)
                    .body(List.of(Map.of("standard", "ISO/IEC 27001:2022", "role", role, "technicalAreas", List.of(areas),
                            "validFrom", fromYear + "-01-01", "validTo", toYear + "-12-31")))
                    .when().put("/api/v1/auditors/" + id + "/qualifications").then().statusCode(200);
        }
        return id;
    }

    public static void unavailable(long auditorId, String from, String to) {
        post("/api/v1/auditors/" + auditorId + "/unavailability", Map.of("from", from, "to", to, "reason", "leave"))
                .statusCode(201);
    }

    public static long startRun(String from, String to) {
        return post("/api/v1/planning-runs", Map.of("from", from, "to", to, "mode", "FULL"))
                .statusCode(202).extract().jsonPath().getLong("id");
    }

    /** Polls the run until it is no longer QUEUED or SOLVING. */
    public static JsonPath awaitEnd(long runId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            JsonPath run = get("/api/v1/planning-runs/" + runId).statusCode(200).extract().jsonPath();
            String status = run.getString("status");
            if (!status.equals("QUEUED") && !status.equals("SOLVING")) {
                return run;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("planning run " + runId + " did not end within 90 s; threads now:\n" + threadDump());
    }

    /**
     * The run's search never saw {@code auditId}, an audit no start can place (every best score is 0 hard), and its
     * proposal leaves it unplanned with {@code rule}; returns the run's changes.
     */
    public static JsonPath assertLeftOutOfTheSearch(long runId, JsonPath run, long auditId, String rule) {
        assertThat(run.getList("bestScoreHistory.score", String.class)).as("the search never saw audit %s", auditId)
                .isNotEmpty().allSatisfy(score -> assertThat(score).startsWith("0hard/"));
        JsonPath changes = get("/api/v1/planning-runs/" + runId + "/changes").statusCode(200).extract().jsonPath();
        String left = "find { it.auditId == " + auditId + " }";
        assertThat(changes.getString(left + ".unassignedReason")).startsWith("left unplanned").contains(rule);
        assertThat(changes.getString(left + ".proposed.startDate")).isNull();
        return changes;
    }

    /** What every thread of this JVM (the service's included) is doing, for a run that does not end. */
    private static String threadDump() {
        StringBuilder dump = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            dump.append('"').append(thread.getName()).append("\" ").append(thread.getState()).append('\n');
            for (StackTraceElement frame : stack) {
                dump.append("    at ").append(frame).append('\n');
            }
        });
        return dump.toString();
    }

    public static JsonPath awaitCompleted(long runId) {
        JsonPath run = awaitEnd(runId);
        assertThat(run.getString("status")).as("run %s: %s", runId, run.getString("failureMessage")).isEqualTo("COMPLETED");
        return run;
    }
}
