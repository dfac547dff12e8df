package org.certplan.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * {@code make backup [FILE=...]} and {@code make restore FILE=...}: a consistent dump of the embedded database
 * under {@code $CERTPLAN_DATA_DIR} with the server's own {@code mariadb-dump --single-transaction}, taken while
 * the service runs (or from a server started for the purpose when it does not), and its restore into a stopped
 * service's database. Files ending in {@code .gz} are compressed. {@code make demo} first runs {@code reset}: it
 * empties the database of a stopped service, after asking unless {@code YES=1}.
 */
public final class DatabaseCommand {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path root;
    private final DataDirectory data;

    private DatabaseCommand(Path root) {
        this.root = root;
        this.data = new DataDirectory(root.resolve("data").toAbsolutePath().toFile());
    }

    public static void main(String... args) {
        String dataDir = System.getenv().getOrDefault("CERTPLAN_DATA_DIR", "");
        DatabaseCommand command = new DatabaseCommand(Path.of(dataDir.isBlank() ? "data" : dataDir, "mariadb"));
        String file = args.length > 1 ? args[1].trim() : "";
        try {
            switch (args.length == 0 ? "" : args[0]) {
                case "backup" -> command.backup(file.isEmpty()
                        ? Path.of("backups", "certplan-" + LocalDateTime.now().format(STAMP) + ".sql.gz")
                        : Path.of(file));
                case "restore" -> command.restore(file.isEmpty() ? null : Path.of(file));
                case "reset" -> command.reset("1".equals(System.getenv("YES")));
                default -> fail("usage: DatabaseCommand backup [FILE] | restore FILE | reset");
            }
        } catch (EmbeddedDatabaseException | UncheckedIOException e) {
            fail(e.getMessage());
        }
    }

    private void backup(Path file) {
        ProcessHandle running = data.servers().running().orElse(null);
        if (running != null) {
            int port = Integer.parseInt(ServerProcesses.argument(running, "port").orElseThrow(() ->
                    new EmbeddedDatabaseException("The server running on " + data.file() + " (pid " + running.pid()
                            + ") names no port")));
            dump(port, file);
        } else {
            try (EmbeddedMariaDb db = EmbeddedMariaDb.start(root, 0, false)) {
                dump(db.port(), file);
            }
        }
        System.out.println("Backup of the embedded database written to " + file.toAbsolutePath());
    }

    private void dump(int port, Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Process dump = client("mariadb-dump", port, "--single-transaction", "--routines", "--triggers",
                    "--hex-blob", EmbeddedMariaDb.DATABASE).start();
            dump.getOutputStream().close();
            try (InputStream in = dump.getInputStream(); OutputStream out = output(partial)) {
                in.transferTo(out);
            }
            finish(dump, "mariadb-dump");
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the backup " + file + ": " + e.getMessage(), e);
        } finally {
            partial.toFile().delete();
        }
    }

    private void restore(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            throw new EmbeddedDatabaseException("make restore needs FILE=<a backup written by make backup>"
                    + (file == null ? "" : "; " + file + " is no file"));
        }
        requireStopped("restore replaces the whole database");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(root, 0, false)) {
            run(client("mariadb", db.port(), "-e", "DROP DATABASE IF EXISTS " + EmbeddedMariaDb.DATABASE
                    + "; CREATE DATABASE " + EmbeddedMariaDb.DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"), null, "mariadb");
            run(client("mariadb", db.port(), EmbeddedMariaDb.DATABASE), file, "mariadb");
        }
        System.out.println("Restored the embedded database under " + data.file() + " from " + file.toAbsolutePath());
    }

    private void reset(boolean confirmed) {
        if (!System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "").isBlank()) {
            throw new EmbeddedDatabaseException("make demo empties the embedded database only; with "
                    + "QUARKUS_DATASOURCE_JDBC_URL set, empty that database yourself and start with CERTPLAN_DEMO.");
        }
        requireStopped("make demo empties the whole database");
        if (!Files.isDirectory(data.file().toPath())) {
            return;
        }
        if (!confirmed && !askedToEmpty()) {
            throw new EmbeddedDatabaseException("Nothing changed.");
        }
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(root, 0, false)) {
            run(client("mariadb", db.port(), "-e", "DROP DATABASE IF EXISTS " + EmbeddedMariaDb.DATABASE
                    + "; CREATE DATABASE " + EmbeddedMariaDb.DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"), null, "mariadb");
        }
        System.out.println("Emptied the embedded database under " + data.file());
    }

    private boolean askedToEmpty() {
        if (System.console() == null) {
            throw new EmbeddedDatabaseException("make demo would delete every client, auditor and audit in the "
                    + "embedded database under " + data.file() + "; run it in a terminal to be asked, or with YES=1.");
        }
        String answer = System.console().readLine("This deletes every client, auditor, audit and planning run in "
                + "the embedded database under %s (make backup keeps a copy). Type yes to go on: ", data.file());
        return answer != null && answer.strip().equalsIgnoreCase("yes");
    }

    private void requireStopped(String why) {
        data.servers().running().ifPresent(server -> {
            throw new EmbeddedDatabaseException("A server (pid " + server.pid() + ") runs on " + data.file()
                    + ": stop the service first (" + why + "), then run the command again.");
        });
    }

    private void run(ProcessBuilder builder, Path input, String name) {
        try {
            Process process = builder.redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream to = process.getOutputStream()) {
                if (input != null) {
                    try (InputStream from = input(input)) {
                        from.transferTo(to);
                    }
                }
            }
            finish(process, name);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + name + ": " + e.getMessage(), e);
        }
    }

    private ProcessBuilder client(String program, int port, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                root.resolve("base").resolve("bin").resolve(program).toAbsolutePath().toString(),
                "--no-defaults", "--protocol=TCP", "--host=127.0.0.1", "--port=" + port, "--user=root",
                "--default-character-set=utf8mb4"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    }

    private static void finish(Process process, String name) throws IOException {
        try {
            int exit = process.waitFor();
            if (exit != 0) {
                throw new EmbeddedDatabaseException(name + " failed with exit code " + exit + " (its errors above)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + name + " ran", e);
        }
    }

    private static OutputStream output(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        return file.toString().endsWith(".gz.partial") ? new GZIPOutputStream(out) : out;
    }

    private static InputStream input(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
