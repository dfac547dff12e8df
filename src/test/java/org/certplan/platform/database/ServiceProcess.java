package org.certplan.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.certplan.platform.security.LocalKeys;
import org.certplan.platform.security.LocalTokens;

/**
 * The production jar ({@code java -jar target/quarkus-app/quarkus-run.jar}) started as a separate process on one
 * data directory, the way {@code make run} starts it, with its log in a file beside the data.
 */
public final class ServiceProcess implements AutoCloseable {

    public static final Path JAR = Path.of(System.getProperty("certplan.jar", "target/quarkus-app/quarkus-run.jar"));
    /**
     * The services' own temporary directory, apart from the data directories even when the checkout lies under
     * the system's (where the embedded server would refuse them).
     */
    static final Path JVM_TMP = Path.of("target", "process-it", "jvm-tmp").toAbsolutePath();
    public static final String JVM_TMP_OPTION = "-Djava.io.tmpdir=" + JVM_TMP;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path dataDir;
    private final Path log;
    private final int httpPort;
    private final int dbPort;
    private final Process process;

    private ServiceProcess(Path dataDir, Path log, int httpPort, int dbPort, Process process) {
        this.dataDir = dataDir;
        this.log = log;
        this.httpPort = httpPort;
        this.dbPort = dbPort;
        this.process = process;
    }

    /** Starts the service on {@code dataDir}; {@code env} and {@code jvmOptions} are added to the defaults. */
    public static ServiceProcess start(Path dataDir, Map<String, String> env, String... jvmOptions) {
        assertThat(JAR).as("the production jar; `./mvnw package` builds it").isRegularFile();
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(JVM_TMP);
            int httpPort = freePort();
            int dbPort = freePort();
            Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + Instant.now().toEpochMilli() + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", JVM_TMP_OPTION));
            command.addAll(List.of(jvmOptions));
            command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("CERTPLAN_")
                    || name.startsWith("MP_JWT_"));
            environment.put("CERTPLAN_DATA_DIR", dataDir.toAbsolutePath().toString());
            environment.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
            environment.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(freePort()));
            environment.put("CERTPLAN_EMBEDDED_DB_PORT", String.valueOf(dbPort));
            environment.put("CERTPLAN_REPLANNING_CRON", "off");
            environment.putAll(env);
            return new ServiceProcess(dataDir, log, httpPort, dbPort, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServiceProcess started(Path dataDir) {
        return start(dataDir, Map.of()).awaitReady();
    }

    public ServiceProcess awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the service exited before it was ready:%n%s", log()).isTrue();
            if (ready()) {
                return this;
            }
            sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("the service was not ready within " + READY_TIMEOUT + ":\n" + log());
    }

    private boolean ready() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + httpPort + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the service to exit by itself and returns its exit code. */
    int awaitExit(Duration timeout) {
        try {
            assertThat(process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS))
                    .as("the service exited within %s:%n%s", timeout, log()).isTrue();
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An admin's request to the service's API. */
    public RequestSpecification api() {
        String token = LocalTokens.of(LocalKeys.ensure(dataDir.resolve("keys"))).admin();
        return RestAssured.given().baseUri("http://127.0.0.1:" + httpPort).auth().oauth2(token)
                .contentType("application/json");
    }

    /** A connection straight to the embedded MariaDB. */
    Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + dbPort + "/" + EmbeddedMariaDb.DATABASE,
                "root", "");
    }

    public int httpPort() {
        return httpPort;
    }

    ProcessHandle jvm() {
        return process.toHandle();
    }

    /** The embedded MariaDB server this service started. */
    ProcessHandle server() {
        return child(name -> name.equals("mariadbd")).orElseThrow(() -> new AssertionError("no server:\n" + log()));
    }

    ProcessHandle watchdog() {
        return process.descendants().filter(p -> p.info().arguments()
                .map(arguments -> List.of(arguments).contains("certplan-db-watchdog")).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no watchdog:\n" + log()));
    }

    private Optional<ProcessHandle> child(Predicate<String> executable) {
        return process.descendants().filter(p -> p.info().command()
                .map(command -> executable.test(Path.of(command).getFileName().toString())).orElse(false))
                .findFirst();
    }

    /** What the OOM killer or {@code kill -9} does to the JVM. */
    void killJvm() {
        process.destroyForcibly();
        awaitGone(process.toHandle());
    }

    /** A clean stop (SIGTERM), as Ctrl-C or a container runtime's stop does. */
    public void stop() {
        process.destroy();
        assertThat(awaitExit(Duration.ofSeconds(60))).as("exit code of a clean stop:%n%s", log()).isIn(0, 143);
    }

    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "(no log)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static void awaitGone(ProcessHandle handle) {
        try {
            handle.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("process " + handle.pid() + " still runs", e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
