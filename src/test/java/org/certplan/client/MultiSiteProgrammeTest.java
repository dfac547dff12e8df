package org.certplan.client;

import static org.certplan.support.Api.apply;
import static org.certplan.support.Api.auditOf;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MS-1..MS-4 as the API shows them: the sites each audit visits and the multi-site minimum time. */
@QuarkusTest
@TestSecurity(user = "planner", roles = "planner")
class MultiSiteProgrammeTest {

    private static Map<String, Object> site(String name, int persons, boolean central) {
        return Map.of("name", name, "countryCode", "NL", "city", "Utrecht", "latitude", 52.09, "longitude", 5.12,
                "persons", persons, "central", central);
    }

    private static long multiSiteClient(String name, boolean sampling) {
        List<Map<String, Object>> sites = new ArrayList<>(List.of(site("Head office", 30, true)));
        for (int i = 1; i <= 9; i++) {
            sites.add(site("Branch " + i, 10, false));
        }
        return createClient(Map.of("name", name, "persons", 120, "siteSampling", sampling, "sites", sites,
                "technicalAreas", List.of("33"), "languages", List.of("nl", "en")));
    }

    @Test
    void ms1SamplingVisitsTheCentralFunctionAndTheSquareRootOfTheOtherSites() {
        long clientId = multiSiteClient("Sampled BV", true);
        long certificationId = apply(clientId, "2025-01-06");
        long central = get("/api/v1/clients/" + clientId).extract().jsonPath().getLong("sites.find { it.central }.id");
        get("/api/v1/audits/" + auditOf(certificationId, "STAGE_1")).body("siteIds", hasSize(1))
                .body("siteIds", hasItem((int) central));
        get("/api/v1/audits/" + auditOf(certificationId, "STAGE_2")).body("siteIds", hasSize(4))
                .body("siteIds[0]", equalTo((int) central));
    }

    @Test
    void ms2WithoutSamplingStage2VisitsEverySite() {
        long certificationId = apply(multiSiteClient("Unsampled BV", false), "2025-01-06");
        get("/api/v1/audits/" + auditOf(certificationId, "STAGE_2")).body("siteIds", hasSize(10));
    }

    @Test
    void ms4ThePerSiteMinimumRaisesTheInitialTime() {
        long certificationId = apply(multiSiteClient("Minimum BV", true), "2025-01-06");
        // AT-1 for 120 persons is 12 days; the sites' own tables give 8.5 + 9 × 5 = 53.5 days, halved 26.75 → 27.0
        get("/api/v1/certifications/" + certificationId)
                .body("auditTime.tableDays", equalTo(12.0f))
                .body("auditTime.multiSiteMinimumDays", equalTo(27.0f))
                .body("auditTime.initialAuditorDays", equalTo(27.0f));
    }
}
