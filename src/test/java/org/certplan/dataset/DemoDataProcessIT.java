package org.certplan.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.certplan.platform.database.ServiceProcess;
import org.junit.jupiter.api.Test;

/** Demo data asked for on a database that holds data: skipped, said in the log and the health; make demo's reset. */
class DemoDataProcessIT {

    private static final Path WORK = Path.of("target", "process-it").toAbsolutePath();

    @Test
    void demoDataOnANonEmptyDatabaseIsSkippedSayingHowToStartAfreshAndTheResetAsksAndRefusesARunningService()
            throws Exception {
        Path data = WORK.resolve("demo-" + Instant.now().toEpochMilli()).resolve("data");
        try (ServiceProcess service = ServiceProcess.start(data, Map.of()).awaitReady()) {
            service.api().body("""
                    {"name": "Already Here GmbH", "persons": 10, "technicalAreas": ["33"], "languages": ["de"],
                     "sites": [{"name": "HQ", "countryCode": "DE", "city": "Berlin", "latitude": 52.52,
                                "longitude": 13.40, "persons": 10, "central": true}]}""")
                    .post("/api/v1/clients").then().statusCode(201);
            service.stop();
        }
        try (ServiceProcess service = ServiceProcess.start(data, Map.of("CERTPLAN_DEMO", "S")).awaitReady()) {
            String startFresh = "CERTPLAN_DATA_DIR=" + data + " make demo SIZE=S";
            assertThat(service.log()).contains("Demo data S skipped: the database already holds 1 client(s)",
                    startFresh);
            service.api().get("/q/health").then().statusCode(200)
                    .body("checks.find { it.name == 'Demo data' }.data.state", equalTo("skipped"))
                    .body("checks.find { it.name == 'Demo data' }.data.detail",
                            containsString(startFresh));

            Reset refused = Reset.run(data, "1");
            assertThat(refused.exit()).isNotZero();
            assertThat(refused.output()).contains("stop the service first");
            service.stop();
        }
        Reset unasked = Reset.run(data, "");
        assertThat(unasked.exit()).isNotZero();
        assertThat(unasked.output()).contains("run it in a terminal to be asked, or with YES=1");

        Reset reset = Reset.run(data, "1");
        assertThat(reset.exit()).as(reset.output()).isZero();
        assertThat(reset.output()).contains("Emptied the embedded database under " + data.resolve("mariadb/data"));
        try (ServiceProcess service = ServiceProcess.start(data, Map.of()).awaitReady()) {
            service.api().get("/api/v1/clients").then().statusCode(200).body("total", equalTo(0));
        }
    }

    /** {@code make demo}'s first step, the reset, on a data directory, without a terminal. */
    private record Reset(int exit, String output) {

        static Reset run(Path dataDir, String yes) throws IOException, InterruptedException {
            Path app = ServiceProcess.JAR.toAbsolutePath().getParent();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), ServiceProcess.JVM_TMP_OPTION,
                    "-cp",
                    app.resolve("app") + "/*:" + app.resolve("lib/boot") + "/*:" + app.resolve("lib/main") + "/*",
                    "org.certplan.platform.database.DatabaseCommand", "reset"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
            builder.environment().put("CERTPLAN_DATA_DIR", dataDir.toString());
            builder.environment().put("YES", yes);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            return new Reset(process.waitFor(), output);
        }
    }
}
