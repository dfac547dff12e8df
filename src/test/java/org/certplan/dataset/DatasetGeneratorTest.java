package org.certplan.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.certplan.client.SiteRequest;
import org.certplan.programme.AuditTimeCalculator;
import org.certplan.programme.AuditType;
import org.certplan.programme.CycleCalendar;
import org.certplan.programme.ProgrammePolicy;
import org.junit.jupiter.api.Test;

class DatasetGeneratorTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 30);

    private final DatasetGenerator generator = new DatasetGenerator(new CycleCalendar(ProgrammePolicy.defaults()),
            new AuditTimeCalculator(ProgrammePolicy.defaults()));

    @Test
    void sameSeedAndReferenceDateGiveTheSameBytesAndAnotherSeedOtherData() {
        String first = DatasetJson.write(generator.generate(DatasetSize.S, 7, REFERENCE));
        String again = DatasetJson.write(generator.generate(DatasetSize.S, 7, REFERENCE));
        String other = DatasetJson.write(generator.generate(DatasetSize.S, 8, REFERENCE));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first).startsWith("{\"format\":\"certplan-dataset/1\",\"seed\":7,\"size\":\"S\","
                + "\"profile\":\"realistic\",\"referenceDate\":\"2026-06-30\"");
    }

    @Test
    void sizeSHasFiftyClientsAndAPoolSizedForThem() {
        Dataset dataset = generator.generate(DatasetSize.S, 42, REFERENCE);

        assertThat(dataset.clients()).hasSize(50);
        assertThat(dataset.auditors()).hasSizeBetween(4, 8);
        assertThat(generator.generate(DatasetSize.S, DatasetProfile.UNDERSTAFFED, 42, REFERENCE).auditors())
                .hasSize(DatasetSize.S.auditors());
        assertThat(dataset.clients()).extracting(DatasetClient::ref).doesNotHaveDuplicates();
        assertThat(dataset.auditors()).extracting(DatasetAuditor::email).doesNotHaveDuplicates();
    }

    @Test
    void sizeMUsesEveryAuditTimeBandAndIsVaried() {
        Dataset dataset = generator.generate(DatasetSize.M, 42, REFERENCE);

        assertThat(dataset.clients()).hasSize(2_000);
        assertThat(dataset.auditors()).hasSizeBetween(70, 110);
        Set<Integer> bands = dataset.clients().stream().map(c -> Band.indexOf(c.persons())).collect(Collectors.toSet());
        assertThat(bands).hasSize(Band.AT_1.size());
        assertThat(dataset.clients().stream().filter(c -> c.persons() > 10_700).count()).isBetween(1L, 40L);
        assertThat(dataset.clients().stream().filter(c -> c.persons() <= 25).count()).isGreaterThan(700);

        long multiSite = dataset.clients().stream().filter(c -> c.sites().size() > 1).count();
        assertThat(multiSite).isBetween(80L, 260L);
        assertThat(dataset.clients().stream().filter(DatasetClient::siteSampling).count()).isPositive();
        assertThat(dataset.clients().stream().mapToInt(c -> c.sites().size()).max().orElseThrow()).isLessThanOrEqualTo(30);
        for (DatasetClient client : dataset.clients()) {
            assertThat(client.sites().stream().filter(SiteRequest::central)).hasSize(1);
            assertThat(client.sites().stream().mapToInt(SiteRequest::persons).sum()).isLessThanOrEqualTo(client.persons());
        }
        // the application review keeps the codes only one lead or none holds out of the CB's scope
        assertThat(dataset.clients().stream().flatMap(c -> c.technicalAreas().stream()).distinct().count())
                .isGreaterThanOrEqualTo(15);
        assertThat(generator.generate(DatasetSize.M, DatasetProfile.UNDERSTAFFED, 42, REFERENCE).clients().stream()
                .flatMap(c -> c.technicalAreas().stream()).distinct().count()).isGreaterThanOrEqualTo(20);
        assertThat(dataset.clients().stream().filter(c -> !c.blackouts().isEmpty()).count()).isPositive();
        assertThat(dataset.auditors().stream().filter(a -> !a.conflicts().isEmpty()).count()).isPositive();
    }

    @Test
    void clientsAreAtEveryPointOfTheirCycle() {
        Dataset dataset = generator.generate(DatasetSize.M, 42, REFERENCE);
        List<DatasetCertification> certifications = dataset.clients().stream()
                .flatMap(c -> c.certifications().stream()).toList();

        assertThat(certifications.stream().filter(c -> c.steps().isEmpty()).count()).as("just applied").isPositive();
        assertThat(certifications.stream().filter(c -> lastCompleted(c) == AuditType.STAGE_1).count())
                .as("stage 1 done").isPositive();
        assertThat(certifications.stream().filter(c -> decisions(c) == 1).count()).as("first cycle").isGreaterThan(600);
        assertThat(certifications.stream().filter(c -> decisions(c) >= 2).count()).as("second cycle").isGreaterThan(100);
        assertThat(certifications.stream().filter(c -> has(c, s -> s.suspend() != null)).count()).isPositive();
        assertThat(certifications.stream().filter(c -> has(c, s -> s.withdraw() != null)).count()).isPositive();
        assertThat(certifications.stream().filter(c -> has(c, s -> s.restore() != null)).count()).isPositive();
        assertThat(certifications.stream().filter(DatasetGeneratorTest::endsWithOpenMajor).count())
                .as("open major with its follow-up due").isPositive();
    }

    @Test
    void everyStepLiesOnOrBeforeTheReferenceDateInReplayOrder() {
        Dataset dataset = generator.generate(DatasetSize.M, 3, REFERENCE);
        for (DatasetClient client : dataset.clients()) {
            for (DatasetCertification certification : client.certifications()) {
                assertThat(certification.steps()).isSortedAccordingTo(DatasetStep.ORDER);
                Set<LocalDate> dates = new HashSet<>();
                certification.steps().forEach(s -> dates.add(s.date()));
                assertThat(dates).allMatch(d -> !d.isAfter(REFERENCE));
                assertThat(certification.steps()).allMatch(s -> s.complete() == null
                        || !s.complete().startDate().isAfter(s.complete().endDate()));
            }
        }
    }

    private static AuditType lastCompleted(DatasetCertification certification) {
        return certification.steps().stream().filter(s -> s.complete() != null)
                .reduce((a, b) -> b).map(s -> s.complete().auditType()).orElse(null);
    }

    private static long decisions(DatasetCertification certification) {
        return certification.steps().stream().filter(s -> s.decide() != null).count();
    }

    private static boolean has(DatasetCertification certification, java.util.function.Predicate<DatasetStep> test) {
        return certification.steps().stream().anyMatch(test);
    }

    private static boolean endsWithOpenMajor(DatasetCertification certification) {
        List<DatasetStep> steps = certification.steps();
        return !steps.isEmpty() && steps.get(steps.size() - 1).complete() != null
                && steps.get(steps.size() - 1).complete().findings().stream()
                .anyMatch(f -> f.grade() == org.certplan.audit.Nonconformity.Grade.MAJOR);
    }
}
