package org.certplan.platform.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "planner", roles = "planner")
class PolicyResourceTest {

    @Test
    void theEffectivePolicyShowsTheRuleBookDefaults() {
        given().get("/api/v1/policy").then().statusCode(200)
                .body("programme.majorNcDeadlineDays", equalTo(42))
                .body("programme.cycleYears", equalTo(3))
                .body("programme.stage2MinGapDays", equalTo(14))
                .body("auditors.coolingOffYears", equalTo(2))
                .body("auditors.rotationMaxCycles", equalTo(2))
                .body("auditors.maxDaysPerMonth", equalTo(16))
                .body("auditors.travelDayBeyondKm", equalTo(400))
                .body("objective.nearDeadlineDays", equalTo(90))
                .body("objective.weights.unstaffedFollowUp", equalTo(10))
                .body("objective.weights.unstaffedRecertification", equalTo(10))
                .body("objective.weights.unstaffedSurveillance1", equalTo(6))
                .body("objective.weights.unstaffedStage1", equalTo(2));
    }
}
