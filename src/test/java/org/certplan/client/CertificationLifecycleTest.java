package org.certplan.client;

import static org.certplan.support.Api.apply;
import static org.certplan.support.Api.auditOf;
import static org.certplan.support.Api.complete;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.major;
import static org.certplan.support.Api.post;
import static org.certplan.support.Api.singleSiteClient;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A 20-person client from application to a certified client with its whole first cycle, through the API alone. */
@QuarkusTest
@TestSecurity(user = "planner", roles = "planner")
class CertificationLifecycleTest {

    @Test
    void twentyPersonClientFromApplicationToCertifiedCycle() {
        long clientId = createClient(singleSiteClient("Lifecycle GmbH", 20));
        long certificationId = apply(clientId, "2025-01-06");

        get("/api/v1/certifications/" + certificationId).statusCode(200)
                .body("status", equalTo("APPLIED"))
                .body("auditTime.tableDays", equalTo(7.0f))
                .body("auditTime.initialAuditorDays", equalTo(7.0f))
                .body("auditTime.stage1Days", equalTo(2.0f))
                .body("auditTime.stage2Days", equalTo(5.0f))
                .body("auditTime.surveillanceDays", equalTo(2.5f))
                .body("auditTime.recertificationDays", equalTo(4.5f))
                .body("audits.type", contains("STAGE_1", "STAGE_2"))
                .body("audits.auditorDays", contains(2.0f, 5.0f));

        long stage1 = auditOf(certificationId, "STAGE_1");
        complete(stage1, "2025-02-03", "2025-02-04", List.of()).statusCode(200).body("status", equalTo("COMPLETED"));
        long stage2 = auditOf(certificationId, "STAGE_2");
        get("/api/v1/audits/" + stage2).statusCode(200)
                .body("earliestStart", equalTo("2025-02-18"))
                .body("latestEnd", equalTo("2025-08-04"));
        complete(stage2, "2025-03-03", "2025-03-07", List.of()).statusCode(200);

        post("/api/v1/certifications/" + certificationId + "/decision",
                Map.of("date", "2025-03-20", "granted", true))
                .statusCode(200)
                .body("status", equalTo("CERTIFIED"))
                .body("cycleStart", equalTo("2025-03-20"))
                .body("expiry", equalTo("2028-03-19"))
                .body("audits.type", contains("STAGE_1", "STAGE_2", "SURVEILLANCE_1", "SURVEILLANCE_2", "RECERTIFICATION"))
                .body("audits.auditorDays", contains(2.0f, 5.0f, 2.5f, 2.5f, 4.5f))
                .body("audits[2].latestEnd", equalTo("2026-03-20"))
                .body("audits[2].earliestStart", equalTo("2025-12-20"))
                .body("audits[3].latestEnd", equalTo("2027-03-20"))
                .body("audits[4].earliestStart", equalTo("2027-09-19"))
                .body("audits[4].latestEnd", equalTo("2028-02-06"))
                .body("history.to", hasItem("CERTIFIED"));

        long sa1 = auditOf(certificationId, "SURVEILLANCE_1");
        complete(sa1, "2026-02-09", "2026-02-11", List.of(major("A.5.15"))).statusCode(200);

        get("/api/v1/certifications/" + certificationId).statusCode(200)
                .body("nonconformities", hasSize(1))
                .body("nonconformities[0].grade", equalTo("MAJOR"))
                .body("nonconformities[0].dueDate", equalTo("2026-03-25"));
        long followUp = auditOf(certificationId, "FOLLOW_UP");
        get("/api/v1/audits/" + followUp).statusCode(200)
                .body("latestEnd", equalTo("2026-03-25"))
                .body("auditorDays", equalTo(0.5f))
                .body("raisedByAuditId", equalTo((int) sa1));
        get("/api/v1/audits/" + auditOf(certificationId, "SURVEILLANCE_2")).statusCode(200)
                .body("targetDate", equalTo("2027-02-09"));
    }
}
