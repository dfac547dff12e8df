package org.certplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.support.Api.apply;
import static org.certplan.support.Api.auditOf;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.singleSiteClient;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.certplan.planning.PlanningRunFixtures;
import org.certplan.support.Assignments;
import org.junit.jupiter.api.Test;

/**
 * V13__whole_teams.sql run again over audits left as the service wrote them before whole teams were required:
 * PLANNED ones with an empty seat or no lead become UNPLANNED without date and lead or auditors, with the reason;
 * whole, confirmed and closed ones stay as they are. Each auditor is booked once, in a year no other test plans.
 */
@QuarkusTest
@TestSecurity(user = "planner", roles = "planner")
class WholeTeamsMigrationTest {

    private static final LocalDate MONDAY = LocalDate.of(2057, 3, 5);

    @Inject
    DataSource dataSource;

    @Inject
    TeamSeats seats;

    @Test
    void plannedAuditsWithoutAWholeTeamBecomeUnplannedWithTheirReasonAndNoDate() throws Exception {
        long lead = PlanningRunFixtures.auditor("LEAD_AUDITOR", "33");
        long otherLead = PlanningRunFixtures.auditor("LEAD_AUDITOR", "33");
        long auditor = PlanningRunFixtures.auditor("AUDITOR", "33");
        long otherAuditor = PlanningRunFixtures.auditor("AUDITOR", "33");
        long expert = PlanningRunFixtures.auditor("TECHNICAL_EXPERT", "33");
        long whole = stage1("Migrated Whole GmbH", 20);
        long noLead = stage1("Migrated No Lead GmbH", 20);
        long noTeam = stage1("Migrated No Team GmbH", 20);
        long confirmedNoLead = stage1("Migrated Confirmed GmbH", 20);
        long unplannedDated = stage1("Migrated Unplanned GmbH", 20);
        long oneShort = auditOf(apply(createClient(singleSiteClient("Migrated Short GmbH", 700)), "2057-01-08"),
                "STAGE_2");
        assertThat(seats.needed(new BigDecimal(audit(oneShort).getString("onsiteDays")))).isEqualTo(2);

        Assignments.plan(whole, MONDAY, MONDAY.plusDays(1), AuditStatus.PLANNED, lead);
        Assignments.planWithoutLead(noLead, MONDAY, MONDAY.plusDays(1), AuditStatus.PLANNED, auditor);
        expert(noLead, expert);
        Assignments.planWithoutLead(noTeam, MONDAY, MONDAY.plusDays(1), AuditStatus.PLANNED);
        Assignments.planWithoutLead(confirmedNoLead, MONDAY, MONDAY.plusDays(1), AuditStatus.CONFIRMED, otherAuditor);
        Assignments.planWithoutLead(unplannedDated, MONDAY, MONDAY.plusDays(1), AuditStatus.UNPLANNED);
        Assignments.plan(oneShort, MONDAY, MONDAY.plusDays(4), AuditStatus.PLANNED, otherLead);
        long versionBefore = audit(noLead).getLong("version");

        migrate();

        JsonPath kept = audit(whole);
        assertThat(kept.getString("status")).isEqualTo("PLANNED");
        assertThat(kept.getString("startDate")).isEqualTo(MONDAY.toString());
        assertThat(kept.getBoolean("staffed")).isTrue();

        assertUnplanned(noLead, "left unplanned without a whole team (COMP-7): no lead");
        assertThat(audit(noLead).getLong("version")).isGreaterThan(versionBefore);
        assertThat(audit(noLead).getList("team.role", String.class)).containsExactly("TECHNICAL_EXPERT");
        assertUnplanned(noTeam, "left unplanned without a whole team (COMP-7): no team: all 1 seat empty, no lead");
        assertUnplanned(oneShort, "left unplanned without a whole team (COMP-7): 1 of 2 seats empty");
        assertThat(audit(oneShort).getList("team")).isEmpty();
        List<String> trail = get("/api/v1/audits/" + oneShort + "/history").statusCode(200).extract().jsonPath()
                .getList("findAll { it.action == 'UNPLANNED' }.detail", String.class);
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0)).contains(MONDAY + "..", "status PLANNED -> UNPLANNED", "1 of 2 seats empty");

        JsonPath confirmed = audit(confirmedNoLead);
        assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
        assertThat(confirmed.getString("startDate")).isEqualTo(MONDAY.toString());
        assertThat(confirmed.getBoolean("incompleteTeam")).isTrue();

        JsonPath undated = audit(unplannedDated);
        assertThat(undated.getString("status")).isEqualTo("UNPLANNED");
        assertThat(undated.getString("startDate")).isNull();
    }

    private static long stage1(String name, int persons) {
        return auditOf(apply(createClient(singleSiteClient(name, persons)), "2057-01-08"), "STAGE_1");
    }

    private static JsonPath audit(long id) {
        return get("/api/v1/audits/" + id).statusCode(200).extract().jsonPath();
    }

    private static void assertUnplanned(long id, String reason) {
        JsonPath audit = audit(id);
        assertThat(audit.getString("status")).as("audit %s", id).isEqualTo("UNPLANNED");
        assertThat(audit.getString("startDate")).isNull();
        assertThat(audit.getString("endDate")).isNull();
        assertThat(audit.getString("unassignedReason")).isEqualTo(reason);
        assertThat(audit.getList("team.role", String.class)).doesNotContain("LEAD", "AUDITOR");
    }

    private static void expert(long auditId, long auditorId) {
        QuarkusTransaction.requiringNew().run(() -> {
            TeamMember member = new TeamMember();
            member.auditId = auditId;
            member.auditorId = auditorId;
            member.role = TeamRole.TECHNICAL_EXPERT;
            member.days = BigDecimal.ONE;
            member.persist();
        });
    }

    /** The migration's statements, one connection (its temporary table lives in the session), as Flyway runs them. */
    private void migrate() throws IOException, SQLException {
        String script;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V13__whole_teams.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String sql = Arrays.stream(script.split("\n")).filter(line -> !line.startsWith("--"))
                .collect(Collectors.joining("\n"))
                .replace("${max_days_per_auditor}", String.valueOf(seats.maxDaysPerAuditor()));
        List<String> statements = Arrays.stream((sql + "\n").split(";\\s*\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        assertThat(statements).hasSize(5);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String each : statements) {
                statement.execute(each);
            }
        }
    }
}
