package org.certplan.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.support.Api.apply;
import static org.certplan.support.Api.auditOf;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.singleSiteClient;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * V15__multisite_audit_time.sql's queue and its Java half over a multi-site certification left as the old
 * calculation stored it (every site's time, halved): the whole organisation's time stored again, the audits not
 * yet held recalculated from their samples with a trail entry, once.
 */
@QuarkusTest
@TestSecurity(user = "planner", roles = "planner")
class AuditTimeMigrationTest {

    @Inject
    DataSource dataSource;

    @Inject
    AuditTimeMigration migration;

    private static Map<String, Object> site(String name, boolean central) {
        return Map.of("name", name, "countryCode", "FR", "city", "Lyon", "latitude", 45.76, "longitude", 4.84,
                "persons", 20, "central", central);
    }

    @Test
    void openAuditsOfMultiSiteClientsAreRecalculatedOnceWithATrailEntry() throws Exception {
        List<Map<String, Object>> sites = new ArrayList<>(List.of(site("Siège", true)));
        for (int i = 1; i <= 9; i++) {
            sites.add(site("Agence " + i, false));
        }
        long multi = apply(createClient(Map.of("name", "Migrated Sites 2062 SA", "persons", 200,
                "siteSampling", true, "sites", sites, "technicalAreas", List.of("33"),
                "languages", List.of("fr"))), "2062-05-08");
        long single = apply(createClient(singleSiteClient("Migrated One Site 2062 SA", 200)), "2062-05-08");
        long stage2 = auditOf(multi, "STAGE_2");
        execute("UPDATE certification SET at_initial_days = 35.0, at_stage1_days = 10.5, at_stage2_days = 24.5,"
                + " at_surveillance_days = 11.5, at_recertification_days = 23.5 WHERE id = " + multi);
        execute("UPDATE audit SET auditor_days = 24.5, onsite_days = 17.0 WHERE id = " + stage2);

        queueAsV15Does();
        assertThat(queued()).contains(multi).doesNotContain(single);
        execute("DELETE FROM audit_time_recalculation WHERE certification_id <> " + multi);

        assertThat(migration.run()).isEqualTo(1);

        JsonPath audit = get("/api/v1/audits/" + stage2).extract().jsonPath();
        assertThat(audit.getFloat("auditorDays")).isEqualTo(26.0f);
        assertThat(audit.getFloat("onsiteDays")).isEqualTo(18.0f);
        JsonPath certification = get("/api/v1/certifications/" + multi).extract().jsonPath();
        assertThat(certification.getFloat("auditTime.multiSite.singleSiteInitialDays")).isEqualTo(14.0f);
        assertThat(certification.getFloat("auditTime.initialAuditorDays")).isEqualTo(28.0f);
        List<Map<String, Object>> trail = get("/api/v1/audits/" + stage2 + "/history").extract().jsonPath()
                .getList("findAll { it.action == 'AUDIT_TIME_RECALCULATED' }");
        assertThat(trail).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("actor", "certplan").containsEntry("source", "SYSTEM");
            assertThat((String) entry.get("detail")).contains("24.5 auditor-days").contains("26.0 auditor-days");
            assertThat((String) entry.get("reason")).contains("IAF MD 1 7.3");
        });

        assertThat(queued()).isEmpty();
        assertThat(migration.run()).isZero();
        assertThat(get("/api/v1/audits/" + stage2 + "/history").extract().jsonPath()
                .getList("findAll { it.action == 'AUDIT_TIME_RECALCULATED' }")).hasSize(1);
    }

    private void queueAsV15Does() throws IOException, SQLException {
        String script;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V15__multisite_audit_time.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String insert = script.substring(script.indexOf("INSERT INTO audit_time_recalculation"));
        execute(insert.substring(0, insert.indexOf(';')));
    }

    private List<Long> queued() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT certification_id FROM audit_time_recalculation")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
