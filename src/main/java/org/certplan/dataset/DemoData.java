package org.certplan.dataset;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.certplan.client.Client;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code CERTPLAN_DEMO=S|M|L} (and {@code CERTPLAN_DEMO_PROFILE=realistic|understaffed}): a generated dataset is
 * loaded at start-up into a database without clients.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @ConfigProperty(name = "certplan.demo.size")
    Optional<String> size;

    @ConfigProperty(name = "certplan.demo.seed", defaultValue = "42")
    long seed;

    @ConfigProperty(name = "certplan.demo.profile", defaultValue = "realistic")
    String profile;

    @Inject
    DatasetGenerator generator;

    @Inject
    DatasetImporter importer;

    @Inject
    Clock clock;

    /** Set by the launcher when it started the embedded database: its data directory. */
    @ConfigProperty(name = "certplan.embedded-db.data-dir")
    Optional<String> embeddedDataDir;

    private volatile DemoOutcome outcome = DemoOutcome.NOT_REQUESTED;

    /** What the start-up did with {@code CERTPLAN_DEMO}, for {@code GET /q/health}. */
    public DemoOutcome outcome() {
        return outcome;
    }

    void onStart(@Observes StartupEvent event) {
        if (size.isEmpty() || size.get().isBlank()) {
            return;
        }
        DatasetSize demo;
        try {
            demo = DatasetSize.valueOf(size.get().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("CERTPLAN_DEMO (certplan.demo.size) must be S, M or L, not '"
                    + size.get() + "'", e);
        }
        DatasetProfile demoProfile;
        try {
            demoProfile = DatasetProfile.fromString(profile);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("CERTPLAN_DEMO_PROFILE (certplan.demo.profile) must be realistic or "
                    + "understaffed, not '" + profile + "'", e);
        }
        long clients = QuarkusTransaction.requiringNew().call(() -> Client.count());
        if (clients > 0) {
            outcome = DemoOutcome.skipped(demo, clients, startFresh(demo));
            LOG.warn(outcome.detail());
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Dataset dataset = generator.generate(demo, demoProfile, seed, today);
        long generated = System.nanoTime();
        ImportResult result = importer.importDataset(dataset).counts();
        LOG.infof("Demo data %s %s (seed %d, reference date %s) loaded: %d auditors, %d clients, %d sites, "
                        + "%d certifications, %d steps, %d conflicts of interest; generated in %d ms, imported in %d ms",
                demo, demoProfile.value(), seed, today, result.auditors(), result.clients(), result.sites(), result.certifications(),
                result.steps(), result.conflicts(), (generated - started) / 1_000_000, result.milliseconds());
        outcome = DemoOutcome.loaded(demo, result.clients());
    }

    private String startFresh(DatasetSize demo) {
        return embeddedDataDir.map(dir -> "to start afresh with the demo data, stop the service and run "
                        + "CERTPLAN_DATA_DIR=" + dir + " make demo SIZE=" + demo
                        + " (it empties that embedded database, after asking, then starts the service with it)")
                .orElse("to start afresh with the demo data, point QUARKUS_DATASOURCE_JDBC_URL at an empty database");
    }
}
