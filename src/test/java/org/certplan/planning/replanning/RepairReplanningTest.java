package org.certplan.planning.replanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.planning.PlanningRunFixtures.auditor;
import static org.certplan.planning.PlanningRunFixtures.awaitCompleted;
import static org.certplan.planning.PlanningRunFixtures.unavailable;
import static org.certplan.planning.replanning.ReplanningFixtures.audit;
import static org.certplan.planning.replanning.ReplanningFixtures.confirm;
import static org.certplan.planning.replanning.ReplanningFixtures.declareConflict;
import static org.certplan.planning.replanning.ReplanningFixtures.lead;
import static org.certplan.planning.replanning.ReplanningFixtures.publish;
import static org.certplan.support.Api.apply;
import static org.certplan.support.Api.auditOf;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.post;
import static org.certplan.support.Api.singleSiteClient;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.certplan.planning.WrittenPlanCheck;
import org.junit.jupiter.api.Test;

/**
 * REPAIR against a published plan: after a leave, a new conflict of interest and new certifications, the run moves
 * no confirmed audit and only the published audits a hard rule forces (each listed with the rule), plans the new
 * audits, and its applied plan breaks no hard rule. Each test plans its own year.
 */
@QuarkusTest
@TestSecurity(user = "paula", roles = "planner")
class RepairReplanningTest {

    @Test
    void repairMovesOnlyThePublishedAuditsAHardRuleForcesAndNoConfirmedOne() {
        for (int i = 0; i < 4; i++) {
            auditor("LEAD_AUDITOR", "33");
        }
        auditor("AUDITOR", "33");
        List<Long> clients = new ArrayList<>();
        List<Long> audits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long client = createClient(singleSiteClient("Repair " + i + " GmbH", 20 + i));
            clients.add(client);
            long cert = apply(client, LocalDate.of(2038, 1, 11).plusWeeks(5L * i).toString());
            audits.add(auditOf(cert, "STAGE_1"));
            audits.add(auditOf(cert, "STAGE_2"));
        }
        long full = startRun("FULL");
        assertThat(awaitCompleted(full).getBoolean("feasible")).isTrue();
        post("/api/v1/planning-runs/" + full + "/apply", Map.of("appliedBy", "Paula Planner")).statusCode(200);
        List<Long> published = publish("2038-01-01", "2039-12-31");
        assertThat(published).containsAll(audits);
        get("/api/v1/audits/" + audits.get(2)).statusCode(200).body("publishedStartDate", org.hamcrest.Matchers.notNullValue());

        long confirmed = audits.get(0);
        confirm(confirmed);
        String confirmedStart = audit(confirmed).getString("startDate");
        long confirmedLead = lead(confirmed);

        // the change: one lead falls ill over a published audit, another declares a conflict, two clients arrive
        long sick = audits.get(2);
        long sickLead = lead(sick);
        unavailable(sickLead, audit(sick).getString("startDate"), audit(sick).getString("endDate"));
        long conflicted = audits.get(5);
        long conflictedLead = lead(conflicted);
        declareConflict(conflictedLead, clients.get(2), "2037-01-01");
        List<Long> added = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long cert = apply(createClient(singleSiteClient("Repair new " + i + " GmbH", 30)),
                    LocalDate.of(2038, 4, 5).plusWeeks(4L * i).toString());
            added.add(auditOf(cert, "STAGE_1"));
            added.add(auditOf(cert, "STAGE_2"));
        }

        long repair = startRun("REPAIR");
        JsonPath run = awaitCompleted(repair);
        assertThat(run.getBoolean("feasible")).isTrue();
        JsonPath changes = get("/api/v1/planning-runs/" + repair + "/changes").statusCode(200).extract().jsonPath();
        List<Long> changed = changes.getList("auditId", Long.class);

        assertThat(changed).doesNotContain(Long.valueOf(confirmed));
        assertThat(changed).containsAll(added);
        assertThat(changes.getString("find { it.auditId == " + sick + " }.forcedBy")).contains("CAP-2");
        assertThat(changes.getString("find { it.auditId == " + conflicted + " }.forcedBy")).contains("IMP-2");
        Set<Long> forced = new HashSet<>(changes.getList("findAll { it.forcedBy != null }.auditId", Long.class));
        List<Long> publishedMoved = changes.getList("findAll { it.published == true }.auditId", Long.class);
        assertThat(publishedMoved).as("published audits moved without a hard rule forcing them").allMatch(forced::contains);
        assertThat(published.stream().filter(id -> !forced.contains(id) && id != confirmed))
                .as("published audits no rule touches").noneMatch(changed::contains);

        post("/api/v1/planning-runs/" + repair + "/apply", Map.of("appliedBy", "Paula Planner")).statusCode(200);
        assertThat(audit(confirmed).getString("startDate")).isEqualTo(confirmedStart);
        assertThat(lead(confirmed)).isEqualTo(confirmedLead);
        List<Long> all = new ArrayList<>(audits);
        all.addAll(added);
        assertThat(WrittenPlanCheck.breaches(all)).isEmpty();
        assertThat(audit(sick).getString("publishedStartDate")).as("the forced move is published again")
                .isEqualTo(audit(sick).getString("startDate"));

        // one notification per affected client and auditor for the whole change set
        List<Map<String, Object>> notes = awaitDelivered("planning run " + repair);
        Set<String> recipients = new HashSet<>();
        notes.forEach(n -> assertThat(recipients.add(n.get("recipientType") + "/" + n.get("recipientId")))
                .as("one notification per recipient").isTrue());
        assertThat(recipients).contains("CLIENT/" + clients.get(1), "CLIENT/" + clients.get(2), "AUDITOR/" + sickLead,
                "AUDITOR/" + conflictedLead);
        assertThat(recipients).doesNotContain("CLIENT/" + clients.get(0));
    }

    private static long startRun(String mode) {
        return post("/api/v1/planning-runs", Map.of("from", "2038-01-01", "to", "2038-12-31", "mode", mode))
                .statusCode(202).extract().jsonPath().getLong("id");
    }

    private static List<Map<String, Object>> awaitDelivered(String changeSet) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            JsonPath page = get("/api/v1/notifications?size=500&changeSet=" + changeSet).statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (!items.isEmpty() && items.stream().allMatch(n -> "SENT".equals(n.get("status")))) {
                return items;
            }
            assertThat(Instant.now()).as("notifications of %s still pending: %s", changeSet, items).isBefore(deadline);
            ReplanningFixtures.sleep(200);
        }
    }
}
