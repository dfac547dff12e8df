package org.certplan.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.support.Api.apply;
import static org.certplan.support.Api.auditOf;
import static org.certplan.support.Api.complete;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.major;
import static org.certplan.support.Api.post;
import static org.certplan.support.Api.singleSiteClient;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.certplan.audit.TeamMember;
import org.certplan.audit.TeamRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The certification state machine and the rules that refuse a step, through the REST API. */
@QuarkusTest
@TestSecurity(user = "planner", roles = "planner")
class CertificationRulesTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    CertificationService certifications;

    private long certifiedClient(String name, String application, String s1, String s2, String decision) {
        long certificationId = apply(createClient(singleSiteClient(name, 20)), application);
        complete(auditOf(certificationId, "STAGE_1"), s1, s1, List.of()).statusCode(200);
        complete(auditOf(certificationId, "STAGE_2"), s2, LocalDate.parse(s2).plusDays(4).toString(), List.of())
                .statusCode(200);
        decide(certificationId, decision).statusCode(200);
        return certificationId;
    }

    private static io.restassured.response.ValidatableResponse decide(long id, String date) {
        return post("/api/v1/certifications/" + id + "/decision", Map.of("date", date, "granted", true));
    }

    @Test
    void unknownClientIsRejectedAndNothingIsStored() {
        post("/api/v1/certifications", Map.of("clientId", 999_999, "standard", "ISO/IEC 27001:2022",
                "scope", "x", "applicationDate", "2025-01-06"))
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("clientId"));
    }

    @Test
    void at3ReductionBeyondTheCapIsRefusedWithTheRuleId() {
        long clientId = createClient(singleSiteClient("Cap AG", 20));
        post("/api/v1/certifications", Map.of("clientId", clientId, "standard", "ISO/IEC 27001:2022",
                "scope", "x", "applicationDate", "2025-01-06", "auditTimeAdjustmentPercent", -31))
                .statusCode(422).contentType(PROBLEM).body("rules[0].rule", equalTo("AT-3"));
        get("/api/v1/audits?clientId=" + clientId).statusCode(200).body("total", equalTo(0));
    }

    @Test
    void at3ReductionAtTheCapIsApplied() {
        long clientId = createClient(singleSiteClient("Reduced AG", 20));
        post("/api/v1/certifications", Map.of("clientId", clientId, "standard", "ISO/IEC 27001:2022",
                "scope", "x", "applicationDate", "2025-01-06", "auditTimeAdjustmentPercent", -30))
                .statusCode(201).body("auditTime.adjustmentPercent", equalTo(-30))
                .body("auditTime.initialAuditorDays", equalTo(5.0f));
    }

    @Test
    void badInputIsAProblemWithTheFieldNamed() {
        post("/api/v1/certifications", Map.of("clientId", 1, "standard", "ISO 9001", "scope", "", "applicationDate", "2025-13-01"))
                .statusCode(400).contentType(PROBLEM).body("type", endsWith("/malformed-request"));
        post("/api/v1/certifications", Map.of("clientId", 1, "standard", "ISO 9001", "scope", "", "applicationDate", "2025-01-01"))
                .statusCode(400).contentType(PROBLEM).body("violations.field", contains("scope", "standard"));
    }

    @Test
    void aSecondActiveCertificationOfTheSameStandardIsAConflict() {
        long clientId = createClient(singleSiteClient("Twice GmbH", 20));
        apply(clientId, "2025-01-06");
        post("/api/v1/certifications", Map.of("clientId", clientId, "standard", "ISO/IEC 27001:2022",
                "scope", "again", "applicationDate", "2025-02-06")).statusCode(409).contentType(PROBLEM);
    }

    @Test
    void cyc7Stage2CannotBeRecordedBeforeStage1NorTooSoonAfterIt() {
        long certificationId = apply(createClient(singleSiteClient("Gap GmbH", 20)), "2025-01-06");
        long stage2 = auditOf(certificationId, "STAGE_2");
        complete(stage2, "2025-03-03", "2025-03-07", List.of()).statusCode(409).contentType(PROBLEM);
        complete(auditOf(certificationId, "STAGE_1"), "2025-02-03", "2025-02-04", List.of()).statusCode(200);
        complete(stage2, "2025-02-17", "2025-02-21", List.of())
                .statusCode(422).body("rules[0].rule", equalTo("CYC-7"));
        complete(stage2, "2025-02-18", "2025-02-21", List.of()).statusCode(200);
        complete(stage2, "2025-02-18", "2025-02-21", List.of()).statusCode(409);
    }

    @Test
    void completionRejectsFutureAndInvertedDates() {
        long certificationId = apply(createClient(singleSiteClient("Dates GmbH", 20)), "2025-01-06");
        long stage1 = auditOf(certificationId, "STAGE_1");
        complete(stage1, "2025-02-05", "2025-02-04", List.of()).statusCode(400).body("violations[0].field", equalTo("endDate"));
        String tomorrow = LocalDate.now().plusDays(1).toString();
        complete(stage1, tomorrow, tomorrow, List.of()).statusCode(400);
        get("/api/v1/audits/" + stage1).statusCode(200).body("status", equalTo("UNPLANNED"));
    }

    @Test
    void nc3OpenMajorBlocksTheDecisionUntilAFollowUpVerifiesIt() {
        long certificationId = apply(createClient(singleSiteClient("Major GmbH", 20)), "2025-01-06");
        complete(auditOf(certificationId, "STAGE_1"), "2025-02-03", "2025-02-04", List.of()).statusCode(200);
        complete(auditOf(certificationId, "STAGE_2"), "2025-03-03", "2025-03-07", List.of(major("A.8.13")))
                .statusCode(200);
        decide(certificationId, "2025-03-20").statusCode(422).contentType(PROBLEM)
                .body("rules.rule", contains("NC-3"));
        get("/api/v1/certifications/" + certificationId).body("status", equalTo("STAGE_2_DONE"));

        long nc = get("/api/v1/certifications/" + certificationId).extract().jsonPath().getLong("nonconformities[0].id");
        long followUp = auditOf(certificationId, "FOLLOW_UP");
        get("/api/v1/audits/" + followUp).body("latestEnd", equalTo("2025-04-18"));
        post("/api/v1/nonconformities/" + nc + "/closure", Map.of("verifiedOn", "2025-04-01", "auditId", followUp))
                .statusCode(409);
        complete(followUp, "2025-04-01", "2025-04-01", List.of()).statusCode(200);
        post("/api/v1/nonconformities/" + nc + "/closure", Map.of("verifiedOn", "2025-04-01", "auditId", followUp))
                .statusCode(200).body("status", equalTo("CLOSED")).body("verifiedByAuditId", equalTo((int) followUp));
        post("/api/v1/nonconformities/" + nc + "/closure", Map.of("verifiedOn", "2025-04-01", "auditId", followUp))
                .statusCode(409);
        decide(certificationId, "2025-04-03").statusCode(200).body("status", equalTo("CERTIFIED"));
    }

    @Test
    void imp4AMemberOfTheCycleAuditTeamMayNotTakeTheDecision() {
        long certificationId = apply(createClient(singleSiteClient("Impartial GmbH", 20)), "2025-01-06");
        long stage1 = auditOf(certificationId, "STAGE_1");
        String email = "lead-" + System.nanoTime() + "@example.org";
        long auditorId = post("/api/v1/auditors", Map.of("name", "Erika Lead", "email", email,
                "homeCountryCode", "DE", "homeCity", "Berlin", "latitude", 52.52, "longitude", 13.405,
                "languages", List.of("de"), "employment", "INTERNAL")).statusCode(201).extract().jsonPath().getLong("id");
        QuarkusTransaction.requiringNew().run(() -> {
            TeamMember member = new TeamMember();
            member.auditId = stage1;
            member.auditorId = auditorId;
            member.role = TeamRole.LEAD;
            member.days = new BigDecimal("2.0");
            member.persist();
        });
        complete(stage1, "2025-02-03", "2025-02-04", List.of()).statusCode(200);
        complete(auditOf(certificationId, "STAGE_2"), "2025-03-03", "2025-03-07", List.of()).statusCode(200);
        get("/api/v1/audits?auditorId=" + auditorId).statusCode(200).body("items.id", contains((int) stage1));

        post("/api/v1/certifications/" + certificationId + "/decision", Map.of("date", "2025-03-20", "granted", true,
                "decidedBy", email.toUpperCase())).statusCode(422).body("rules.rule", contains("IMP-4"));
        decide(certificationId, "2025-03-20").statusCode(200).body("status", equalTo("CERTIFIED"));
    }

    @Test
    void aDecisionNeedsACompletedStage2() {
        long certificationId = apply(createClient(singleSiteClient("Early GmbH", 20)), "2025-01-06");
        decide(certificationId, "2025-03-20").statusCode(409).contentType(PROBLEM);
        post("/api/v1/certifications/" + certificationId + "/decision", Map.of("date", "2025-03-20", "granted", true,
                "decidedBy", "Decision Board")).statusCode(400).body("violations[0].field", equalTo("decidedBy"));
    }

    @Test
    void cyc9SuspensionKeepsDatesAndRestoreLiftsIt() {
        long id = certifiedClient("Suspended GmbH", "2025-01-06", "2025-02-03", "2025-03-03", "2025-03-20");
        List<String> before = get("/api/v1/certifications/" + id).extract().jsonPath().getList("audits.latestEnd");
        post("/api/v1/certifications/" + id + "/suspend", Map.of("date", "2025-06-02", "reason", "client request"))
                .statusCode(200).body("status", equalTo("SUSPENDED")).body("suspendedOn", equalTo("2025-06-02"))
                .body("audits.latestEnd", equalTo(before));
        post("/api/v1/certifications/" + id + "/suspend", Map.of("date", "2025-06-03", "reason", "again"))
                .statusCode(409);
        post("/api/v1/certifications/" + id + "/restore", Map.of("date", "2025-07-01", "reason", "corrected"))
                .statusCode(200).body("status", equalTo("CERTIFIED"))
                .body("history.to", hasItem("SUSPENDED"));
    }

    @Test
    void withdrawalCancelsEveryOpenAudit() {
        long id = certifiedClient("Withdrawn GmbH", "2025-01-06", "2025-02-03", "2025-03-03", "2025-03-20");
        post("/api/v1/certifications/" + id + "/withdraw", Map.of("date", "2025-08-01", "reason", "client left"))
                .statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("audits.findAll { it.type.startsWith('SURV') || it.type == 'RECERTIFICATION' }.status",
                        everyItem(equalTo("CANCELLED")));
        post("/api/v1/certifications/" + id + "/restore", Map.of("date", "2025-08-02", "reason", "no"))
                .statusCode(409);
    }

    @Test
    void cyc6RecertificationBeforeExpiryStartsTheNextCycleWithoutDrift() {
        long id = certifiedClient("Recert GmbH", "2021-11-01", "2021-11-22", "2021-12-13", "2022-01-10");
        get("/api/v1/certifications/" + id).body("expiry", equalTo("2025-01-09"));
        complete(auditOf(id, "RECERTIFICATION"), "2024-10-07", "2024-10-10", List.of()).statusCode(200);
        decide(id, "2024-11-15").statusCode(200)
                .body("cycleNumber", equalTo(2))
                .body("cycleStart", equalTo("2025-01-10"))
                .body("expiry", equalTo("2028-01-09"))
                .body("audits.findAll { it.cycleNumber == 2 }.type",
                        contains("SURVEILLANCE_1", "SURVEILLANCE_2", "RECERTIFICATION"));
    }

    @Test
    void cyc1ExpiryThenCyc8RestorationWithinSixMonths() {
        long id = certifiedClient("Lapsed GmbH", "2021-11-01", "2021-11-22", "2021-12-13", "2022-01-10");
        assertThat(certifications.expireDue(LocalDate.parse("2025-01-10"))).isGreaterThanOrEqualTo(1);
        get("/api/v1/certifications/" + id).body("status", equalTo("EXPIRED"))
                .body("history[-1].date", equalTo("2025-01-10"));
        post("/api/v1/certifications/" + id + "/restore", Map.of("date", "2025-03-01", "reason", "late recertification"))
                .statusCode(422).body("rules[0].rule", equalTo("CYC-8"));
        complete(auditOf(id, "RECERTIFICATION"), "2025-02-10", "2025-02-13", List.of()).statusCode(200);
        post("/api/v1/certifications/" + id + "/restore", Map.of("date", "2025-03-01", "reason", "late recertification"))
                .statusCode(200).body("status", equalTo("CERTIFIED")).body("expiry", equalTo("2028-01-09"));
    }

    @Test
    void cyc8NoRestorationAfterSixMonths() {
        long id = certifiedClient("Gone GmbH", "2021-11-01", "2021-11-22", "2021-12-13", "2022-01-10");
        certifications.expireDue(LocalDate.parse("2025-01-10"));
        complete(auditOf(id, "RECERTIFICATION"), "2025-02-10", "2025-02-13", List.of()).statusCode(200);
        post("/api/v1/certifications/" + id + "/restore", Map.of("date", "2025-07-10", "reason", "too late"))
                .statusCode(422).body("rules[0].rule", equalTo("CYC-8"));
    }

    @Test
    void historyRecordsEveryChangeOfAnAudit() {
        long certificationId = apply(createClient(singleSiteClient("Trail GmbH", 20)), "2025-01-06");
        long stage2 = auditOf(certificationId, "STAGE_2");
        complete(auditOf(certificationId, "STAGE_1"), "2025-02-03", "2025-02-04", List.of()).statusCode(200);
        get("/api/v1/audits/" + stage2 + "/history").statusCode(200)
                .body("action", contains("CREATED", "WINDOW_CHANGED"))
                .body("[1].detail", org.hamcrest.Matchers.containsString("CYC-7"));
        get("/api/v1/audits/999999/history").statusCode(404).contentType(PROBLEM);
    }

    @Test
    void auditListFiltersAndPages() {
        long certificationId = apply(createClient(singleSiteClient("List GmbH", 20)), "2025-01-06");
        get("/api/v1/audits?certificationId=" + certificationId).statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(2));
        get("/api/v1/audits?certificationId=" + certificationId + "&size=1&page=1").statusCode(200)
                .body("items", hasSize(1)).body("items[0].type", equalTo("STAGE_2"));
        get("/api/v1/audits?certificationId=" + certificationId + "&from=2030-01-01").body("total", equalTo(0));
        get("/api/v1/audits?size=100000").statusCode(400).contentType(PROBLEM);
        get("/api/v1/audits?status=NOPE").statusCode(400).body("violations[0].field", equalTo("status"));
        get("/api/v1/audits?from=yesterday").statusCode(400).body("violations[0].field", equalTo("from"));
    }
}
