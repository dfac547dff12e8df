package org.certplan.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The embedded database as a user of {@code make run} meets it: the production jar started as its own process on
 * a data directory, killed, stopped and started again.
 */
class EmbeddedDatabaseProcessIT {

    private static final Path WORK = Path.of("target", "process-it").toAbsolutePath();

    @Test
    void aKilledServiceStartsAgainWithAllItsDataAndItsServerIsStoppedByTheWatchdog() {
        Path data = freshDataDir("killed");
        ProcessHandle server;
        try (ServiceProcess service = ServiceProcess.started(data)) {
            createClient(service, "Kept Through A Crash GmbH");
            server = service.server();
            service.killJvm();
        }
        ServiceProcess.awaitGone(server);
        try (ServiceProcess service = ServiceProcess.started(data)) {
            assertThat(clientNames(service)).containsExactly("Kept Through A Crash GmbH");
            assertThat(service.log()).doesNotContain("left running by an earlier start", "Can't lock");
        }
    }

    @Test
    void aServerLeftRunningOnTheDataDirectoryIsStoppedGracefullyAtTheNextStart() {
        Path data = freshDataDir("orphan");
        ProcessHandle orphan;
        try (ServiceProcess service = ServiceProcess.started(data)) {
            createClient(service, "Orphaned Server AG");
            orphan = service.server();
            ProcessHandle watchdog = service.watchdog();
            watchdog.destroyForcibly();
            ServiceProcess.awaitGone(watchdog);
            service.killJvm();
        }
        try {
            ServiceProcess.sleep(Duration.ofSeconds(2));
            assertThat(orphan.isAlive()).as("the server outlives a JVM killed with its watchdog").isTrue();
            try (ServiceProcess service = ServiceProcess.started(data)) {
                assertThat(orphan.isAlive()).isFalse();
                assertThat(service.log())
                        .contains("An embedded MariaDB left running by an earlier start (pid " + orphan.pid() + ")")
                        .contains("Stopped the embedded MariaDB left running (pid " + orphan.pid() + ")")
                        .doesNotContain("Can't lock");
                assertThat(clientNames(service)).containsExactly("Orphaned Server AG");
            }
        } finally {
            orphan.destroyForcibly();
        }
    }

    @Test
    void aDataDirectoryTheEmbeddedServerWouldDeleteIsRefusedAndLeftAsItWas() throws IOException {
        Path data = freshDataDir("temporary");
        try (ServiceProcess service = ServiceProcess.started(data)) {
            createClient(service, "Not Wiped SARL");
            service.stop();
        }
        List<String> files = filesUnder(data);

        try (ServiceProcess refused = ServiceProcess.start(data, Map.of(), "-Djava.io.tmpdir=" + WORK)) {
            assertThat(refused.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
            assertThat(refused.log()).contains("certplan cannot start",
                    "lies under the system temporary directory " + WORK,
                    "Set CERTPLAN_DATA_DIR to a directory outside it", "Nothing under");
        }
        assertThat(filesUnder(data)).isEqualTo(files);

        Path underSystemTmp = Files.createTempDirectory("certplan-data");
        try (ServiceProcess alsoRefused = ServiceProcess.start(underSystemTmp, Map.of(),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"))) {
            assertThat(alsoRefused.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
            assertThat(alsoRefused.log()).contains("lies under the system temporary directory");
        }

        try (ServiceProcess service = ServiceProcess.started(data)) {
            assertThat(clientNames(service)).containsExactly("Not Wiped SARL");
        }
    }

    @Test
    void aDataDirectoryLockedByAServerItCannotSeeFailsFastNamingTheFile() throws IOException {
        Path data = freshDataDir("locked");
        try (ServiceProcess service = ServiceProcess.started(data)) {
            service.stop();
        }
        Path control = data.resolve("mariadb/data/aria_log_control");
        try (FileChannel channel = FileChannel.open(control, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.lock();
                ServiceProcess refused = ServiceProcess.start(data, Map.of())) {
            assertThat(refused.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
            assertThat(refused.log()).contains("Another process holds a lock on " + control)
                    .doesNotContain("Can't lock aria control file");
        }
    }

    @Test
    void aServerThatCannotStartFailsTheStartAtOnceWithItsOwnLastLines() throws IOException {
        Path data = freshDataDir("broken");
        try (ServiceProcess service = ServiceProcess.started(data)) {
            service.stop();
        }
        Files.write(data.resolve("mariadb/data/ibdata1"), new byte[4096 * 61]);
        try (ServiceProcess refused = ServiceProcess.start(data, Map.of())) {
            assertThat(refused.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
            assertThat(refused.log()).contains("certplan cannot start: The embedded MariaDB under",
                    "exited while starting", "[ERROR] Aborting").doesNotContain("Magic string not seen");
        }
    }

    @Test
    void aCrashInTheMiddleOfAnApplyLeavesEveryAuditAsBeforeAndFailsTheRunWithTheReason() throws Exception {
        Path data = freshDataDir("apply");
        long run;
        List<String> before;
        try (ServiceProcess service = ServiceProcess.start(data, Map.of("CERTPLAN_DEMO", "S")).awaitReady()) {
            LocalDate today = LocalDate.now();
            run = service.api().body(Map.of("from", today.toString(), "to", today.plusMonths(12).toString(),
                    "timeLimit", "PT5S")).post("/api/v1/planning-runs").then().statusCode(202)
                    .extract().jsonPath().getLong("id");
            awaitStatus(service, run, "COMPLETED");
            List<Long> changed = service.api().get("/api/v1/planning-runs/" + run + "/changes").then()
                    .statusCode(200).extract().jsonPath().getList("auditId", Long.class);
            assertThat(changed).as("the proposal changes several audits").hasSizeGreaterThan(1);
            long last = changed.stream().max(Long::compare).orElseThrow();
            try (Connection db = service.database(); Statement sql = db.createStatement()) {
                before = plan(sql);
                // the apply's last audit-trail entry waits, with every audit before it already written
                sql.execute("""
                        CREATE TRIGGER process_it_hold_apply BEFORE INSERT ON audit_event FOR EACH ROW
                        BEGIN
                          IF NEW.audit_id = %d AND NEW.reason = 'planning run %d applied' THEN
                            DO SLEEP(600);
                          END IF;
                        END""".formatted(last, run));
                CompletableFuture.runAsync(() -> service.api().body("{}")
                        .post("/api/v1/planning-runs/" + run + "/apply"));
                assertThat(awaitHeldApplyRowsWritten(sql)).as("rows the apply wrote before the crash").isPositive();
            }
            ProcessHandle server = service.server();
            service.killJvm();
            ServiceProcess.awaitGone(server);
        }
        try (ServiceProcess service = ServiceProcess.started(data)) {
            try (Connection db = service.database(); Statement sql = db.createStatement()) {
                assertThat(plan(sql)).as("every audit and team as before the apply").isEqualTo(before);
            }
            JsonPath view = service.api().get("/api/v1/planning-runs/" + run).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(view.getString("status")).isEqualTo("FAILED");
            assertThat(view.getString("failureMessage")).contains("the service stopped while applying the proposal",
                    "no audit changed");
            assertThat(view.getString("appliedAt")).isNull();
        }
    }

    @Test
    void makeBackupWhileTheServiceRunsAndMakeRestoreIntoTheStoppedService() throws Exception {
        Path data = freshDataDir("backup");
        Path backup = WORK.resolve("backup-" + Instant.now().toEpochMilli() + ".sql.gz");
        try (ServiceProcess service = ServiceProcess.started(data)) {
            createClient(service, "In The Backup BV");
            Make backupRun = Make.run(data, "backup", "FILE=" + backup);
            assertThat(backupRun.exit()).as(backupRun.output()).isZero();
            assertThat(backupRun.output()).contains("Backup of the embedded database written to " + backup);
            assertThat(backup).isRegularFile();
            createClient(service, "After The Backup Oy");

            Make refused = Make.run(data, "restore", "FILE=" + backup);
            assertThat(refused.exit()).isNotZero();
            assertThat(refused.output()).contains("stop the service first");
            assertThat(clientNames(service)).containsExactlyInAnyOrder("In The Backup BV", "After The Backup Oy");
            service.stop();
        }
        Make restore = Make.run(data, "restore", "FILE=" + backup);
        assertThat(restore.exit()).as(restore.output()).isZero();
        try (ServiceProcess service = ServiceProcess.started(data)) {
            assertThat(clientNames(service)).containsExactly("In The Backup BV");
        }
    }

    private static int awaitHeldApplyRowsWritten(Statement sql) throws SQLException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            try (ResultSet held = sql.executeQuery("""
                    SELECT t.trx_rows_modified FROM information_schema.processlist p
                    JOIN information_schema.innodb_trx t ON t.trx_mysql_thread_id = p.id
                    WHERE p.state = 'User sleep'""")) {
                if (held.next()) {
                    return held.getInt(1);
                }
            }
            ServiceProcess.sleep(Duration.ofMillis(100));
        }
        throw new AssertionError("the apply never reached its last audit");
    }

    /** Every audit's status, dates and version with its team, one line each. */
    private static List<String> plan(Statement sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("""
                SELECT a.id, a.status, a.start_date, a.end_date, a.version, a.unassigned_reason,
                       (SELECT GROUP_CONCAT(m.auditor_id, ':', m.role ORDER BY m.auditor_id, m.role)
                          FROM audit_team_member m WHERE m.audit_id = a.id) AS team,
                       (SELECT COUNT(*) FROM audit_event e WHERE e.audit_id = a.id) AS events
                FROM audit a ORDER BY a.id""")) {
            while (rows.next()) {
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= 8; i++) {
                    columns.add(String.valueOf(rows.getObject(i)));
                }
                lines.add(String.join(" ", columns));
            }
        }
        return lines;
    }

    private static void awaitStatus(ServiceProcess service, long run, String status) {
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            String now = service.api().get("/api/v1/planning-runs/" + run).then().statusCode(200)
                    .extract().jsonPath().getString("status");
            if (now.equals(status)) {
                return;
            }
            assertThat(now).as("run %d", run).isIn("QUEUED", "SOLVING");
            ServiceProcess.sleep(Duration.ofMillis(500));
        }
        throw new AssertionError("run " + run + " did not reach " + status);
    }

    private static void createClient(ServiceProcess service, String name) {
        service.api().body("""
                {"name": "%s", "persons": 40, "technicalAreas": ["33"], "languages": ["de"],
                 "sites": [{"name": "HQ", "countryCode": "DE", "city": "Berlin", "latitude": 52.52,
                            "longitude": 13.40, "persons": 40, "central": true}]}""".formatted(name))
                .post("/api/v1/clients").then().statusCode(201);
    }

    private static List<String> clientNames(ServiceProcess service) {
        return service.api().get("/api/v1/clients").then().statusCode(200).extract().jsonPath()
                .getList("items.name", String.class);
    }

    private static List<String> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(file -> dir.relativize(file) + " " + file.toFile().length())
                    .sorted().toList();
        }
    }

    private static Path freshDataDir(String name) {
        return WORK.resolve(name + "-" + Instant.now().toEpochMilli()).resolve("data");
    }

    /** A documented make target, run from the project's directory on the given data directory. */
    private record Make(int exit, String output) {

        static Make run(Path dataDir, String... arguments) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of("make", "-s"));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("CERTPLAN_DATA_DIR", dataDir.toString());
            builder.environment().put("JAVA_OPTS", ServiceProcess.JVM_TMP_OPTION);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            return new Make(process.waitFor(), output);
        }
    }
}
