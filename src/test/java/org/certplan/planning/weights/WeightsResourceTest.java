package org.certplan.planning.weights;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.certplan.planning.SoftWeight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

@QuarkusTest
@TestSecurity(user = "ada", roles = "admin")
class WeightsResourceTest {

    private static final String PATH = "/api/v1/policy/weights";

    @Inject
    WeightsService service;

    @AfterEach
    void restoreDefaults() {
        Map<String, Long> defaults = new HashMap<>();
        for (SoftWeight weight : SoftWeight.values()) {
            defaults.put(weight.key(), null);
        }
        service.update(new WeightsRequest(defaults, "restore defaults", service.view().version()), "test");
    }

    @Test
    void listsEveryWeightWithItsConstraintAndDefault() {
        given().get(PATH).then().statusCode(200)
                .body("weights.size()", equalTo(SoftWeight.values().length))
                .body("weights.find { it.key == 'laterThanTarget' }.constraint", equalTo("CYC-5 later than the target date"))
                .body("weights.find { it.key == 'laterThanTarget' }.weight", equalTo(15))
                .body("weights.find { it.key == 'seatUnassigned' }.level", equalTo("MEDIUM"));
    }

    @Test
    void changedWeightsAreWhatTheNextRunUses() {
        put(Map.of("weights", Map.of("travelDistance", 7, "seatUnassigned", 3), "reason", "travel costs more",
                "version", version())).statusCode(200)
                .body("weights.find { it.key == 'travelDistance' }.weight", equalTo(7))
                .body("weights.find { it.key == 'travelDistance' }.defaultWeight", equalTo(1))
                .body("reason", equalTo("travel costs more"))
                .body("updatedBy", equalTo("ada"));

        assertThat(service.current().getTravelDistance()).isEqualTo(HardMediumSoftLongScore.ofSoft(7));
        assertThat(service.current().getSeatUnassigned()).isEqualTo(HardMediumSoftLongScore.ofMedium(3));
        assertThat(service.current().getLaterThanTarget()).isEqualTo(HardMediumSoftLongScore.ofSoft(15));
    }

    @Test
    void aNullWeightRestoresTheDefault() {
        put(Map.of("weights", Map.of("leadContinuity", 10), "reason", "try", "version", version())).statusCode(200);
        Map<String, Object> restore = new HashMap<>();
        restore.put("leadContinuity", null);
        put(Map.of("weights", restore, "reason", "back", "version", version())).statusCode(200)
                .body("weights.find { it.key == 'leadContinuity' }.weight", equalTo(300));
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        long version = version();
        put(Map.of("weights", Map.of("travelDistance", 2), "reason", "first", "version", version)).statusCode(200);
        put(Map.of("weights", Map.of("travelDistance", 9), "reason", "second", "version", version)).statusCode(409)
                .contentType("application/problem+json");
        assertThat(service.current().getTravelDistance()).isEqualTo(HardMediumSoftLongScore.ofSoft(2));
    }

    @Test
    void badWeightsAreRefusedAndChangeNothing() {
        long version = version();
        put(Map.of("weights", Map.of("noSuchWeight", 2), "reason", "typo", "version", version)).statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("unknown weight"));
        put(Map.of("weights", Map.of("travelDistance", 2, "workloadBalance", -1), "reason", "negative",
                "version", version)).statusCode(400).body("violations.field", hasItem("weights.workloadBalance"));
        put(Map.of("weights", Map.of("travelDistance", 2), "version", version)).statusCode(400);
        put(Map.of("weights", Map.of("travelDistance", 2), "reason", "no version")).statusCode(400);
        given().get(PATH).then().body("version", equalTo((int) version))
                .body("weights.find { it.key == 'travelDistance' }.weight", equalTo(1));
    }

    @Test
    @TestSecurity(user = "paula", roles = "planner")
    void aPlannerReadsTheWeightsButOnlyAnAdminChangesThem() {
        long version = version();
        put(Map.of("weights", Map.of("travelDistance", 4), "reason", "not mine", "version", version)).statusCode(403)
                .contentType("application/problem+json");
        assertThat(service.current().getTravelDistance()).isEqualTo(HardMediumSoftLongScore.ofSoft(1));
    }

    private static long version() {
        return given().get(PATH).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private static io.restassured.response.ValidatableResponse put(Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).put(PATH).then();
    }
}
