package org.certplan.planning.replanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.certplan.planning.PlanningRunFixtures.auditor;
import static org.certplan.planning.PlanningRunFixtures.awaitCompleted;
import static org.certplan.support.Api.apply;
import static org.certplan.support.Api.auditOf;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.post;
import static org.certplan.support.Api.singleSiteClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.certplan.audit.Audit;
import org.certplan.audit.TeamMember;
import org.certplan.planning.PlanningMode;
import org.certplan.planning.PlanningRun;
import org.certplan.planning.PlanningRunService;
import org.certplan.planning.PlanningRunStatus;
import org.junit.jupiter.api.Test;

/**
 * A replica dying mid-run: its run, whose heartbeat went stale, is marked FAILED by another replica, the audits
 * are as they were, and the next run can start; a run whose owner still beats is left alone; and an apply that
 * fails half-way (the database refuses a write) leaves every audit as it was.
 */
@QuarkusTest
@TestSecurity(user = "paula", roles = "planner")
class RunLivenessTest {

    @Inject
    RunLiveness liveness;

    @Inject
    PlanningRunService runs;

    @Inject
    EntityManager em;

    @Test
    void aRunWhoseReplicaStoppedBeatingIsFailedAndTheNextRunStarts() {
        ReplanningFixtures.assertNoActiveRun();
        auditor("LEAD_AUDITOR", "33");
        long cert = apply(createClient(singleSiteClient("Liveness GmbH", 20)), "2042-02-03");
        long stage1 = auditOf(cert, "STAGE_1");
        long versionBefore = QuarkusTransaction.requiringNew().call(() -> Audit.<Audit>findById(stage1).version);

        long dead = activeRun("replica-that-died", Instant.now().minus(10, ChronoUnit.MINUTES));

        // this replica's own timer may get there first; either way the stale run ends FAILED
        liveness.failStaleRuns();
        get("/api/v1/planning-runs/" + dead).statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("failureMessage", containsString("replica-that-died"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Audit.<Audit>findById(stage1).version))
                .isEqualTo(versionBefore);

        long next = post("/api/v1/planning-runs", Map.of("from", "2042-01-01", "to", "2042-12-31"))
                .statusCode(202).extract().jsonPath().getLong("id");
        awaitCompleted(next);
        get("/api/v1/planning-runs/" + next).statusCode(200).body("status", equalTo("COMPLETED"));
    }

    @Test
    void aRunWhoseReplicaStillBeatsIsLeftAlone() {
        ReplanningFixtures.assertNoActiveRun();
        long alive = activeRun("replica-still-alive", Instant.now());
        try {
            assertThat(liveness.failStaleRuns()).doesNotContain(alive);
            assertThat(runs.find(alive).status).isEqualTo(PlanningRunStatus.SOLVING);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> PlanningRun.update(
                    "status = ?1, active = null where id = ?2", PlanningRunStatus.FAILED, alive));
        }
    }

    @Test
    void anApplyInterruptedHalfWayWritesNothing() {
        ReplanningFixtures.assertNoActiveRun();
        auditor("LEAD_AUDITOR", "33");
        List<Long> audits = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long cert = apply(createClient(singleSiteClient("Interrupted " + i + " GmbH", 20)),
                    LocalDate.of(2043, 2, 2).plusWeeks(8L * i).toString());
            audits.add(auditOf(cert, "STAGE_1"));
            audits.add(auditOf(cert, "STAGE_2"));
        }
        long run = post("/api/v1/planning-runs", Map.of("from", "2043-01-01", "to", "2043-12-31"))
                .statusCode(202).extract().jsonPath().getLong("id");
        awaitCompleted(run);
        long last = audits.stream().max(Long::compare).orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                CREATE TRIGGER replanning_test_fail_write BEFORE INSERT ON audit_team_member FOR EACH ROW
                BEGIN
                  IF NEW.audit_id = %d THEN
                    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the database went away mid-apply';
                  END IF;
                END""".formatted(last)).executeUpdate());
        try {
            assertThatThrownBy(() -> runs.apply(run, "Paula Planner")).isInstanceOf(RuntimeException.class);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "DROP TRIGGER IF EXISTS replanning_test_fail_write").executeUpdate());
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (long id : audits) {
                Audit audit = Audit.findById(id);
                assertThat(audit.startDate).as("audit %s", id).isNull();
                assertThat(TeamMember.count("auditId", id)).as("team of audit %s", id).isZero();
            }
            assertThat(PlanningRun.<PlanningRun>findById(run).appliedAt).isNull();
        });

        post("/api/v1/planning-runs/" + run + "/apply", Map.of()).statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> assertThat(Audit.<Audit>findById(audits.get(0)).startDate).isNotNull());
    }

    private static long activeRun(String owner, Instant heartbeat) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PlanningRun run = new PlanningRun();
            run.status = PlanningRunStatus.SOLVING;
            run.mode = PlanningMode.FULL;
            run.horizonFrom = LocalDate.of(2042, 1, 1);
            run.horizonTo = LocalDate.of(2042, 12, 31);
            run.timeLimit = "PT5S";
            run.active = true;
            run.requestedBy = "planner";
            run.ownerInstance = owner;
            run.heartbeatAt = heartbeat;
            run.startedAt = heartbeat;
            run.persist();
            return run.id;
        });
    }
}
