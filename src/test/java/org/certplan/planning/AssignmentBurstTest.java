package org.certplan.planning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.planning.ManualAssignmentResourceTest.audit;
import static org.certplan.planning.ManualAssignmentResourceTest.body;
import static org.certplan.planning.ManualAssignmentResourceTest.firstMondayIn;
import static org.certplan.planning.ManualAssignmentResourceTest.member;
import static org.certplan.planning.ManualAssignmentResourceTest.stage1;
import static org.certplan.planning.PlanningRunFixtures.auditor;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.singleSiteClient;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.certplan.support.Parallel;
import org.junit.jupiter.api.Test;

/**
 * Bursts of concurrent manual assignments (more than the connection pool holds) against the real database: none
 * needs a second connection, so the service stays ready and answers unrelated reads; of the requests that carry
 * one version of an audit exactly one is written, the others get 409 and no deadlock surfaces as a 500.
 */
@QuarkusTest
@TestSecurity(user = "paula", roles = "planner")
class AssignmentBurstTest {

    private static final int BURST = 50;

    @Test
    void fiftyAssignmentsOfOneVersionOfOneAuditWriteExactlyOne() {
        long lead = auditor(2066, 2069, "LEAD_AUDITOR", "33");
        long stage1 = stage1("Burst One GmbH", "2066-03-01");
        LocalDate start = firstMondayIn(stage1);
        long version = audit(stage1).getLong("version");
        Map<String, Object> assignment = versioned(body(start, List.of(member(lead, "LEAD")), "burst"), version);

        Observed observed = whileReady(() -> Parallel.run(BURST, i -> patch(stage1, assignment)));

        assertThat(Parallel.statuses(observed.burst())).isEqualTo(Map.of(200, 1L, 409, 49L));
        assertThat(audit(stage1).getLong("version")).isEqualTo(version + 1);
        assertThat(get("/api/v1/audits/" + stage1 + "/history").statusCode(200).extract().jsonPath()
                .getList("findAll { it.action == 'ASSIGNED' }")).hasSize(1);
        observed.assertStayedReady();
    }

    @Test
    void twoAssignmentsOfEachOfManyAuditsWriteExactlyOneEach() {
        long lead = auditor(2066, 2069, "LEAD_AUDITOR", "33");
        int audits = BURST / 2;
        List<Long> ids = new ArrayList<>();
        List<Map<String, Object>> assignments = new ArrayList<>();
        for (int i = 0; i < audits; i++) {
            long stage1 = stage1("Burst Many " + i + " GmbH", LocalDate.of(2066, 1, 4).plusMonths(i).toString());
            ids.add(stage1);
            assignments.add(versioned(body(firstMondayIn(stage1), List.of(member(lead, "LEAD")), "burst"),
                    audit(stage1).getLong("version")));
        }

        Observed observed = whileReady(() -> Parallel.run(BURST, i -> patch(ids.get(i / 2), assignments.get(i / 2))));

        for (int a = 0; a < audits; a++) {
            List<Integer> pair = List.of(observed.burst().get(2 * a).statusCode(),
                    observed.burst().get(2 * a + 1).statusCode());
            assertThat(pair).as("audit " + ids.get(a)).containsExactlyInAnyOrder(200, 409);
            assertThat(audit(ids.get(a)).getString("status")).isEqualTo("PLANNED");
        }
        observed.assertStayedReady();
    }

    private static Map<String, Object> versioned(Map<String, Object> body, long version) {
        Map<String, Object> versioned = new HashMap<>(body);
        versioned.put("version", version);
        return versioned;
    }

    private static Response patch(long auditId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().patch("/api/v1/audits/" + auditId);
    }

    /** The burst's answers, and what readiness and an unrelated read answered while it ran. */
    private record Observed(List<Response> burst, List<Integer> ready, List<Integer> unrelated) {

        void assertStayedReady() {
            assertThat(ready).isNotEmpty().containsOnly(200);
            assertThat(unrelated).isNotEmpty().containsOnly(200);
        }
    }

    /** Runs {@code burst} while another thread keeps asking for readiness and for an unrelated client. */
    private static Observed whileReady(Supplier<List<Response>> burst) {
        long client = createClient(singleSiteClient("Burst Bystander GmbH", 20));
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<Integer> ready = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> unrelated = new ConcurrentLinkedQueue<>();
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        try {
            Future<?> watching = watcher.submit(() -> {
                do {
                    ready.add(given().when().get("/q/health/ready").statusCode());
                    unrelated.add(given().when().get("/api/v1/clients/" + client).statusCode());
                } while (!done.get());
            });
            List<Response> answers = burst.get();
            done.set(true);
            watching.get();
            return new Observed(answers, List.copyOf(ready), List.copyOf(unrelated));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            watcher.shutdownNow();
        }
    }
}
