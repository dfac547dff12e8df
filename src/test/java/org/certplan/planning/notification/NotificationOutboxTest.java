package org.certplan.planning.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.planning.PlanningRunFixtures.auditor;
import static org.certplan.planning.PlanningRunFixtures.awaitCompleted;
import static org.certplan.planning.PlanningRunFixtures.unavailable;
import static org.certplan.support.Api.apply;
import static org.certplan.support.Api.auditOf;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.post;
import static org.certplan.support.Api.singleSiteClient;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.certplan.audit.TeamRole;
import org.certplan.planning.PlanningRunService;
import org.certplan.programme.AuditType;
import org.junit.jupiter.api.Test;

/**
 * The notification outbox against the embedded MariaDB and a real webhook receiver. The schedule is off in this
 * profile: each test runs the dispatcher itself, as a replica's schedule would.
 */
@QuarkusTest
@TestSecurity(user = "paula", roles = "planner")
@TestProfile(NotificationOutboxTest.Webhook.class)
class NotificationOutboxTest {

    static final String SECRET = "outbox-test-secret";

    public static class Webhook implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("certplan.notifications.webhook-url", WebhookReceiver.get().url(),
                    "certplan.notifications.webhook-secret", SECRET,
                    "certplan.notifications.dispatch-interval", "off");
        }
    }

    final WebhookReceiver receiver = WebhookReceiver.get();

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    NotificationOutbox outbox;

    @Inject
    WebhookSender webhook;

    @Inject
    NotificationConfig config;

    @Inject
    ChangeNotifier notifier;

    @Inject
    PlanningRunService runs;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Test
    void aRolledBackApplySendsNothingAndAnAppliedOneSendsOneSignedPostPerRecipient() throws Exception {
        for (int i = 0; i < 3; i++) {
            auditor("LEAD_AUDITOR", "33");
        }
        List<Long> audits = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long cert = apply(createClient(singleSiteClient("Outbox " + i + " GmbH", 20)),
                    LocalDate.of(2043, 2, 2).plusWeeks(6L * i).toString());
            audits.add(auditOf(cert, "STAGE_1"));
            audits.add(auditOf(cert, "STAGE_2"));
        }
        long full = startRun("FULL");
        awaitCompleted(full);
        post("/api/v1/planning-runs/" + full + "/apply", Map.of()).statusCode(200);
        post("/api/v1/audits/publish", Map.of("from", "2043-01-01", "to", "2044-06-30", "publishedBy", "Paula"))
                .statusCode(200);
        JsonPath sick = get("/api/v1/audits/" + audits.get(0)).statusCode(200).extract().jsonPath();
        long sickLead = sick.getLong("team.find { it.role == 'LEAD' }.auditorId");
        unavailable(sickLead, sick.getString("startDate"), sick.getString("endDate"));
        long repair = startRun("REPAIR");
        awaitCompleted(repair);
        String changeSet = "planning run " + repair;

        // the apply writes its notifications in its transaction; rolled back, they are gone and nothing is sent
        QuarkusTransaction.begin();
        try {
            runs.apply(repair, "Paula");
            assertThat(ChangeNotification.count("changeSet", changeSet)).as("written within the apply").isPositive();
        } finally {
            QuarkusTransaction.rollback();
        }
        dispatchUntilNoneDue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ChangeNotification.count("changeSet", changeSet)))
                .isZero();
        assertThat(get("/api/v1/audits/" + audits.get(0)).extract().jsonPath().getString("startDate"))
                .as("the rolled-back apply changed nothing").isEqualTo(sick.getString("startDate"));

        post("/api/v1/planning-runs/" + repair + "/apply", Map.of()).statusCode(200);
        JsonPath changes = get("/api/v1/planning-runs/" + repair + "/changes").statusCode(200).extract().jsonPath();
        Set<String> expected = new HashSet<>();
        for (Map<String, Object> change : changes.<Map<String, Object>>getList("findAll { it.published == true }")) {
            long auditId = ((Number) change.get("auditId")).longValue();
            expected.add("CLIENT/" + get("/api/v1/audits/" + auditId).extract().jsonPath().getLong("clientId"));
            for (String placement : List.of("current", "proposed")) {
                for (Map<String, Object> member : team(change.get(placement))) {
                    if (member.get("auditorId") != null && (TeamRole.LEAD.name().equals(member.get("role"))
                            || TeamRole.AUDITOR.name().equals(member.get("role")))) {
                        expected.add("AUDITOR/" + member.get("auditorId"));
                    }
                }
            }
        }
        assertThat(expected).contains("CLIENT/" + sick.getLong("clientId"), "AUDITOR/" + sickLead);

        List<ChangeNotification> rows = QuarkusTransaction.requiringNew().call(() ->
                ChangeNotification.<ChangeNotification>list("changeSet", changeSet));
        List<String> recipients = rows.stream().map(n -> n.recipientType + "/" + n.recipientId).toList();
        assertThat(recipients).as("one row per recipient").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(rows).allMatch(n -> n.status == ChangeNotification.Status.PENDING && n.attempts == 0);

        dispatchUntilNoneDue();
        for (ChangeNotification row : rows) {
            List<WebhookReceiver.Request> received = receiver.requests(row.id);
            assertThat(received).as("POSTs of notification %d", row.id).hasSize(1);
            WebhookReceiver.Request request = received.get(0);
            assertThat(request.signature()).isEqualTo(WebhookSignature.of(request.body(), SECRET));
            JsonNode body = json.readTree(request.body());
            assertThat(body.get("id").asLong()).isEqualTo(row.id);
            assertThat(body.get("changeSet").asText()).isEqualTo(changeSet);
            assertThat(body.at("/recipient/type").asText() + "/" + body.at("/recipient/id").asLong())
                    .isEqualTo(row.recipientType + "/" + row.recipientId);
        }
        get("/api/v1/notifications?size=100&changeSet=" + changeSet).statusCode(200)
                .body("total", equalTo(rows.size()))
                .body("items.findAll { it.status == 'SENT' && it.attempts == 1 && it.deliveredAt != null "
                        + "&& it.nextAttemptAt == null }.size()", equalTo(rows.size()));
    }

    @Test
    void aRefusedPostIsRetriedAfterGrowingWaitsUntilSent() {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> notifier.notify("refused first",
                List.of(change(701, 71, 31))));
        long client = clientRow(ids);
        long auditor = ids.stream().filter(id -> id != client).findFirst().orElseThrow();
        receiver.refuse(client, 3);

        // a round ends when nothing is due: the refused one waits (one more try if the round outlasted the wait)
        dispatcher.dispatch();
        JsonPath waiting = get("/api/v1/notifications?changeSet=refused first&recipientType=CLIENT").statusCode(200)
                .extract().jsonPath();
        assertThat(waiting.getString("items[0].status")).isEqualTo("PENDING");
        assertThat(waiting.getInt("items[0].attempts")).isIn(1, 2);
        assertThat(waiting.getString("items[0].lastError")).isEqualTo("HTTP 500");
        assertThat(Instant.parse(waiting.getString("items[0].nextAttemptAt"))).isAfter(receiver.requests(client)
                .get(receiver.requests(client).size() - 1).at());
        dispatchUntilNoneDue();

        ChangeNotification sent = QuarkusTransaction.requiringNew().call(() -> ChangeNotification.findById(client));
        assertThat(sent.status).isEqualTo(ChangeNotification.Status.SENT);
        assertThat(sent.attempts).isEqualTo(4);
        assertThat(sent.lastError).isEqualTo("HTTP 500");
        List<WebhookReceiver.Request> requests = receiver.requests(client);
        assertThat(requests).extracting(WebhookReceiver.Request::answer).containsExactly(500, 500, 500, 204);
        for (int attempt = 1; attempt < requests.size(); attempt++) {
            Duration waited = Duration.between(requests.get(attempt - 1).at(), requests.get(attempt).at());
            assertThat(waited).as("wait after failed attempt %d", attempt)
                    .isGreaterThanOrEqualTo(outbox.backoff(attempt).minusMillis(2));
        }
        assertThat(outbox.backoff(1)).isLessThan(outbox.backoff(2));
        assertThat(outbox.backoff(2)).isLessThan(outbox.backoff(3));
        assertThat(requests).allMatch(r -> r.signature().equals(WebhookSignature.of(r.body(), SECRET)));
        assertThat(receiver.requests(auditor)).as("the other recipient's POST went through at once").hasSize(1);
    }

    @Test
    void aNotificationRefusedEveryAttemptFailsAndCanBeRetriedOnlyWhenFailed() {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> notifier.notify("refused always",
                List.of(change(702, 72, 32))));
        long client = clientRow(ids);
        receiver.refuse(client, config.maxAttempts());
        dispatchUntilNoneDue();

        get("/api/v1/notifications?status=FAILED&changeSet=refused always").statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) client))
                .body("items[0].attempts", equalTo(config.maxAttempts()))
                .body("items[0].nextAttemptAt", org.hamcrest.Matchers.nullValue());
        dispatcher.dispatch();
        assertThat(receiver.requests(client)).as("no attempt after the last").hasSize(config.maxAttempts());

        long auditor = ids.stream().filter(id -> id != client).findFirst().orElseThrow();
        given().when().post("/api/v1/notifications/" + auditor + "/retry").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://certplan.org/problems/invalid-state"));
        get("/api/v1/notifications?changeSet=refused always&recipientType=AUDITOR").statusCode(200)
                .body("items[0].status", equalTo("SENT")).body("items[0].attempts", equalTo(1));
        given().when().post("/api/v1/notifications/987654321/retry").then().statusCode(404)
                .contentType("application/problem+json");

        given().when().post("/api/v1/notifications/" + client + "/retry").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("attempts", equalTo(0));
        given().when().post("/api/v1/notifications/" + client + "/retry").then().statusCode(409);
        dispatchUntilNoneDue();
        get("/api/v1/notifications?changeSet=refused always&recipientType=CLIENT").statusCode(200)
                .body("items[0].status", equalTo("SENT")).body("items[0].attempts", equalTo(1));
        assertThat(receiver.requests(client)).hasSize(config.maxAttempts() + 1);
    }

    @Test
    void rowsLeftPendingByAStoppedReplicaAreSentByAFreshDispatcher() {
        Instant now = Instant.now();
        long fresh = pendingRow("left pending", 0, now.minus(Duration.ofMinutes(1)));
        long claimedByAStoppedReplica = pendingRow("left pending", 1, now.minusSeconds(1));
        long notDue = pendingRow("left pending", 0, now.plus(Duration.ofHours(1)));
        long byThePreviousVersion = pendingRow("left pending", 0, null);
        long loggedByThePreviousVersion = row("left pending", "LOGGED", 1, null);

        int attempts = new NotificationDispatcher(outbox, webhook, config).dispatch();

        assertThat(attempts).isEqualTo(3);
        assertThat(receiver.requests(fresh)).hasSize(1);
        assertThat(receiver.requests(claimedByAStoppedReplica)).hasSize(1);
        assertThat(receiver.requests(byThePreviousVersion)).hasSize(1);
        assertThat(receiver.requests(notDue)).isEmpty();
        assertThat(receiver.requests(loggedByThePreviousVersion)).isEmpty();
        Map<Long, ChangeNotification> rows = rows(List.of(fresh, claimedByAStoppedReplica, notDue,
                byThePreviousVersion, loggedByThePreviousVersion));
        assertThat(rows.get(byThePreviousVersion).status).isEqualTo(ChangeNotification.Status.SENT);
        assertThat(rows.get(loggedByThePreviousVersion).status).isEqualTo(ChangeNotification.Status.SENT);
        assertThat(rows.get(fresh).status).isEqualTo(ChangeNotification.Status.SENT);
        assertThat(rows.get(fresh).attempts).isEqualTo(1);
        assertThat(rows.get(claimedByAStoppedReplica).status).isEqualTo(ChangeNotification.Status.SENT);
        assertThat(rows.get(claimedByAStoppedReplica).attempts).isEqualTo(2);
        assertThat(rows.get(notDue).status).isEqualTo(ChangeNotification.Status.PENDING);
        assertThat(rows.get(notDue).attempts).isZero();
        QuarkusTransaction.requiringNew().run(() -> ChangeNotification.update(
                "status = ?1, nextAttemptAt = null where id = ?2", ChangeNotification.Status.FAILED, notDue));
    }

    @Test
    void twoDispatchersClaimingAtOnceNeverSendARowTwice() throws Exception {
        Instant due = Instant.now().minusSeconds(5);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(pendingRow("two replicas", 0, due));
        }
        receiver.delay(25);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int replica = 0; replica < 2; replica++) {
                NotificationDispatcher dispatcherOfReplica = new NotificationDispatcher(outbox, webhook, config);
                rounds.add(threads.submit(() -> {
                    start.await();
                    return dispatcherOfReplica.dispatch();
                }));
            }
            int first = rounds.get(0).get(60, TimeUnit.SECONDS);
            int second = rounds.get(1).get(60, TimeUnit.SECONDS);
            assertThat(first + second).isEqualTo(ids.size());
            assertThat(first).as("both dispatchers sent some").isPositive();
            assertThat(second).as("both dispatchers sent some").isPositive();
        } finally {
            receiver.delay(0);
            threads.shutdownNow();
        }
        for (long id : ids) {
            assertThat(receiver.requests(id)).as("POSTs of notification %d", id).hasSize(1);
        }
        assertThat(rows(ids).values()).allMatch(n -> n.status == ChangeNotification.Status.SENT && n.attempts == 1);
    }

    private static long startRun(String mode) {
        return post("/api/v1/planning-runs", Map.of("from", "2043-01-01", "to", "2043-12-31", "mode", mode))
                .statusCode(202).extract().jsonPath().getLong("id");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> team(Object placement) {
        return placement == null ? List.of() : (List<Map<String, Object>>) ((Map<String, Object>) placement).get("team");
    }

    private static AuditChange change(long auditId, long clientId, long auditorId) {
        return new AuditChange(auditId, clientId, AuditType.SURVEILLANCE_1,
                new AuditChange.Placement(LocalDate.of(2031, 3, 3), LocalDate.of(2031, 3, 4), List.of(auditorId)),
                new AuditChange.Placement(LocalDate.of(2031, 3, 10), LocalDate.of(2031, 3, 11), List.of(auditorId)),
                "re-planned");
    }

    private static long clientRow(List<Long> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ChangeNotification.<ChangeNotification>list(
                "id in ?1 and recipientType = ?2", ids, ChangeNotification.RecipientType.CLIENT).get(0).id);
    }

    /** A PENDING row as another process (or an earlier run of the application) left it in the database. */
    private long pendingRow(String changeSet, int attempts, Instant due) {
        return row(changeSet, "PENDING", attempts, due);
    }

    private long row(String changeSet, String status, int attempts, Instant due) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var insert = em.createNativeQuery("""
                            INSERT INTO change_notification (change_set, recipient_type, recipient_id, payload, status,
                                attempts, next_attempt_at, created_at, version)
                            VALUES (:changeSet, 'AUDITOR', 5, :payload, :status, :attempts, %s, :created, 0)"""
                            .formatted(due == null ? "NULL" : ":due"))
                    .setParameter("changeSet", changeSet)
                    .setParameter("payload", "{\"changeSet\":\"" + changeSet + "\"}")
                    .setParameter("status", status)
                    .setParameter("attempts", attempts)
                    .setParameter("created", Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MICROS));
            if (due != null) {
                insert.setParameter("due", due.truncatedTo(ChronoUnit.MICROS));
            }
            insert.executeUpdate();
            return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        });
    }

    private static Map<Long, ChangeNotification> rows(List<Long> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ChangeNotification.<ChangeNotification>list("id in ?1", ids)
                .stream().collect(java.util.stream.Collectors.toMap(n -> n.id, n -> n)));
    }

    /** Runs the dispatcher as a replica's schedule would until no notification is PENDING and due within 2 s. */
    private void dispatchUntilNoneDue() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            dispatcher.dispatch();
            long waiting = QuarkusTransaction.requiringNew().call(() -> ChangeNotification.count(
                    "status = ?1 and nextAttemptAt <= ?2", ChangeNotification.Status.PENDING,
                    Instant.now().plusSeconds(2)));
            if (waiting == 0) {
                return;
            }
            assertThat(Instant.now()).as("%d notifications still due", waiting).isBefore(deadline);
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
