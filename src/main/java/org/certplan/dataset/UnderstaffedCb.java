package org.certplan.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.certplan.auditor.Employment;
import org.certplan.auditor.QualificationRequest;
import org.certplan.client.BlackoutRequest;
import org.certplan.client.SiteRequest;
import org.certplan.programme.AuditTimeCalculator;
import org.certplan.programme.AuditTimeTable;
import org.certplan.programme.CycleCalendar;
import org.certplan.rules.QualificationRole;

/**
 * The {@code understaffed} profile, the first generator kept as a stress test: auditors' languages, technical
 * areas and lead status are drawn without regard to the clients, clients from all of Europe are accepted whatever
 * their scope, and their audit languages often add English. Many audits have no eligible lead.
 */
final class UnderstaffedCb {

    private final CycleCalendar calendar;
    private final AuditTimeCalculator times;
    private final DatasetSize size;
    private final long seed;
    private final LocalDate reference;
    private final Draw draw;
    private final List<DueAudit> due = new ArrayList<>();
    private final List<HeldAudit> held = new ArrayList<>();

    UnderstaffedCb(CycleCalendar calendar, AuditTimeCalculator times, DatasetSize size, long seed,
            LocalDate reference) {
        this.calendar = calendar;
        this.times = times;
        this.size = size;
        this.seed = seed;
        this.reference = reference;
        this.draw = new Draw(seed);
    }

    GeneratedCb generate() {
        List<AuditorDraft> auditors = new ArrayList<>();
        for (int i = 0; i < size.auditors(); i++) {
            auditors.add(auditor(i));
        }
        List<DatasetClient> clients = new ArrayList<>();
        for (int i = 0; i < size.clients(); i++) {
            clients.add(client(i));
        }
        for (DatasetClient client : clients) {
            if (draw.chance(0.06)) {
                AuditorDraft auditor = draw.pick(auditors);
                auditor.conflicts().add(Conflicts.draw(draw, client.ref(), reference));
            }
        }
        Dataset dataset = new Dataset(Dataset.FORMAT, seed, size, DatasetProfile.UNDERSTAFFED, reference,
                auditors.stream().map(AuditorDraft::toAuditor).toList(), List.copyOf(clients));
        return new GeneratedCb(dataset, List.copyOf(due), List.copyOf(held));
    }

    private AuditorDraft auditor(int index) {
        City home = city();
        String language = home.language();
        String first = Names.firstName(draw, language);
        String last = Names.lastName(draw, language);
        TreeSet<String> languages = new TreeSet<>(home.languages());
        if (draw.chance(0.9)) {
            languages.add("en");
        }
        if (draw.chance(0.25)) {
            languages.add(draw.pick(List.of("de", "fr", "es", "it", "nl")));
        }
        Employment employment = draw.chance(0.6) ? Employment.INTERNAL : Employment.CONTRACTOR;
        Integer perMonth = employment == Employment.CONTRACTOR && draw.chance(0.3) ? draw.between(8, 14) : null;
        return new AuditorDraft(new DatasetAuditor(first + " " + last, Names.email(first, last, index, seed),
                home.countryCode(), home.name(), home.lat(), home.lon(), List.copyOf(languages), employment, perMonth,
                null, qualifications(), AuditorLeave.draw(draw, reference), List.of()));
    }

    /** COMP-1..COMP-3: lead auditors and auditors for common areas, few for scarce ones; some expire, some start later. */
    private List<QualificationRequest> qualifications() {
        TreeSet<String> areas = new TreeSet<>();
        int common = draw.between(2, 7);
        for (int i = 0; i < common; i++) {
            areas.add(draw.weighted(TechnicalArea.ALL.stream().filter(a -> !a.scarce()).toList(),
                    TechnicalArea::weight).code());
        }
        areas.add("33");
        TechnicalArea.ALL.stream().filter(TechnicalArea::scarce).forEach(a -> {
            if (draw.chance(0.05)) {
                areas.add(a.code());
            }
        });
        List<String> codes = List.copyOf(areas);
        List<QualificationRequest> qualifications = new ArrayList<>();
        LocalDate from = reference.minusDays(draw.between(200, 3000));
        LocalDate to = draw.chance(0.1) ? reference.plusDays(draw.between(1, 90))
                : reference.plusDays(draw.between(200, 1400));
        boolean lead = draw.chance(0.45);
        if (lead && draw.chance(0.4)) {
            LocalDate promoted = from.plusDays(draw.between(365, 900));
            if (promoted.isBefore(to)) {
                qualifications.add(new QualificationRequest(DatasetGenerator.QUALIFICATION_STANDARD,
                        QualificationRole.AUDITOR, codes, from, promoted.minusDays(1)));
                from = promoted;
            }
        }
        qualifications.add(new QualificationRequest(DatasetGenerator.QUALIFICATION_STANDARD,
                lead ? QualificationRole.LEAD_AUDITOR : QualificationRole.AUDITOR, codes, from, to));
        if (!lead && draw.chance(0.15)) {
            LocalDate start = reference.plusDays(draw.between(20, 150));
            qualifications.add(new QualificationRequest(DatasetGenerator.QUALIFICATION_STANDARD,
                    QualificationRole.LEAD_AUDITOR, codes, start, start.plusYears(3)));
        }
        if (draw.chance(0.05)) {
            String scarce = draw.pick(TechnicalArea.ALL.stream().filter(TechnicalArea::scarce).toList()).code();
            qualifications.add(new QualificationRequest(DatasetGenerator.QUALIFICATION_STANDARD,
                    QualificationRole.TECHNICAL_EXPERT, List.of(scarce), reference.minusDays(draw.between(100, 900)),
                    reference.plusYears(2)));
        }
        qualifications.sort(Comparator.comparing(QualificationRequest::validFrom));
        return List.copyOf(qualifications);
    }

    private DatasetClient client(int index) {
        String ref = String.format("C%05d", index + 1);
        Band band = index < Band.AT_1.size() ? Band.AT_1.get(index) : draw.weighted(Band.AT_1, Band::weight);
        int persons = draw.between(band.from(), band.to());
        Integer identical = persons >= 40 && draw.chance(0.05) ? draw.between(persons / 5, persons / 2) : null;
        City central = city();
        String name = Names.company(draw, central);
        List<SiteRequest> sites = ClientSites.draw(draw, central, persons, City.ALL);
        boolean sampling = sites.size() > 1 && draw.chance(0.5);
        TreeSet<String> areas = new TreeSet<>();
        int areaCount = draw.between(1, 3);
        for (int i = 0; i < areaCount; i++) {
            areas.add(draw.weighted(TechnicalArea.ALL, TechnicalArea::weight).code());
        }
        TreeSet<String> languages = new TreeSet<>(central.languages());
        if (draw.chance(0.6)) {
            languages.add("en");
        }
        List<BlackoutRequest> blackouts = draw.chance(0.2) ? Blackouts.draw(draw, reference) : List.of();
        BigDecimal initialDays = AuditTimeTable.initialDays(ClientSites.effectivePersons(persons, identical));
        ClientCertification certification = ClientCertification.draw(calendar, draw, reference, initialDays, central,
                AuditTiming.LATE_IN_WINDOW);
        DatasetClient client = new DatasetClient(ref, name, persons, identical, sampling, sites, List.copyOf(areas),
                List.copyOf(languages), blackouts, List.of(certification.certification()));
        due.addAll(DueAudits.of(client, certification, times, Horizon.after(reference)));
        held.addAll(certification.held());
        return client;
    }

    private City city() {
        return draw.weighted(City.ALL, City::weight);
    }
}
