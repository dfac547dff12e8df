package org.certplan.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.certplan.audit.Audit;
import org.certplan.audit.AuditStatus;
import org.certplan.auditor.Competences;
import org.certplan.auditor.EligibilityService;
import org.junit.jupiter.api.Test;

/**
 * The realistic profile's application review, checked after the import by the rule engine itself: every audit
 * the services opened in the horizon has a lead who could hold it alone, and the generator's count of those
 * audits is the database's.
 */
@QuarkusTest
class RealisticDatasetImportTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 30);

    @Inject
    DatasetGenerator generator;

    @Inject
    DatasetImporter importer;

    @Inject
    EligibilityService eligibility;

    @Test
    void everyOpenAuditOfTheHorizonHasALeadTheRuleEngineAccepts() {
        GeneratedCb cb = generator.cb(DatasetSize.S, DatasetProfile.REALISTIC, 505, REFERENCE);
        Imported imported = importer.importDataset(cb.dataset());
        Horizon horizon = cb.horizon();

        QuarkusTransaction.requiringNew().run(() -> {
            List<Audit> open = Audit.<Audit>list("clientId in ?1 and status = ?2 and earliestStart <= ?3 "
                    + "and latestEnd >= ?4", imported.clientIds(), AuditStatus.UNPLANNED, horizon.to(), horizon.from());
            assertThat(open).hasSize(cb.due().size());
            for (Audit audit : open) {
                LocalDate from = audit.earliestStart.isBefore(horizon.from()) ? horizon.from() : audit.earliestStart;
                LocalDate to = audit.latestEnd.isAfter(horizon.to()) ? horizon.to() : audit.latestEnd;
                Competences competences = eligibility.competences(audit.clientId, from, to);
                Set<Long> alone = new HashSet<>(competences.leads());
                competences.byTechnicalArea().values().forEach(alone::retainAll);
                competences.byLanguage().values().forEach(alone::retainAll);
                assertThat(alone).as("leads able to hold %s %d alone", audit.type, audit.id).isNotEmpty();
            }
        });
    }
}
