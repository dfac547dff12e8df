package org.certplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.planning.PlanningRunFixtures.auditor;
import static org.certplan.planning.PlanningRunFixtures.awaitEnd;
import static org.certplan.planning.PlanningRunFixtures.startRun;
import static org.certplan.support.Api.apply;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.singleSiteClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code GET /planning-runs/{id}/events} read over real HTTP as a plain {@code text/event-stream}. */
@QuarkusTest
@TestSecurity(user = "paula", roles = "planner")
class PlanningRunEventsTest {

    @TestHTTPResource("/api/v1/planning-runs/")
    URI runs;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** One server-sent event: its name and JSON data. */
    record Sse(String name, JsonNode data) {
    }

    @Test
    void aSubscriberSeesEachNewBestScoreThenTheFinalStatusAndTheStreamEnds() throws Exception {
        auditor("LEAD_AUDITOR", "33");
        auditor("AUDITOR", "33");
        apply(createClient(singleSiteClient("Events Alpha GmbH", 30)), "2039-01-10");
        apply(createClient(singleSiteClient("Events Beta GmbH", 60)), "2039-02-07");

        long runId = startRun("2039-01-01", "2039-12-31");
        HttpResponse<java.io.InputStream> response = open(runId);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        List<Sse> events = readAll(response, Duration.ofSeconds(90));

        JsonPath run = awaitEnd(runId);
        assertThat(events).isNotEmpty();
        List<Sse> progress = events.subList(0, events.size() - 1);
        Sse end = events.get(events.size() - 1);
        assertThat(progress).as("progress events before the end").isNotEmpty()
                .allSatisfy(e -> assertThat(e.name()).isEqualTo("progress"));
        for (Sse e : progress) {
            assertThat(e.data().get("runId").asLong()).isEqualTo(runId);
            assertThat(e.data().get("score").asText()).matches("-?\\d+hard/-?\\d+medium/-?\\d+soft");
            assertThat(e.data().get("hard").asLong()).isEqualTo(
                    Long.parseLong(e.data().get("score").asText().split("hard")[0]));
            assertThat(e.data().get("assigned").asInt() + e.data().get("unassigned").asInt()).isGreaterThanOrEqualTo(4);
            assertThat(Instant.parse(e.data().get("at").asText())).isNotNull();
        }
        assertThat(end.name()).isEqualTo("end");
        assertThat(end.data().get("status").asText()).isEqualTo(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(end.data().get("score").asText()).isEqualTo(run.getString("score"));
        assertThat(end.data().get("assigned").asInt()).isEqualTo(run.getInt("assigned"));
        assertThat(end.data().get("unassigned").asInt()).isEqualTo(run.getInt("unassigned"));
        assertThat(run.getList("bestScoreHistory.score")).contains(progress.get(progress.size() - 1).data().get("score").asText());

        List<Sse> late = readAll(open(runId), Duration.ofSeconds(10));
        assertThat(late).isNotEmpty();
        assertThat(late.get(late.size() - 1).name()).isEqualTo("end");
        assertThat(late.get(late.size() - 1).data().get("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void aRunThatEndedBeforeThisProcessStartedAnswersWithItsFinalStateAndCompletes() throws Exception {
        long runId = QuarkusTransaction.requiringNew().call(() -> {
            PlanningRun run = new PlanningRun();
            run.status = PlanningRunStatus.CANCELLED;
            run.mode = PlanningMode.FULL;
            run.horizonFrom = LocalDate.of(2039, 1, 1);
            run.horizonTo = LocalDate.of(2039, 3, 31);
            run.timeLimit = "PT5S";
            run.requestedBy = "planner";
            run.score = "0hard/-2medium/-340soft";
            run.hardScore = 0L;
            run.mediumScore = -2L;
            run.softScore = -340L;
            run.feasible = true;
            run.assignedCount = 7;
            run.unassignedCount = 1;
            run.startedAt = Instant.parse("2026-01-05T08:00:00Z");
            run.endedAt = Instant.parse("2026-01-05T08:01:00Z");
            run.persist();
            return run.id;
        });

        List<Sse> events = readAll(open(runId), Duration.ofSeconds(10));

        assertThat(events).hasSize(1);
        assertThat(events.get(0).name()).isEqualTo("end");
        assertThat(events.get(0).data().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(events.get(0).data().get("score").asText()).isEqualTo("0hard/-2medium/-340soft");
        assertThat(events.get(0).data().get("assigned").asInt()).isEqualTo(7);
        assertThat(events.get(0).data().get("at").asText()).isEqualTo("2026-01-05T08:01:00Z");
    }

    @Test
    void anUnknownRunIsNotFound() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(runs.resolve("987654321/events"))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("planning run 987654321 does not exist");
        get("/api/v1/planning-runs/987654321").statusCode(404);
    }

    private HttpResponse<java.io.InputStream> open(long runId) throws Exception {
        return http.send(HttpRequest.newBuilder(runs.resolve(runId + "/events"))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    /** Reads events until the server closes the stream; fails if it stays open longer than {@code limit}. */
    private List<Sse> readAll(HttpResponse<java.io.InputStream> response, Duration limit) throws Exception {
        CompletableFuture<List<Sse>> read = CompletableFuture.supplyAsync(() -> {
            List<Sse> events = new ArrayList<>();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String name = "message";
                StringBuilder data = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isEmpty()) {
                        if (!data.isEmpty()) {
                            events.add(new Sse(name, json.readTree(data.toString())));
                        }
                        name = "message";
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    }
                }
                if (!data.isEmpty()) {
                    events.add(new Sse(name, json.readTree(data.toString())));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return events;
        });
        try {
            return read.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            response.body().close();
            throw new AssertionError("the event stream was still open after " + limit);
        }
    }
}
