package org.certplan.client;

import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.post;
import static org.certplan.support.Api.singleSiteClient;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** §9 (IAF MD 2): a valid certificate of another CB continues its cycle here. */
@QuarkusTest
@TestSecurity(user = "planner", roles = "planner")
class TransferTest {

    private static final LocalDate CYCLE_START = LocalDate.now().minusMonths(14);
    private static final LocalDate EXPIRY = CYCLE_START.plusYears(3).minusDays(1);

    private static Map<String, Object> transfer(long clientId, String lastAuditType, int openMajors) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", clientId);
        body.put("standard", "ISO/IEC 27001:2022");
        body.put("scope", "Software development");
        body.put("issuingBody", "Other Cert Ltd");
        body.put("cycleStart", CYCLE_START.toString());
        body.put("expiry", EXPIRY.toString());
        body.put("lastAuditType", lastAuditType);
        body.put("openMajorNonconformities", openMajors);
        return body;
    }

    @Test
    void afterSurveillance1TheInheritedCycleContinuesWithSurveillance2AndRecertification() {
        long clientId = createClient(singleSiteClient("Transferred GmbH", 20));
        post("/api/v1/certifications/transfer", transfer(clientId, "SURVEILLANCE_1", 0)).statusCode(201)
                .body("status", equalTo("CERTIFIED"))
                .body("issuingBody", equalTo("Other Cert Ltd"))
                .body("cycleStart", equalTo(CYCLE_START.toString()))
                .body("expiry", equalTo(EXPIRY.toString()))
                .body("audits.type", contains("SURVEILLANCE_2", "RECERTIFICATION"))
                .body("audits[1].latestEnd", equalTo(EXPIRY.minusDays(42).toString()));
    }

    @Test
    void openMajorsAtTheIssuingBodyNeedATransferVisit() {
        long clientId = createClient(singleSiteClient("Visited GmbH", 20));
        post("/api/v1/certifications/transfer", transfer(clientId, "SURVEILLANCE_2", 2)).statusCode(201)
                .body("audits.type", contains("SPECIAL", "RECERTIFICATION"))
                .body("audits[0].latestEnd", equalTo(LocalDate.now().plusDays(42).toString()));
    }

    @Test
    void suspendedOrExpiredCertificatesCannotBeTransferred() {
        long clientId = createClient(singleSiteClient("Refused GmbH", 20));
        Map<String, Object> suspended = transfer(clientId, "STAGE_2", 0);
        suspended.put("suspended", true);
        post("/api/v1/certifications/transfer", suspended).statusCode(422).body("rules[0].rule", equalTo("IAF-MD-2"));
        Map<String, Object> expired = transfer(clientId, "STAGE_2", 0);
        expired.put("cycleStart", "2020-01-01");
        expired.put("expiry", "2022-12-31");
        post("/api/v1/certifications/transfer", expired).statusCode(422).body("rules[0].rule", equalTo("IAF-MD-2"));
        Map<String, Object> tooLong = transfer(clientId, "STAGE_2", 0);
        tooLong.put("expiry", EXPIRY.plusDays(1).toString());
        post("/api/v1/certifications/transfer", tooLong).statusCode(400).body("violations[0].field", equalTo("expiry"));
        post("/api/v1/certifications/transfer", transfer(clientId, "FOLLOW_UP", 0)).statusCode(400)
                .body("violations[0].field", equalTo("lastAuditType"));
        get("/api/v1/audits?clientId=" + clientId).body("total", equalTo(0));
    }
}
