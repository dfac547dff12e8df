package org.certplan.platform.database;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * The database every {@code @QuarkusTest} runs against: the server named by {@code CERTPLAN_TEST_DB_URL}
 * (user {@code CERTPLAN_TEST_DB_USER}, default root; password {@code CERTPLAN_TEST_DB_PASSWORD}), whose schema
 * Flyway wipes first, or else a throw-away embedded MariaDB.
 */
@QuarkusTestResource(value = EmbeddedDatabaseResource.class, restrictToAnnotatedClass = false)
public class EmbeddedDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedMariaDb db;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("CERTPLAN_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return Map.of(
                    "quarkus.datasource.jdbc.url", external,
                    "quarkus.datasource.username", env("CERTPLAN_TEST_DB_USER", "root"),
                    "quarkus.datasource.password", env("CERTPLAN_TEST_DB_PASSWORD", ""));
        }
        try {
            db = EmbeddedMariaDb.start(Files.createTempDirectory("certplan-test-db"), 0, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", db.username(),
                "quarkus.datasource.password", db.password());
    }

    @Override
    public void stop() {
        if (db != null) {
            db.close();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
