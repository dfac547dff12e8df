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

/** MS-1..MS-3 as the API shows them: the sites each audit visits. */
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
}
