package org.certplan.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.support.Api.apply;
import static org.certplan.support.Api.auditOf;
import static org.certplan.support.Api.complete;
import static org.certplan.support.Api.createClient;
import static org.certplan.support.Api.get;
import static org.certplan.support.Api.post;
import static org.certplan.support.Api.singleSiteClient;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.certplan.audit.TeamMember;
import org.certplan.audit.TeamRole;
import org.junit.jupiter.api.Test;

/**
 * Who takes a certification decision is the authenticated caller, or a person record the caller records it for,
 * never a name from the body alone; IMP-4 is checked against that decision-maker.
 */
@QuarkusTest
@TestSecurity(user = "dora", roles = "planner")
class DecisionMakerTest {

    private static final String LEAD_PRINCIPAL = "lena.lead@decisions.example";

    @Test
    void theCallerDecidesAndTheTrailNamesThem() {
        long certification = stage2Done("Decision Caller GmbH", null);

        decide(certification, null).statusCode(200).body("status", equalTo("CERTIFIED"));

        assertThat(lastActor(certification)).isEqualTo("dora");
    }

    @Test
    void aDecisionRecordedForAPersonRecordNamesTheCallerAndThePerson() {
        long certification = stage2Done("Decision For GmbH", null);
        String email = "carla-" + UUID.randomUUID() + "@decisions.example";
        auditor("Carla Committee", email);

        decide(certification, email.toUpperCase()).statusCode(200);

        assertThat(lastActor(certification))
                .isEqualTo("dora (for Carla Committee <" + email + ">)");
    }

    @Test
    void aNameThatIsNoPersonRecordIsRefusedAndChangesNothing() {
        long certification = stage2Done("Decision Free Text GmbH", null);
        int transitions = transitions(certification).size();

        decide(certification, "admin").statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("decidedBy"));

        get("/api/v1/certifications/" + certification).statusCode(200).body("status", equalTo("STAGE_2_DONE"));
        assertThat(transitions(certification)).hasSize(transitions);
    }

    @Test
    void imp4ThePersonRecordedForMayNotHaveAuditedTheCycle() {
        String email = "erika-" + UUID.randomUUID() + "@decisions.example";
        long certification = stage2Done("Decision Imp4 Person GmbH", auditor("Erika Lead", email));

        decide(certification, email).statusCode(422).body("rules.rule", contains("IMP-4"));

        get("/api/v1/certifications/" + certification).statusCode(200).body("status", equalTo("STAGE_2_DONE"));
    }

    @Test
    @TestSecurity(user = LEAD_PRINCIPAL, roles = "planner")
    void imp4TheCallerMayNotHaveAuditedTheCycle() {
        long certification = stage2Done("Decision Imp4 Caller GmbH", auditor("Lena Lead", LEAD_PRINCIPAL));

        decide(certification, null).statusCode(422).body("rules.rule", contains("IMP-4"));
        decide(certification, "someone-" + UUID.randomUUID() + "@decisions.example").statusCode(400);
    }

    /** A certification whose stage 1 (led by {@code lead} when given) and stage 2 were held in 2025. */
    private static long stage2Done(String client, Long lead) {
        long certification = apply(createClient(singleSiteClient(client, 20)), "2025-01-06");
        long stage1 = auditOf(certification, "STAGE_1");
        if (lead != null) {
            QuarkusTransaction.requiringNew().run(() -> {
                TeamMember member = new TeamMember();
                member.auditId = stage1;
                member.auditorId = lead;
                member.role = TeamRole.LEAD;
                member.days = new BigDecimal("2.0");
                member.persist();
            });
        }
        complete(stage1, "2025-02-03", "2025-02-04", List.of()).statusCode(200);
        complete(auditOf(certification, "STAGE_2"), "2025-03-03", "2025-03-07", List.of()).statusCode(200);
        return certification;
    }

    private static long auditor(String name, String email) {
        return post("/api/v1/auditors", Map.of("name", name, "email", email, "homeCountryCode", "DE",
                "homeCity", "Berlin", "latitude", 52.52, "longitude", 13.405, "languages", List.of("de"),
                "employment", "INTERNAL")).statusCode(201).extract().jsonPath().getLong("id");
    }

    private static ValidatableResponse decide(long certification, String decidedBy) {
        Map<String, Object> body = new HashMap<>(Map.of("date", "2025-03-20", "granted", true));
        if (decidedBy != null) {
            body.put("decidedBy", decidedBy);
        }
        return post("/api/v1/certifications/" + certification + "/decision", body);
    }

    private static List<Map<String, Object>> transitions(long certification) {
        return get("/api/v1/certifications/" + certification).statusCode(200).extract().jsonPath().getList("history");
    }

    private static Object lastActor(long certification) {
        List<Map<String, Object>> transitions = transitions(certification);
        return transitions.get(transitions.size() - 1).get("actor");
    }
}
