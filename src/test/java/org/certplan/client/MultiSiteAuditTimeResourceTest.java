package org.certplan.client;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.support.Api.apply;
import static org.certplan.support.Api.auditOf;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.singleSiteClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * IAF MD 1 7.3 through the API: each audit's time from the central function and its own site sample (MS-4), the
 * CB's per-site reductions, the single-site floor, the breakdown in {@code auditTime} (AT-10), and the audits not
 * yet held following a change of sites.
 */
@QuarkusTest
@TestSecurity(user = "planner", roles = "planner")
class MultiSiteAuditTimeResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static Map<String, Object> site(String name, int persons, boolean central, int reduction) {
        Map<String, Object> site = new HashMap<>(Map.of("name", name, "countryCode", "AT", "city", "Linz",
                "latitude", 48.3, "longitude", 14.29, "persons", persons, "central", central,
                "auditTimeReductionPercent", reduction));
        if (reduction > 0) {
            site.put("auditTimeReductionReason", "same processes and controls as the central function");
        }
        return site;
    }

    /** The probe: 200 persons, 20 at the central function and 20 at each of 9 other sites. */
    private static Map<String, Object> probe(String name, int reduction) {
        List<Map<String, Object>> sites = new ArrayList<>(List.of(site("Head office", 20, true, reduction)));
        for (int i = 1; i <= 9; i++) {
            sites.add(site("Branch " + i, 20, false, reduction));
        }
        return new HashMap<>(Map.of("name", name, "persons", 200, "siteSampling", true, "sites", sites,
                "technicalAreas", List.of("33"), "languages", List.of("de")));
    }

    private static JsonPath certification(long id) {
        return get("/api/v1/certifications/" + id).statusCode(200).extract().jsonPath();
    }

    private static JsonPath audit(long certificationId, String type) {
        return get("/api/v1/audits/" + auditOf(certificationId, type)).statusCode(200).extract().jsonPath();
    }

    private static long clientsNamed(String name) {
        return get("/api/v1/clients?q=" + name).extract().jsonPath().getLong("total");
    }

    @Test
    void ms4_probeCountsTheCentralFunctionAndStage2sThreeSampledSites() {
        long id = apply(createClient(probe("Probe Sampled 2061 GmbH", 0)), "2061-01-10");

        JsonPath c = certification(id);
        assertThat(c.getFloat("auditTime.initialAuditorDays")).isEqualTo(28.0f);
        assertThat(c.getFloat("auditTime.stage1Days")).isEqualTo(2.0f);
        assertThat(c.getFloat("auditTime.stage2Days")).isEqualTo(26.0f);
        assertThat(c.getFloat("auditTime.surveillanceDays")).isEqualTo(7.0f);
        assertThat(c.getFloat("auditTime.recertificationDays")).isEqualTo(18.5f);
        assertThat(c.getFloat("auditTime.tableDays")).isEqualTo(14.0f);
        assertThat(c.getFloat("auditTime.multiSite.singleSiteInitialDays")).isEqualTo(14.0f);
        assertThat(c.getString("auditTime.multiSite.stage1Basis")).isEqualTo("CENTRAL_FUNCTION");
        Map<String, Object> stage2Line = c.getMap("auditTime.multiSite.audits.find { it.type == 'STAGE_2' }");
        assertThat(stage2Line).containsEntry("sitesDays", 28.0f).containsEntry("floorDays", 14.0f)
                .containsEntry("decidedBy", "SITES").containsEntry("auditorDays", 26.0f);
        assertThat(c.getList("auditTime.multiSite.audits.find { it.type == 'STAGE_2' }.sites")).hasSize(4);
        assertThat(c.getMap("auditTime.multiSite.audits.find { it.type == 'STAGE_2' }.sites[0]"))
                .containsEntry("central", true).containsEntry("persons", 20).containsEntry("tableDays", 7.0f)
                .containsEntry("reductionPercent", 0).containsEntry("days", 7.0f);
        assertThat(c.getObject("auditTime.multiSite.audits.find { it.type == 'SURVEILLANCE_1' }.auditId",
                Long.class)).isNull();

        JsonPath stage2 = audit(id, "STAGE_2");
        assertThat(stage2.getFloat("auditorDays")).isEqualTo(26.0f);
        assertThat(stage2.getFloat("onsiteDays")).isEqualTo(18.0f);    // AT-8: 70% of 26 = 18.2
        assertThat(stage2.getList("siteIds")).hasSize(4);
        assertThat(c.getLong("auditTime.multiSite.audits.find { it.type == 'STAGE_2' }.auditId"))
                .isEqualTo(stage2.getLong("id"));
        assertThat(c.getList("auditTime.multiSite.audits.find { it.type == 'STAGE_2' }.sites.siteId", Long.class))
                .containsExactlyInAnyOrderElementsOf(stage2.getList("siteIds", Long.class));
        assertThat(audit(id, "STAGE_1").getFloat("auditorDays")).isEqualTo(2.0f);
    }

    @Test
    void ms4_probeWithTheFiftyPercentMaximumEverywhereComesToTheSingleSiteTime() {
        long id = apply(createClient(probe("Probe Halved 2061 GmbH", 50)), "2061-02-07");

        JsonPath c = certification(id);
        assertThat(c.getFloat("auditTime.initialAuditorDays")).isEqualTo(14.0f);
        assertThat(c.getFloat("auditTime.stage1Days")).isEqualTo(1.0f);     // 30% of the central function's 3.5
        assertThat(c.getFloat("auditTime.stage2Days")).isEqualTo(13.0f);
        assertThat(c.getFloat("auditTime.surveillanceDays")).isEqualTo(4.5f);   // the floor: (3.5 + 2 × 3.5) / 3
        assertThat(c.getString("auditTime.multiSite.audits.find { it.type == 'SURVEILLANCE_1' }.decidedBy"))
                .isEqualTo("FLOOR");
        assertThat(c.getFloat("auditTime.recertificationDays")).isEqualTo(9.5f);
        assertThat(c.getString("auditTime.multiSite.audits.find { it.type == 'STAGE_2' }.sites[1].reductionReason"))
                .isEqualTo("same processes and controls as the central function");
        assertThat(audit(id, "STAGE_2").getFloat("auditorDays")).isEqualTo(13.0f);
    }

    @Test
    void ms4_theSingleSiteFloorDecidesWhenTheVisitedSitesGiveLess() {
        // 400 persons, 300 at 3 plants of 100, two of which stage 2 visits: 5 × 50% + 2 × 12 × 50% = 14.5 < 15
        List<Map<String, Object>> sites = new ArrayList<>(List.of(site("Head office", 10, true, 50)));
        for (int i = 1; i <= 3; i++) {
            sites.add(site("Plant " + i, 100, false, 50));
        }
        long id = apply(createClient(Map.of("name", "Floor 2062 AG", "persons", 400, "siteSampling", true,
                "sites", sites, "technicalAreas", List.of("33"), "languages", List.of("de"))), "2062-01-09");

        JsonPath c = certification(id);
        assertThat(c.getMap("auditTime.multiSite.audits.find { it.type == 'STAGE_2' }"))
                .containsEntry("sitesDays", 14.5f).containsEntry("floorDays", 15.0f)
                .containsEntry("decidedBy", "FLOOR").containsEntry("initialAuditorDays", 15.0f);
        assertThat(c.getFloat("auditTime.initialAuditorDays")).isEqualTo(15.0f);
        assertThat(audit(id, "STAGE_1").getFloat("auditorDays")).isEqualTo(1.0f);    // 30% of 2.5 = 0.75
        assertThat(audit(id, "STAGE_2").getFloat("auditorDays")).isEqualTo(14.0f);
    }

    @Test
    void ms4_aSiteReducedBySixtyPercentIsRefusedWith422AndNothingIsStored() {
        Map<String, Object> body = probe("Overreduced 2061 GmbH", 0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sites = (List<Map<String, Object>>) body.get("sites");
        sites.set(3, site("Branch 3", 20, false, 60));

        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/clients")
                .then().statusCode(422).contentType(PROBLEM)
                .body("rules[0].rule", equalTo("MS-4"))
                .body("detail", containsString("Branch 3"));
        assertThat(clientsNamed("Overreduced")).isZero();
    }

    @Test
    void ms4_aReductionWithoutAReasonIsRefusedWith400() {
        Map<String, Object> body = probe("Unjustified 2061 GmbH", 0);
        @SuppressWarnings("unchecked")
        Map<String, Object> branch = ((List<Map<String, Object>>) body.get("sites")).get(2);
        branch.put("auditTimeReductionPercent", 20);

        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/clients")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("sites[2].auditTimeReductionReason"));
        assertThat(clientsNamed("Unjustified")).isZero();
    }

    @Test
    void ms1_ms4_closingAVisitedSiteRedrawsTheSampleAndRecalculatesWithATrailEntry() {
        long clientId = createClient(probe("Closing Site 2063 GmbH", 0));
        long id = apply(clientId, "2063-01-09");
        JsonPath before = audit(id, "STAGE_2");
        List<Long> visited = before.getList("siteIds", Long.class);
        long closed = visited.get(1);

        JsonPath client = get("/api/v1/clients/" + clientId).extract().jsonPath();
        List<Map<String, Object>> kept = new ArrayList<>();
        for (Map<String, Object> s : client.<Map<String, Object>>getList("sites")) {
            if (((Number) s.get("id")).longValue() != closed) {
                Map<String, Object> site = new HashMap<>(s);
                if (Boolean.TRUE.equals(site.get("central"))) {
                    site.put("persons", 300);
                }
                kept.add(site);
            }
        }
        Map<String, Object> update = new HashMap<>(probe("Closing Site 2063 GmbH", 0));
        update.put("persons", 480);
        update.put("sites", kept);
        update.put("version", client.getLong("version"));
        given().contentType(ContentType.JSON).body(update).when().put("/api/v1/clients/" + clientId)
                .then().statusCode(200);

        JsonPath after = audit(id, "STAGE_2");
        List<Long> redrawn = after.getList("siteIds", Long.class);
        assertThat(redrawn).hasSize(4).doesNotContain(closed);       // central + ⌈√8⌉ = 3
        // central function 300 persons: 15 days, plus 3 sites × 7
        assertThat(after.getFloat("auditorDays")).isEqualTo(31.5f);  // 36 − 30% of 15 = 4.5
        assertThat(audit(id, "STAGE_1").getFloat("auditorDays")).isEqualTo(4.5f);
        assertThat(certification(id).getFloat("auditTime.initialAuditorDays")).isEqualTo(36.0f);

        JsonPath history = get("/api/v1/audits/" + after.getLong("id") + "/history").extract().jsonPath();
        Map<String, Object> entry = history.getMap("find { it.action == 'AUDIT_TIME_RECALCULATED' }");
        assertThat(entry).containsEntry("actor", "planner").containsEntry("source", "PLANNER");
        assertThat((String) entry.get("detail")).contains("26.0 auditor-days").contains("31.5 auditor-days");
        assertThat((String) entry.get("reason")).contains("sites [" + closed + "] closed").contains("MS-1..MS-4");
    }

    @Test
    void ms4_aReductionAboveFiftyPercentOnUpdateChangesNothing() {
        long clientId = createClient(probe("Reduced Too Far 2064 GmbH", 0));
        long id = apply(clientId, "2064-01-08");
        String stored = get("/api/v1/clients/" + clientId).extract().asString();
        JsonPath client = JsonPath.from(stored);
        List<Map<String, Object>> sites = new ArrayList<>();
        for (Map<String, Object> s : client.<Map<String, Object>>getList("sites")) {
            Map<String, Object> site = new HashMap<>(s);
            site.put("auditTimeReductionPercent", 60);
            site.put("auditTimeReductionReason", "similar");
            sites.add(site);
        }
        Map<String, Object> update = new HashMap<>(probe("Reduced Too Far 2064 GmbH", 0));
        update.put("sites", sites);
        update.put("version", client.getLong("version"));

        given().contentType(ContentType.JSON).body(update).when().put("/api/v1/clients/" + clientId)
                .then().statusCode(422).contentType(PROBLEM).body("rules[0].rule", equalTo("MS-4"));

        assertThat(get("/api/v1/clients/" + clientId).extract().asString()).isEqualTo(stored);
        get("/api/v1/audits/" + auditOf(id, "STAGE_2")).body("auditorDays", equalTo(26.0f));
    }

    @Test
    void singleSiteClientHasNoBreakdown() {
        long id = apply(createClient(singleSiteClient("One Site 2061 GmbH", 20)),
                "2061-03-07");
        get("/api/v1/certifications/" + id).body("auditTime.initialAuditorDays", equalTo(7.0f))
                .body("auditTime.multiSite", nullValue());
        get("/api/v1/audits/" + auditOf(id, "STAGE_2")).body("siteIds", hasSize(1));
    }
}
