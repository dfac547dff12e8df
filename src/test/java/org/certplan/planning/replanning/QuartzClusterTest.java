package org.certplan.planning.replanning;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;

/**
 * Two replicas' schedulers on one database: two Quartz schedulers with the clustered JDBC store of the
 * application (tables from V6, distinct instance ids) both hold the same trigger; every fire time runs exactly
 * once, on one of them. The application's own scheduler is checked to use that clustered store.
 */
@QuarkusTest
@TestSecurity(user = "paula", roles = "planner")
class QuartzClusterTest {

    private static final List<String> EXECUTIONS = Collections.synchronizedList(new ArrayList<>());

    @jakarta.inject.Inject
    Scheduler applicationScheduler;

    @Test
    void theApplicationSchedulerIsClusteredOnTheDatabase() throws SchedulerException {
        assertThat(applicationScheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(applicationScheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
    }

    @Test
    void twoSchedulersOnOneDatabaseRunEachFireTimeOnce() throws Exception {
        String cluster = "certplan-cluster-test-" + UUID.randomUUID().toString().substring(0, 8);
        Scheduler a = scheduler(cluster, "replica-a");
        Scheduler b = scheduler(cluster, "replica-b");
        try {
            a.start();
            b.start();
            int fires = 8;
            Instant first = Instant.now().plusSeconds(2);
            for (Scheduler scheduler : List.of(a, b)) {
                JobDetail job = JobBuilder.newJob(RecordingJob.class).withIdentity("nightly", cluster).storeDurably()
                        .build();
                Trigger trigger = TriggerBuilder.newTrigger().withIdentity("nightly-trigger", cluster)
                        .startAt(Date.from(first))
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(700)
                                .withRepeatCount(fires - 1))
                        .build();
                try {
                    scheduler.scheduleJob(job, trigger);
                } catch (ObjectAlreadyExistsException theOtherReplicaScheduledItFirst) {
                    // the job store is shared: the second replica finds the trigger already there
                }
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (executionsOf(cluster).size() < fires && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            Thread.sleep(2_000);
            List<String[]> runs = executionsOf(cluster);
            Map<String, List<String>> byFireTime = new HashMap<>();
            runs.forEach(r -> byFireTime.computeIfAbsent(r[1], k -> new ArrayList<>()).add(r[2]));
            assertThat(byFireTime).as("fire times").hasSize(fires);
            byFireTime.forEach((fireTime, replicas) -> assertThat(replicas).as("runs of fire time %s", fireTime)
                    .hasSize(1));
        } finally {
            a.shutdown(true);
            b.shutdown(true);
        }
    }

    private static List<String[]> executionsOf(String cluster) {
        synchronized (EXECUTIONS) {
            return EXECUTIONS.stream().map(e -> e.split("\\|")).filter(e -> e[0].equals(cluster)).toList();
        }
    }

    private static Scheduler scheduler(String cluster, String instanceId) throws SchedulerException {
        var config = ConfigProvider.getConfig();
        TestDatabase.url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        TestDatabase.user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null);
        TestDatabase.password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        Properties p = new Properties();
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, cluster);
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, instanceId);
        p.setProperty("org.quartz.threadPool.threadCount", "2");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
        p.setProperty("org.quartz.jobStore.dataSource", "certplan");
        p.setProperty("org.quartz.dataSource.certplan.connectionProvider.class", TestDatabase.class.getName());
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        StdSchedulerFactory factory = new StdSchedulerFactory();
        factory.initialize(p);
        return factory.getScheduler();
    }

    /** Records scheduler name, scheduled fire time and the replica that ran it. */
    @DisallowConcurrentExecution
    public static class RecordingJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            try {
                EXECUTIONS.add(context.getScheduler().getSchedulerName() + "|"
                        + context.getScheduledFireTime().getTime() + "|" + context.getScheduler().getSchedulerInstanceId());
            } catch (SchedulerException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Plain JDBC connections to the test database, as a second process would open them. */
    public static class TestDatabase implements ConnectionProvider {
        static volatile String url;
        static volatile String user;
        static volatile String password;

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public void shutdown() {
        }

        @Override
        public void initialize() {
        }
    }
}
