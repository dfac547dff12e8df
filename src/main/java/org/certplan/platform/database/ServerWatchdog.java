package org.certplan.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A small shell process that stops the embedded server when the JVM that started it ends without stopping it
 * ({@code kill -9}, the OOM killer). It waits for the end of its standard input, which only this JVM holds open,
 * so it notices the JVM's end however it comes; it then stops the server gracefully (SIGTERM, which flushes)
 * if that pid still runs on this data directory.
 */
final class ServerWatchdog implements AutoCloseable {

    private static final String SCRIPT = """
            trap '' HUP INT
            while read -r _; do :; done
            if tr '\\0' '\\n' 2>/dev/null < "/proc/$1/cmdline" | grep -qxF -- "$2"; then
              echo "certplan: the service ended without stopping its embedded MariaDB (pid $1); stopping it" >&2
              kill -TERM "$1"
            fi
            """;

    private final Process process;

    private ServerWatchdog(Process process) {
        this.process = process;
    }

    static ServerWatchdog watch(ProcessHandle server, String dataDirArgument) {
        try {
            Process process = new ProcessBuilder("sh", "-c", SCRIPT, "certplan-db-watchdog",
                    String.valueOf(server.pid()), dataDirArgument)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            return new ServerWatchdog(process);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded database's watchdog", e);
        }
    }

    /** Ends the watchdog once the server has stopped the ordinary way. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            process.destroy();
        }
    }
}
