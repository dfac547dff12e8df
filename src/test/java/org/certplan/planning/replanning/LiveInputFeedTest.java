package org.certplan.planning.replanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.planning.PlanningRunFixtures.assertLeftOutOfTheSearch;
import static org.certplan.planning.PlanningRunFixtures.auditor;
import static org.certplan.planning.PlanningRunFixtures.awaitCompleted;
import static org.certplan.planning.PlanningRunFixtures.unavailable;
import static org.certplan.planning.replanning.ReplanningFixtures.audit;
import static org.certplan.planning.replanning.ReplanningFixtures.lead;
import static org.certplan.planning.replanning.ReplanningFixtures.publish;
import static org.certplan.support.Api.apply;
import static org.certplan.support.Api.auditOf;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.post;
import static org.certplan.support.Api.singleSiteClient;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.certplan.auditor.Unavailability;
import org.certplan.planning.PlanningRunService;
import org.certplan.planning.WrittenPlanCheck;
import org.junit.jupiter.api.Test;

/**
 * Leaves and audits recorded while a run solves reach it as problem changes, by the database: the run keeps its id,
 * plans what arrived and records how many inputs it was fed. Runs here solve long enough for a change to arrive.
 */
@QuarkusTest
@TestProfile(LiveInputFeedTest.LongRuns.class)
@TestSecurity(user = "paula", roles = "planner")
class LiveInputFeedTest {

    @Inject
    PlanningRunService runs;

    public static class LongRuns implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("certplan.solver.time-limit", "PT30S", "certplan.solver.unimproved-time-limit", "PT30S",
                    "certplan.solver.finish-reserve", "PT1S", "certplan.planning.input-poll-interval", "PT0.3S");
        }
    }

    @Test
    void aCertificationCreatedWhileARunSolvesIsPlannedByThatRun() {
        auditor("LEAD_AUDITOR", "33");
        auditor("LEAD_AUDITOR", "33");
        auditor("AUDITOR", "33");
        List<Long> audits = initialStages("Feed", 2, LocalDate.of(2043, 2, 6), 8);
        long run = startRun("2043-01-01", "2043-12-31", "FULL");
        awaitSolving(run);

        long cert = apply(createClient(singleSiteClient("Feed new GmbH", 25)), "2043-05-04");
        List<Long> added = List.of(auditOf(cert, "STAGE_1"), auditOf(cert, "STAGE_2"));

        JsonPath done = awaitCompleted(run);
        assertThat(done.getInt("fedInputs")).as("both new stages fed into the solving run").isEqualTo(2);
        JsonPath changes = get("/api/v1/planning-runs/" + run + "/changes").statusCode(200).extract().jsonPath();
        assertThat(changes.getList("auditId", Long.class)).containsAll(added).containsAll(audits);
        for (long id : added) {
            assertThat(changes.getString("find { it.auditId == " + id + " }.proposed.startDate"))
                    .as("new audit %s planned", id).isNotNull();
            assertThat(changes.getList("find { it.auditId == " + id + " }.proposed.team.role", String.class))
                    .as("new audit %s led", id).contains("LEAD");
        }
        post("/api/v1/planning-runs/" + run + "/apply", Map.of()).statusCode(200);
        List<Long> all = new ArrayList<>(audits);
        all.addAll(added);
        assertThat(WrittenPlanCheck.breaches(all)).isEmpty();
    }

    @Test
    void anAuditNoStartCanPlaceThatArrivesWhileARunSolvesStaysOutOfTheSearchAndIsLeftUnplanned() {
        auditor("LEAD_AUDITOR", "33");
        initialStages("Feed open", 1, LocalDate.of(2045, 7, 6), 8);
        long run = startRun("2045-07-01", "2045-12-31", "FULL");
        awaitSolving(run);

        Map<String, Object> closed = new HashMap<>(singleSiteClient("Feed closed GmbH", 20));
        closed.put("blackouts", List.of(Map.of("from", "2045-07-01", "to", "2047-12-31", "reason", "closed for two years")));
        long unplaceable = auditOf(apply(createClient(closed), "2045-08-03"), "STAGE_1");

        JsonPath done = awaitCompleted(run);
        assertThat(done.getInt("fedInputs")).as("the closed client's stages fed into the solving run").isPositive();
        assertLeftOutOfTheSearch(run, done, unplaceable, "CYC-10");
    }

    @Test
    void aLeaveAnotherReplicaCommitsReachesTheRepairRunAndForcesTheAuditItBreaks() {
        long leadA = auditor("LEAD_AUDITOR", "33");
        auditor("LEAD_AUDITOR", "33");
        long leadC = auditor("LEAD_AUDITOR", "33");
        List<Long> audits = initialStages("Replica feed", 3, LocalDate.of(2044, 2, 6), 6);
        long full = startRun("2044-01-01", "2044-12-31", "FULL");
        awaitCompleted(full);
        post("/api/v1/planning-runs/" + full + "/apply", Map.of()).statusCode(200);
        publish("2044-01-01", "2045-06-30");
        long target = audits.stream().filter(id -> lead(id) == leadA).findFirst().orElseGet(() -> audits.get(0));
        long targetLead = lead(target);
        JsonPath before = audit(target);
        LocalDate leaveFrom = LocalDate.parse(before.getString("startDate"));
        LocalDate leaveTo = LocalDate.parse(before.getString("endDate"));
        // in the run's snapshot already: read again by the feed's look-back, but not fed
        long other = targetLead == leadC ? leadA : leadC;
        unavailable(other, "2044-12-01", "2044-12-05");
        apply(createClient(singleSiteClient("Replica feed new GmbH", 25)), "2044-06-04");

        long repair = startRun("2044-01-01", "2044-12-31", "REPAIR");
        awaitSolving(repair);
        // committed as another replica's service would: no request to, and no event in, this process
        QuarkusTransaction.requiringNew().run(() -> {
            Unavailability leave = new Unavailability();
            leave.auditorId = targetLead;
            leave.fromDate = leaveFrom;
            leave.toDate = leaveTo;
            leave.reason = "sick";
            leave.persist();
        });

        JsonPath done = awaitCompleted(repair);
        assertThat(done.getInt("fedInputs")).as("only the leave recorded while solving was fed").isEqualTo(1);
        JsonPath changes = get("/api/v1/planning-runs/" + repair + "/changes").statusCode(200).extract().jsonPath();
        assertThat(changes.getString("find { it.auditId == " + target + " }.forcedBy")).contains("CAP-2");
        String heldByLeave = "findAll { it.proposed.team.any { m -> m.auditorId == " + targetLead + " } }.proposed";
        List<String> starts = changes.getList(heldByLeave + ".startDate", String.class);
        List<String> ends = changes.getList(heldByLeave + ".endDate", String.class);
        for (int i = 0; i < starts.size(); i++) {
            assertThat(LocalDate.parse(starts.get(i)).isAfter(leaveTo) || LocalDate.parse(ends.get(i)).isBefore(leaveFrom))
                    .as("auditor %s proposed from %s to %s, on leave from %s to %s", targetLead, starts.get(i),
                            ends.get(i), leaveFrom, leaveTo).isTrue();
        }
    }

    private static long startRun(String from, String to, String mode) {
        return post("/api/v1/planning-runs", Map.of("from", from, "to", to, "mode", mode, "timeLimit", "PT25S"))
                .statusCode(202).extract().jsonPath().getLong("id");
    }

    /** Until the run solves here with its snapshot read, so that whatever is recorded now is new to it. */
    private void awaitSolving(long runId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (runs.solvingRuns().stream().noneMatch(run -> run.id() == runId)) {
            assertThat(Instant.now()).as("run %s is not solving", runId).isBefore(deadline);
            ReplanningFixtures.sleep(20);
        }
    }

    /** Stage 1 and stage 2 of {@code count} new clients, applying {@code weeksApart} weeks apart from {@code first}. */
    private static List<Long> initialStages(String name, int count, LocalDate first, int weeksApart) {
        List<Long> audits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long cert = apply(createClient(singleSiteClient(name + " " + i + " GmbH", 20)),
                    first.plusWeeks((long) weeksApart * i).toString());
            audits.add(auditOf(cert, "STAGE_1"));
            audits.add(auditOf(cert, "STAGE_2"));
        }
        return audits;
    }
}
