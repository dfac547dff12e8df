package org.certplan.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.certplan.platform.database.EmbeddedMariaDb;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chart lets every replica run Flyway at start (quarkus.flyway.migrate-at-start). That is safe because Flyway
 * serialises migrations on MariaDB with a named lock (GET_LOCK): several replicas starting at once against an
 * empty database migrate it exactly once, and all of them start. This runs four Flyway instances, released at the
 * same moment, against one real MariaDB.
 */
class ConcurrentMigrationTest {

    private static final int REPLICAS = 4;

    @TempDir
    static Path root;

    static EmbeddedMariaDb db;

    @BeforeAll
    static void startDatabase() {
        db = EmbeddedMariaDb.start(root.resolve("mariadb"), 0, true);
    }

    @AfterAll
    static void stopDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void replicasStartingTogetherMigrateTheSchemaOnce() throws Exception {
        int migrations = migrationScripts();
        CyclicBarrier start = new CyclicBarrier(REPLICAS);
        ExecutorService pool = Executors.newFixedThreadPool(REPLICAS);
        List<Future<MigrateResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < REPLICAS; i++) {
                results.add(pool.submit(() -> {
                    Flyway flyway = Flyway.configure()
                            .dataSource(db.jdbcUrl(), db.username(), db.password())
                            .locations("classpath:db/migration")
                            .placeholders(Map.of("max_days_per_auditor", "5"))
                            .load();
                    start.await(30, TimeUnit.SECONDS);
                    return flyway.migrate();
                }));
            }
            int executed = 0;
            for (Future<MigrateResult> result : results) {
                MigrateResult migrated = result.get(3, TimeUnit.MINUTES);
                assertThat(migrated.success).isTrue();
                executed += migrated.migrationsExecuted;
            }
            assertThat(executed).as("migrations run over all replicas").isEqualTo(migrations);
        } finally {
            pool.shutdownNow();
        }

        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT version, COUNT(*), MIN(success) FROM flyway_schema_history"
                                + " WHERE version IS NOT NULL GROUP BY version")) {
            int versions = 0;
            while (rows.next()) {
                versions++;
                assertThat(rows.getInt(2)).as("applications of version %s", rows.getString(1)).isEqualTo(1);
                assertThat(rows.getBoolean(3)).as("version %s succeeded", rows.getString(1)).isTrue();
            }
            assertThat(versions).isEqualTo(migrations);
        }
    }

    private static int migrationScripts() throws Exception {
        Path dir = Path.of("src", "main", "resources", "db", "migration");
        try (Stream<Path> files = Files.list(dir)) {
            int count = (int) files.filter(f -> f.getFileName().toString().matches("V[0-9_.]+__.*\\.sql")).count();
            assertThat(count).isPositive();
            return count;
        }
    }
}
