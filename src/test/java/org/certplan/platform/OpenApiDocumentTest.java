package org.certplan.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi/openapi.yaml is the service's live document (on the management interface); {@code make
 * openapi} rewrites it.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Path COMMITTED = Path.of("openapi", "openapi.yaml");

    @TestHTTPResource(value = "/openapi", management = true)
    URL openapi;

    @Test
    void committedDocumentMatchesTheLiveOne() throws IOException {
        String live = given().accept("application/yaml").get(openapi).then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("certplan.openapi.update")) {
            Files.writeString(COMMITTED, live, StandardCharsets.UTF_8);
        }
        assertThat(COMMITTED).as("openapi/openapi.yaml is missing: run 'make openapi'").exists();
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("openapi/openapi.yaml differs from the live /q/openapi: run 'make openapi' and commit it")
                .isEqualTo(live);
    }
}
