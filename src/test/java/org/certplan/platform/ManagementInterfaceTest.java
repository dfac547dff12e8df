package org.certplan.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Metrics and the API documentation are served on the management interface only, a port of its own that the
 * chart's Ingress does not route; health stays on the public port for the kubelet and load balancers.
 */
@QuarkusTest
class ManagementInterfaceTest {

    /** {@code /q/} of the management interface. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @TestHTTPResource("/q/")
    URL main;

    @ParameterizedTest
    @ValueSource(strings = {"metrics", "openapi", "swagger-ui/", "swagger-ui/index.html"})
    void metricsAndApiDocumentationAreOnTheManagementPortOnly(String path) throws Exception {
        assertThat(management.getPort()).isNotEqualTo(main.getPort());
        given().get(new URL(management, path)).then().statusCode(200);
        given().redirects().follow(false).get(new URL(main, path)).then().statusCode(404);
    }

    @Test
    void theManagementPortServesPrometheusMetricsAndTheOpenApiDocument() throws Exception {
        given().get(new URL(management, "metrics")).then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
        given().accept("application/yaml").get(new URL(management, "openapi")).then().statusCode(200)
                .body(containsString("title: certplan API"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"health/live", "health/ready", "health/started"})
    void healthStaysOnThePublicPort(String path) throws Exception {
        given().get(new URL(main, path)).then().statusCode(200);
    }
}
