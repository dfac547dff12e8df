package org.certplan.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.certplan.auditor.AuditorFacts.QualificationFact;
import org.certplan.auditor.EligibilityRules;
import org.certplan.client.SiteRequest;
import org.certplan.programme.AuditTimeCalculator;
import org.certplan.programme.AuditType;
import org.certplan.programme.CycleCalendar;
import org.certplan.programme.ProgrammePolicy;
import org.certplan.rules.QualificationRole;
import org.certplan.rules.QualificationValidity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The {@code realistic} profile's CB accepts only clients it can audit and is staffed for them; {@code understaffed} is not. */
class ApplicationReviewTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 22);
    private static final Horizon HORIZON = Horizon.after(REFERENCE);

    private static final DatasetGenerator GENERATOR = new DatasetGenerator(
            new CycleCalendar(ProgrammePolicy.defaults()), new AuditTimeCalculator(ProgrammePolicy.defaults()));
    private static final Map<DatasetSize, GeneratedCb> REALISTIC = new EnumMap<>(DatasetSize.class);
    private static final Map<DatasetSize, GeneratedCb> UNDERSTAFFED = new EnumMap<>(DatasetSize.class);

    private static GeneratedCb realistic(DatasetSize size) {
        return REALISTIC.computeIfAbsent(size, s -> GENERATOR.cb(s, DatasetProfile.REALISTIC, 42, REFERENCE));
    }

    private static GeneratedCb understaffed(DatasetSize size) {
        return UNDERSTAFFED.computeIfAbsent(size, s -> GENERATOR.cb(s, DatasetProfile.UNDERSTAFFED, 42, REFERENCE));
    }

    @ParameterizedTest
    @EnumSource(DatasetSize.class)
    void everyClientHasEnoughLeadsForItsTechnicalAreasAndAuditLanguages(DatasetSize size) {
        Dataset dataset = realistic(size).dataset();
        LeadPool leads = new LeadPool(dataset.auditors());
        int required = size == DatasetSize.S ? 1 : 2;

        assertThat(dataset.clients()).hasSize(size.clients());
        for (DatasetClient client : dataset.clients()) {
            assertThat(leads.covering(client.ref(), client.technicalAreas(), client.languages(), HORIZON.from(),
                    HORIZON.to()))
                    .as("leads for %s (%s in %s)", client.ref(), client.technicalAreas(), client.languages())
                    .isGreaterThanOrEqualTo(required);
        }
    }

    @ParameterizedTest
    @EnumSource(DatasetSize.class)
    void everyAuditDueInTheHorizonHasAnEligibleLeadOnlyInTheRealisticProfile(DatasetSize size) {
        assertThat(realistic(size).competenceCoverage()).isEqualTo(1.0);
        double understaffed = understaffed(size).competenceCoverage();
        switch (size) {
            case S -> assertThat(understaffed).isBetween(0.20, 0.40);
            case M -> assertThat(understaffed).isBetween(0.55, 0.75);
            case L -> assertThat(understaffed).isBetween(0.80, 0.95);
        }
    }

    @Test
    void theUnderstaffedProfileAcceptsClientsNoLeadCanAudit() {
        Dataset dataset = understaffed(DatasetSize.M).dataset();
        LeadPool leads = new LeadPool(dataset.auditors());

        long uncovered = dataset.clients().stream().filter(c -> leads.covering(c.ref(), c.technicalAreas(),
                c.languages(), HORIZON.from(), HORIZON.to()) == 0).count();
        assertThat(uncovered).isGreaterThan(400);
        assertThat(dataset.auditors()).hasSize(DatasetSize.M.auditors());
    }

    @ParameterizedTest
    @EnumSource(DatasetSize.class)
    void thePoolIsSizedForFiftyFiveToSeventyFivePercentUtilisation(DatasetSize size) {
        assertThat(realistic(size).utilisation()).isBetween(0.55, 0.75);
        assertThat(understaffed(size).utilisation()).isLessThan(0.45);
        switch (size) {
            case S -> assertThat(realistic(size).dataset().auditors()).hasSizeBetween(4, 8);
            case M -> assertThat(realistic(size).dataset().auditors()).hasSizeBetween(70, 110);
            case L -> assertThat(realistic(size).dataset().auditors()).hasSizeBetween(700, 1_000);
        }
    }

    @Test
    void smallPoolsStayInRangeForOtherSeedsAndReferenceDates() {
        for (long seed = 1; seed <= 12; seed++) {
            GeneratedCb cb = GENERATOR.cb(DatasetSize.S, DatasetProfile.REALISTIC, seed, REFERENCE.minusDays(seed * 29));
            assertThat(cb.utilisation()).as("seed %d", seed).isBetween(0.55, 0.75);
            assertThat(cb.competenceCoverage()).as("seed %d", seed).isEqualTo(1.0);
        }
    }

    @Test
    void pastSurveillanceAndRecertificationAuditsSpreadOverTheirWindows() {
        for (AuditType type : List.of(AuditType.SURVEILLANCE_1, AuditType.SURVEILLANCE_2, AuditType.RECERTIFICATION)) {
            List<HeldAudit> held = realistic(DatasetSize.M).held().stream().filter(h -> h.type() == type).toList();
            int[] fifths = new int[5];
            held.forEach(h -> fifths[Math.min(4, (int) (h.positionInWindow() * 5))]++);
            assertThat(held).hasSizeGreaterThan(500);
            for (int fifth : fifths) {
                assertThat(fifth).as("%s by fifth of the window: %s", type, java.util.Arrays.toString(fifths))
                        .isGreaterThan(held.size() / 8);
            }
        }
    }

    @Test
    void clientsUsuallyAuditInOneLanguageAndOnlyBilingualCountriesNeedTwo() {
        List<DatasetClient> clients = realistic(DatasetSize.M).dataset().clients();

        assertThat(clients).allMatch(c -> c.languages().size() <= 2);
        List<DatasetClient> twoLanguages = clients.stream().filter(c -> c.languages().size() == 2).toList();
        assertThat(twoLanguages).isNotEmpty().allMatch(c -> c.sites().size() > 1
                && Set.of("BE", "CH").contains(central(c).countryCode()));
        assertThat(twoLanguages.size()).isLessThan(clients.size() / 20);
    }

    @Test
    void eachSizeWorksInItsMarket() {
        assertThat(countries(DatasetSize.S)).isSubsetOf("NL", "BE", "LU");
        assertThat(auditLanguages(DatasetSize.S)).containsExactlyInAnyOrder("en", "fr", "nl");
        assertThat(countries(DatasetSize.M)).isSubsetOf("NL", "BE", "LU", "DE", "AT", "CH").hasSizeGreaterThan(4);
        assertThat(countries(DatasetSize.L)).hasSizeGreaterThan(15);
        assertThat(realistic(DatasetSize.S).dataset().auditors()).allMatch(a -> Set.of("NL", "BE", "LU")
                .contains(a.homeCountryCode()));
    }

    @ParameterizedTest
    @EnumSource(DatasetSize.class)
    void mostAuditorsLeadAndQualificationsAreRenewedWithoutAGapOrLapse(DatasetSize size) {
        List<DatasetAuditor> auditors = realistic(size).dataset().auditors();
        long leads = auditors.stream().filter(a -> a.qualifications().stream()
                .anyMatch(q -> q.role() == QualificationRole.LEAD_AUDITOR)).count();
        assertThat((double) leads / auditors.size()).isBetween(size == DatasetSize.S ? 0.5 : 0.7, 1.0);
        long lapsing = 0;
        for (DatasetAuditor auditor : auditors) {
            List<QualificationFact> seated = auditor.qualifications().stream()
                    .filter(q -> q.role() != QualificationRole.TECHNICAL_EXPERT)
                    .map(q -> new QualificationFact(q.standard(), q.role(), Set.copyOf(q.technicalAreas()),
                            q.validFrom(), q.validTo()))
                    .toList();
            LocalDate first = seated.stream().map(QualificationFact::validFrom).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = seated.stream().map(QualificationFact::validTo).max(LocalDate::compareTo).orElseThrow();
            assertThat(QualificationValidity.validOnAll(EligibilityRules.ismsQualifications(seated),
                    first.datesUntil(last.plusDays(1)).toList())).as(auditor.email()).isTrue();
            for (QualificationFact q : seated) {
                LocalDate day = q.validTo();
                if (!day.equals(last)) {
                    assertThat(seated.stream().filter(o -> o.validThroughout(day.minusDays(13), day.plusDays(14))))
                            .as("%s: a renewal covers any audit across %s", auditor.email(), day).isNotEmpty();
                }
            }
            if (last.isBefore(HORIZON.to())) {
                lapsing++;
            }
        }
        if (size == DatasetSize.L) {
            assertThat((double) lapsing / auditors.size()).as("lapsing within the horizon").isBetween(0.01, 0.06);
        }
    }

    @Test
    void theSameSeedGivesTheSameBytesInEitherProfileAndTheProfilesDiffer() {
        for (DatasetProfile profile : DatasetProfile.values()) {
            String first = DatasetJson.write(GENERATOR.generate(DatasetSize.S, profile, 5, REFERENCE));
            assertThat(DatasetJson.write(GENERATOR.generate(DatasetSize.S, profile, 5, REFERENCE))).isEqualTo(first);
            assertThat(first).contains("\"profile\":\"" + profile.value() + "\"");
        }
        assertThat(GENERATOR.generate(DatasetSize.S, DatasetProfile.REALISTIC, 5, REFERENCE))
                .isNotEqualTo(GENERATOR.generate(DatasetSize.S, DatasetProfile.UNDERSTAFFED, 5, REFERENCE));
    }

    private static Set<String> countries(DatasetSize size) {
        return realistic(size).dataset().clients().stream().flatMap(c -> c.sites().stream())
                .map(SiteRequest::countryCode).collect(Collectors.toSet());
    }

    private static Set<String> auditLanguages(DatasetSize size) {
        return realistic(size).dataset().clients().stream().flatMap(c -> c.languages().stream())
                .collect(Collectors.toSet());
    }

    private static SiteRequest central(DatasetClient client) {
        return client.sites().stream().filter(SiteRequest::central).findFirst().orElseThrow();
    }
}
