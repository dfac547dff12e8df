package org.certplan.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.certplan.audit.Audit;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.Nonconformity;
import org.certplan.client.Certification;
import org.certplan.programme.AuditType;
import org.certplan.programme.CertificationStatus;
import org.junit.jupiter.api.Test;

/** Imports of generated datasets through the services, checked against the rules in the database. */
@QuarkusTest
class DatasetImportTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 30);

    @Inject
    DatasetGenerator generator;

    @Inject
    DatasetImporter importer;

    @Inject
    DatasetExporter exporter;

    @Test
    void sizeSImportsAndEveryCertifiedCycleHasValidWindows() {
        Dataset dataset = generator.generate(DatasetSize.S, 101, REFERENCE);
        Imported imported = importer.importDataset(dataset);

        assertThat(imported.counts().clients()).isEqualTo(50);
        assertThat(imported.counts().auditors()).isEqualTo(dataset.auditors().size()).isBetween(4, 8);
        assertThat(imported.counts().certifications()).isEqualTo(50);
        List<Certification> certifications = certificationsOf(imported.clientIds());
        assertThat(certifications).hasSize(50);
        List<Certification> certified = certifications.stream()
                .filter(c -> c.status == CertificationStatus.CERTIFIED).toList();
        assertThat(certified).hasSizeGreaterThan(20);
        Map<Long, List<Audit>> audits = auditsOf(certifications);

        for (Certification c : certified) {
            Map<AuditType, Audit> cycle = audits.get(c.id).stream()
                    .filter(a -> a.cycleNumber == c.cycleNumber && a.status != AuditStatus.CANCELLED)
                    .filter(a -> a.type == AuditType.SURVEILLANCE_1 || a.type == AuditType.SURVEILLANCE_2
                            || a.type == AuditType.RECERTIFICATION)
                    .collect(Collectors.toMap(a -> a.type, Function.identity()));
            assertThat(cycle).as("certification %d", c.id).containsOnlyKeys(AuditType.SURVEILLANCE_1,
                    AuditType.SURVEILLANCE_2, AuditType.RECERTIFICATION);
            cycle.values().forEach(a -> assertThat(a.earliestStart).isBeforeOrEqualTo(a.latestEnd));
            assertThat(cycle.get(AuditType.SURVEILLANCE_1).latestEnd).isBeforeOrEqualTo(c.decisionDate.plusMonths(12));
            assertThat(cycle.get(AuditType.SURVEILLANCE_2).latestEnd).isBeforeOrEqualTo(c.decisionDate.plusMonths(24));
            assertThat(cycle.get(AuditType.SURVEILLANCE_2).earliestStart)
                    .isAfter(cycle.get(AuditType.SURVEILLANCE_1).earliestStart);
            assertThat(cycle.get(AuditType.RECERTIFICATION).latestEnd).isBeforeOrEqualTo(c.expiry.minusDays(42));
            assertThat(cycle.get(AuditType.RECERTIFICATION).earliestStart).isAfterOrEqualTo(c.expiry.minusMonths(6));
            assertThat(c.expiry).isAfterOrEqualTo(REFERENCE);
        }
        audits.values().stream().flatMap(List::stream).filter(a -> a.status == AuditStatus.COMPLETED)
                .forEach(a -> assertThat(a.startDate).as("audit %d held inside its window", a.id)
                        .isAfterOrEqualTo(a.earliestStart)
                        .isBeforeOrEqualTo(a.endDate));
        audits.values().stream().flatMap(List::stream).filter(a -> a.status == AuditStatus.COMPLETED)
                .forEach(a -> assertThat(a.endDate).as("audit %d ends inside its window", a.id)
                        .isBeforeOrEqualTo(a.latestEnd)
                        .isBeforeOrEqualTo(REFERENCE));
    }

    @Test
    void everyOpenMajorOfAnImportedClientHasAFollowUpDueWithinSixWeeks() {
        Dataset dataset = generator.generate(DatasetSize.M, 102, REFERENCE);
        List<DatasetClient> withOpenMajor = dataset.clients().stream().filter(DatasetImportTest::endsWithMajor)
                .limit(8).toList();
        assertThat(withOpenMajor).hasSizeGreaterThanOrEqualTo(3);
        Dataset subset = new Dataset(Dataset.FORMAT, 102L, DatasetSize.M, null, REFERENCE, List.of(), withOpenMajor);
        Imported imported = importer.importDataset(subset);

        List<Certification> certifications = certificationsOf(imported.clientIds());
        List<Long> ids = certifications.stream().map(c -> c.id).toList();
        List<Nonconformity> open = QuarkusTransaction.requiringNew().call(() -> Nonconformity.<Nonconformity>list(
                "certificationId in ?1 and grade = ?2 and status = ?3", ids, Nonconformity.Grade.MAJOR,
                Nonconformity.Status.OPEN));
        assertThat(open).hasSizeGreaterThanOrEqualTo(withOpenMajor.size());
        for (Nonconformity nc : open) {
            assertThat(nc.dueDate).isEqualTo(nc.raisedOn.plusDays(42));
            Audit followUp = QuarkusTransaction.requiringNew().call(() -> Audit.<Audit>findById(nc.followUpAuditId));
            assertThat(followUp.type).isEqualTo(AuditType.FOLLOW_UP);
            assertThat(followUp.latestEnd).isBeforeOrEqualTo(nc.raisedOn.plusDays(42));
            assertThat(followUp.earliestStart).isAfter(nc.raisedOn);
        }
    }

    @Test
    void exportThenImportThenExportGivesTheSameDocument() {
        Dataset generated = generator.generate(DatasetSize.S, 202, REFERENCE);
        Imported first = importer.importDataset(generated);
        Dataset exported = exporter.export(first.clientIds(), first.auditorIds());

        assertThat(DatasetJson.write(exported)).isEqualTo(DatasetJson.write(
                new Dataset(Dataset.FORMAT, null, null, null, exported.referenceDate(), generated.auditors(),
                        generated.clients())));

        // auditors are identified by e-mail, so the copy gets its own addresses
        Dataset copy = DatasetJson.read(DatasetJson.write(exported).replace("@auditors-202.", "@copy-202."));
        Imported second = importer.importDataset(copy);
        Dataset again = exporter.export(second.clientIds(), second.auditorIds());

        assertThat(second.clientIds()).doesNotContainAnyElementsOf(first.clientIds());
        assertThat(DatasetJson.write(again)).isEqualTo(DatasetJson.write(copy));
    }

    private static boolean endsWithMajor(DatasetClient client) {
        List<DatasetStep> steps = client.certifications().get(0).steps();
        return !steps.isEmpty() && steps.get(steps.size() - 1).complete() != null
                && steps.get(steps.size() - 1).complete().findings().stream()
                .anyMatch(f -> f.grade() == Nonconformity.Grade.MAJOR);
    }

    private static List<Certification> certificationsOf(List<Long> clientIds) {
        return QuarkusTransaction.requiringNew().call(() ->
                Certification.<Certification>list("client.id in ?1 order by id", clientIds));
    }

    private static Map<Long, List<Audit>> auditsOf(List<Certification> certifications) {
        List<Long> ids = certifications.stream().map(c -> c.id).toList();
        return QuarkusTransaction.requiringNew().call(() -> Audit.<Audit>list("certificationId in ?1", ids))
                .stream().collect(Collectors.groupingBy(a -> a.certificationId));
    }
}
