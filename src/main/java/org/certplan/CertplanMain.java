package org.certplan;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.certplan.platform.database.EmbeddedDatabaseException;
import org.certplan.platform.database.EmbeddedMariaDb;
import org.certplan.platform.security.LocalKeys;
import org.jboss.logging.Logger;

/**
 * Starts certplan. Without {@code QUARKUS_DATASOURCE_JDBC_URL} it first starts an embedded MariaDB keeping its
 * data under {@code CERTPLAN_DATA_DIR} (default {@code ./data}). Without a configured token verification key
 * ({@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} or {@code MP_JWT_VERIFY_PUBLICKEY}) it verifies tokens against a local
 * key pair under {@code CERTPLAN_DATA_DIR/keys}, generated at first start, whose tokens {@code make token} signs.
 */
@QuarkusMain
public final class CertplanMain {

    private static final Logger LOG = Logger.getLogger(CertplanMain.class);

    private CertplanMain() {
    }

    public static void main(String... args) {
        useLocalKeysUnlessConfigured();
        if (externalDatabaseConfigured()) {
            Quarkus.run(args);
            return;
        }
        Path dataDir = Path.of(setting("CERTPLAN_DATA_DIR", "certplan.data-dir", "data")).toAbsolutePath();
        Path root = dataDir.resolve("mariadb");
        int port = Integer.parseInt(setting("CERTPLAN_EMBEDDED_DB_PORT", "certplan.embedded-db.port", "0"));
        LOG.infof("No external database configured: starting the embedded MariaDB under %s", root.toAbsolutePath());
        EmbeddedMariaDb db;
        try {
            db = EmbeddedMariaDb.start(root, port, false);
        } catch (EmbeddedDatabaseException e) {
            System.err.println("certplan cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl());
        System.setProperty("quarkus.datasource.username", db.username());
        System.setProperty("quarkus.datasource.password", db.password());
        System.setProperty("certplan.embedded-db.data-dir", dataDir.toString());
        Quarkus.run(null, (exitCode, failure) -> {
            db.close();
            System.exit(exitCode);
        }, args);
    }

    private static void useLocalKeysUnlessConfigured() {
        if (!setting("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "mp.jwt.verify.publickey.location", "").isBlank()
                || !setting("MP_JWT_VERIFY_PUBLICKEY", "mp.jwt.verify.publickey", "").isBlank()) {
            return;
        }
        Path directory = Path.of(setting("CERTPLAN_DATA_DIR", "certplan.data-dir", "data"), "keys");
        try {
            LocalKeys keys = LocalKeys.ensure(directory);
            LOG.infof("No token verification key configured: accepting tokens signed with the local key %s "
                    + "(make token prints one)", keys.publicKeyFile());
            System.setProperty("mp.jwt.verify.publickey.location", keys.publicKeyFile().toString());
            System.setProperty(LocalKeys.DIRECTORY_PROPERTY, directory.toAbsolutePath().toString());
        } catch (UncheckedIOException e) {
            LOG.errorf("No token verification key configured and none can be generated under %s (%s): every /api/v1 "
                    + "request will be refused with 401; set MP_JWT_VERIFY_PUBLICKEY_LOCATION", directory.toAbsolutePath(),
                    e.getCause().getMessage());
        }
    }

    private static boolean externalDatabaseConfigured() {
        String url = setting("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url", "");
        return !url.isBlank();
    }

    private static String setting(String env, String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
