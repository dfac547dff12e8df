package org.certplan.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.certplan.auditor.ConflictReason;
import org.certplan.auditor.Employment;
import org.certplan.auditor.QualificationRequest;
import org.certplan.auditor.QualificationRole;
import org.certplan.auditor.UnavailabilityRequest;
import org.certplan.client.BlackoutRequest;
import org.certplan.client.SiteRequest;
import org.certplan.programme.AuditTimeTable;
import org.certplan.programme.CycleCalendar;

/**
 * Realistic data of a certification body, the same for the same seed and reference date: auditors with
 * qualifications, leave and conflicts of interest, and clients at every point of their certification cycle.
 */
@ApplicationScoped
public class DatasetGenerator {

    static final String STANDARD = "ISO/IEC 27001:2022";
    static final String QUALIFICATION_STANDARD = "ISO/IEC 27001";

    private static final Map<String, List<String>> FIRST_NAMES = Map.ofEntries(
            Map.entry("de", List.of("Anna", "Jonas", "Katrin", "Markus", "Sabine", "Tobias", "Julia", "Stefan")),
            Map.entry("fr", List.of("Camille", "Julien", "Claire", "Nicolas", "Élodie", "Thomas", "Amélie", "Hugo")),
            Map.entry("nl", List.of("Sanne", "Daan", "Femke", "Joost", "Lotte", "Bram", "Eva", "Thijs")),
            Map.entry("en", List.of("Emma", "Oliver", "Charlotte", "George", "Sophie", "Harry", "Grace", "Jack")),
            Map.entry("it", List.of("Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo", "Sara", "Davide")),
            Map.entry("es", List.of("Lucía", "Javier", "Carmen", "Pablo", "Marta", "Diego", "Elena", "Sergio")),
            Map.entry("pl", List.of("Agnieszka", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Paweł")),
            Map.entry("sv", List.of("Ingrid", "Erik", "Astrid", "Johan", "Maja", "Nils")),
            Map.entry("da", List.of("Mette", "Søren", "Freja", "Mads")),
            Map.entry("pt", List.of("Inês", "João", "Beatriz", "Tiago")),
            Map.entry("cs", List.of("Tereza", "Jakub", "Lucie", "Ondřej")),
            Map.entry("fi", List.of("Aino", "Mikko", "Helmi", "Juha")));

    private static final Map<String, List<String>> LAST_NAMES = Map.ofEntries(
            Map.entry("de", List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Wagner", "Hoffmann")),
            Map.entry("fr", List.of("Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Girard", "Roux", "Fontaine")),
            Map.entry("nl", List.of("de Jong", "Jansen", "de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Meijer")),
            Map.entry("en", List.of("Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walsh", "Murphy")),
            Map.entry("it", List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Greco")),
            Map.entry("es", List.of("García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro")),
            Map.entry("pl", List.of("Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski")),
            Map.entry("sv", List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Lindqvist")),
            Map.entry("da", List.of("Jensen", "Nielsen", "Hansen", "Pedersen")),
            Map.entry("pt", List.of("Silva", "Santos", "Ferreira", "Costa")),
            Map.entry("cs", List.of("Novák", "Dvořák", "Svobodová", "Černý")),
            Map.entry("fi", List.of("Korhonen", "Virtanen", "Mäkinen", "Nieminen")));

    private static final List<String> NAME_WORDS = List.of("Nordlicht", "Alpen", "Blue Harbour", "Quadra",
            "Meridian", "Helix", "Polaris", "Kestrel", "Solvent", "Ardent", "Lumen", "Vantage", "Orbis", "Cobalt",
            "Granite", "Aurora", "Brightwell", "Trident", "Silverline", "Castello", "Ostwind", "Riverside",
            "Sentinel", "Crescent", "Evergreen", "Falkner", "Greenfield", "Ironbridge", "Juniper", "Larchmont");

    private static final List<String> ACTIVITY_WORDS = List.of("Data", "Cloud", "Logistics", "Payments",
            "Health", "Software", "Systems", "Energy", "Insurance", "Telecom", "Engineering", "Analytics",
            "Hosting", "Retail", "Pharma", "Mobility");

    private static final Map<String, String> LEGAL_FORMS = Map.ofEntries(Map.entry("DE", "GmbH"),
            Map.entry("AT", "GmbH"), Map.entry("CH", "AG"), Map.entry("FR", "SAS"), Map.entry("BE", "SA"),
            Map.entry("NL", "B.V."), Map.entry("GB", "Ltd"), Map.entry("IE", "Ltd"), Map.entry("IT", "S.p.A."),
            Map.entry("ES", "S.L."), Map.entry("PT", "Lda."), Map.entry("PL", "Sp. z o.o."), Map.entry("SE", "AB"),
            Map.entry("DK", "A/S"), Map.entry("CZ", "s.r.o."), Map.entry("FI", "Oy"));

    private final CycleCalendar calendar;

    public DatasetGenerator(CycleCalendar calendar) {
        this.calendar = calendar;
    }

    public Dataset generate(DatasetSize size, long seed, LocalDate reference) {
        Draw draw = new Draw(seed);
        List<AuditorDraft> auditors = new ArrayList<>();
        for (int i = 0; i < size.auditors(); i++) {
            auditors.add(auditor(draw, seed, i, reference));
        }
        List<DatasetClient> clients = new ArrayList<>();
        for (int i = 0; i < size.clients(); i++) {
            clients.add(client(draw, i, reference));
        }
        for (DatasetClient client : clients) {
            if (draw.chance(0.06)) {
                AuditorDraft auditor = draw.pick(auditors);
                auditor.conflicts.add(conflict(draw, client.ref(), reference));
            }
        }
        return new Dataset(Dataset.FORMAT, seed, size, reference,
                auditors.stream().map(AuditorDraft::toAuditor).toList(), List.copyOf(clients));
    }

    /** An auditor whose conflicts of interest are added once the clients exist. */
    private record AuditorDraft(DatasetAuditor auditor, List<DatasetConflict> conflicts) {

        DatasetAuditor toAuditor() {
            List<DatasetConflict> sorted = conflicts.stream().sorted(Comparator.comparing(DatasetConflict::from))
                    .toList();
            return new DatasetAuditor(auditor.name(), auditor.email(), auditor.homeCountryCode(), auditor.homeCity(),
                    auditor.latitude(), auditor.longitude(), auditor.languages(), auditor.employment(),
                    auditor.maxDaysPerMonth(), auditor.maxDaysPerYear(), auditor.qualifications(),
                    auditor.unavailability(), sorted);
        }
    }

    private AuditorDraft auditor(Draw draw, long seed, int index, LocalDate reference) {
        City home = city(draw);
        String language = home.language();
        String first = draw.pick(FIRST_NAMES.get(language));
        String last = draw.pick(LAST_NAMES.get(language));
        String email = ascii(first) + "." + ascii(last) + "." + (index + 1) + "@auditors-" + seed + ".certplan.example";
        TreeSet<String> languages = new TreeSet<>(home.languages());
        if (draw.chance(0.9)) {
            languages.add("en");
        }
        if (draw.chance(0.25)) {
            languages.add(draw.pick(List.of("de", "fr", "es", "it", "nl")));
        }
        Employment employment = draw.chance(0.6) ? Employment.INTERNAL : Employment.CONTRACTOR;
        Integer perMonth = employment == Employment.CONTRACTOR && draw.chance(0.3) ? draw.between(8, 14) : null;
        DatasetAuditor auditor = new DatasetAuditor(first + " " + last, email, home.countryCode(), home.name(),
                home.lat(), home.lon(), List.copyOf(languages), employment, perMonth, null,
                qualifications(draw, reference), leave(draw, reference), List.of());
        return new AuditorDraft(auditor, new ArrayList<>());
    }

    /** COMP-1..COMP-3: lead auditors and auditors for common areas, few for scarce ones; some expire, some start later. */
    private static List<QualificationRequest> qualifications(Draw draw, LocalDate reference) {
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
                qualifications.add(new QualificationRequest(QUALIFICATION_STANDARD, QualificationRole.AUDITOR, codes,
                        from, promoted.minusDays(1)));
                from = promoted;
            }
        }
        qualifications.add(new QualificationRequest(QUALIFICATION_STANDARD,
                lead ? QualificationRole.LEAD_AUDITOR : QualificationRole.AUDITOR, codes, from, to));
        if (!lead && draw.chance(0.15)) {
            LocalDate start = reference.plusDays(draw.between(20, 150));
            qualifications.add(new QualificationRequest(QUALIFICATION_STANDARD, QualificationRole.LEAD_AUDITOR,
                    codes, start, start.plusYears(3)));
        }
        if (draw.chance(0.05)) {
            String scarce = draw.pick(TechnicalArea.ALL.stream().filter(TechnicalArea::scarce).toList()).code();
            qualifications.add(new QualificationRequest(QUALIFICATION_STANDARD, QualificationRole.TECHNICAL_EXPERT,
                    List.of(scarce), reference.minusDays(draw.between(100, 900)), reference.plusYears(2)));
        }
        qualifications.sort(Comparator.comparing(QualificationRequest::validFrom));
        return List.copyOf(qualifications);
    }

    /** CAP-2: summer leave, a Christmas break and training days around the reference date; never overlapping. */
    private static List<UnavailabilityRequest> leave(Draw draw, LocalDate reference) {
        List<UnavailabilityRequest> leave = new ArrayList<>();
        int year = reference.getYear();
        for (int y = year - 1; y <= year + 1; y++) {
            if (draw.chance(0.7)) {
                LocalDate start = LocalDate.of(y, Month.JULY, 1).plusDays(draw.between(0, 45));
                leave.add(new UnavailabilityRequest(start, start.plusDays(draw.between(9, 20)), "summer leave"));
            }
            if (draw.chance(0.5)) {
                LocalDate start = LocalDate.of(y, Month.DECEMBER, draw.between(18, 23));
                leave.add(new UnavailabilityRequest(start, LocalDate.of(y + 1, Month.JANUARY, draw.between(1, 6)),
                        "Christmas break"));
            }
            if (draw.chance(0.4)) {
                LocalDate start = LocalDate.of(y, draw.between(2, 5), draw.between(1, 25));
                leave.add(new UnavailabilityRequest(start, start.plusDays(draw.between(1, 3)), "auditor training"));
            }
        }
        leave.removeIf(u -> u.to().isBefore(reference.minusDays(60)) || u.from().isAfter(reference.plusDays(365)));
        leave.sort(Comparator.comparing(UnavailabilityRequest::from));
        return List.copyOf(leave);
    }

    private static DatasetConflict conflict(Draw draw, String client, LocalDate reference) {
        ConflictReason reason = draw.weighted(List.of(ConflictReason.values()), r -> switch (r) {
            case CONSULTANCY -> 35;
            case EMPLOYMENT -> 20;
            case INTERNAL_AUDIT -> 10;
            case FAMILY -> 15;
            case FINANCIAL -> 10;
            case OTHER -> 10;
        });
        LocalDate from = reference.minusDays(draw.between(400, 3600));
        return switch (reason) {
            case CONSULTANCY -> new DatasetConflict(client, reason, from, laterEnd(draw, from, reference),
                    "helped to implement the ISMS");
            case EMPLOYMENT -> new DatasetConflict(client, reason, from, laterEnd(draw, from, reference),
                    "worked in the client's IT department");
            case INTERNAL_AUDIT -> new DatasetConflict(client, reason, from, laterEnd(draw, from, reference),
                    "performed the client's internal ISMS audits");
            case FAMILY -> new DatasetConflict(client, reason, from, null, "a close relative is the client's CISO");
            case FINANCIAL -> new DatasetConflict(client, reason, from, null, "holds shares of the client");
            case OTHER -> new DatasetConflict(client, reason, from, from.plusDays(draw.between(90, 700)),
                    "former supplier relationship");
        };
    }

    /** The end of a relationship that needs cooling off: some ended long ago, some within the last two years. */
    private static LocalDate laterEnd(Draw draw, LocalDate from, LocalDate reference) {
        LocalDate end = from.plusDays(draw.between(180, 1500));
        return end.isAfter(reference) ? reference.minusDays(draw.between(1, 300)) : end;
    }

    private DatasetClient client(Draw draw, int index, LocalDate reference) {
        String ref = String.format("C%05d", index + 1);
        Band band = index < Band.AT_1.size() ? Band.AT_1.get(index) : draw.weighted(Band.AT_1, Band::weight);
        int persons = draw.between(band.from(), band.to());
        Integer identical = persons >= 40 && draw.chance(0.05) ? draw.between(persons / 5, persons / 2) : null;
        City central = city(draw);
        String name = draw.pick(NAME_WORDS) + " " + draw.pick(ACTIVITY_WORDS) + " "
                + LEGAL_FORMS.get(central.countryCode());
        List<SiteRequest> sites = sites(draw, central, persons);
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
        List<BlackoutRequest> blackouts = draw.chance(0.2) ? blackouts(draw, reference) : List.of();
        BigDecimal initialDays = AuditTimeTable.initialDays(effectivePersons(persons, identical));
        List<DatasetCertification> certifications = List.of(certification(draw, reference, initialDays, central));
        return new DatasetClient(ref, name, persons, identical, sampling, sites, List.copyOf(areas),
                List.copyOf(languages), blackouts, certifications);
    }

    private static int effectivePersons(int persons, Integer identical) {
        return identical == null ? persons : persons - identical + (int) Math.ceil(Math.sqrt(identical));
    }

    /** About one client in ten works at 2 to 30 sites, mostly in its own country. */
    private static List<SiteRequest> sites(Draw draw, City central, int persons) {
        int count = 1;
        if (persons >= 20 && draw.chance(persons >= 60 ? 0.2 : 0.08)) {
            int most = Math.max(2, Math.min(30, persons / 10));
            count = draw.chance(0.7) ? draw.between(2, Math.min(6, most)) : draw.between(2, most);
        }
        int onSites = persons - (draw.chance(0.3) ? persons / draw.between(10, 30) : 0);
        if (count == 1) {
            return List.of(site("Head office", central, onSites, true));
        }
        List<City> domestic = City.ALL.stream().filter(c -> c.countryCode().equals(central.countryCode())).toList();
        int centralPersons = Math.max(1, onSites * draw.between(20, 50) / 100);
        int rest = onSites - centralPersons;
        List<SiteRequest> sites = new ArrayList<>();
        sites.add(site("Head office", central, centralPersons, true));
        for (int i = 1; i < count; i++) {
            City city = draw.chance(0.8) ? draw.pick(domestic) : draw.pick(City.ALL);
            int share = i == count - 1 ? rest : Math.max(1, rest * draw.between(5, 100 / (count - i) + 5) / 100);
            share = Math.min(share, rest);
            rest -= share;
            sites.add(site("Site " + (i + 1) + " " + city.name(), city, share, false));
        }
        return List.copyOf(sites);
    }

    private static SiteRequest site(String name, City city, int persons, boolean central) {
        return new SiteRequest(null, name, city.countryCode(), city.name(), city.lat(), city.lon(), persons, central);
    }

    /** CYC-10: holidays and seasonal peaks ahead of the reference date. */
    private static List<BlackoutRequest> blackouts(Draw draw, LocalDate reference) {
        List<BlackoutRequest> blackouts = new ArrayList<>();
        LocalDate christmas = LocalDate.of(reference.getYear(), Month.DECEMBER, 20);
        if (!christmas.isAfter(reference)) {
            christmas = christmas.plusYears(1);
        }
        if (draw.chance(0.5)) {
            blackouts.add(new BlackoutRequest(christmas.minusDays(34), christmas.plusDays(11),
                    "year-end peak and holidays"));
        } else {
            blackouts.add(new BlackoutRequest(christmas, christmas.plusDays(17), "company holidays"));
        }
        if (draw.chance(0.5)) {
            LocalDate summer = LocalDate.of(reference.getYear(), Month.AUGUST, 1);
            if (!summer.isAfter(reference)) {
                summer = summer.plusYears(1);
            }
            blackouts.add(new BlackoutRequest(summer, summer.plusDays(draw.between(13, 20)), "summer shutdown"));
        }
        blackouts.sort(Comparator.comparing(BlackoutRequest::from));
        return List.copyOf(blackouts);
    }

    /**
     * The certification applied for at a date that puts it anywhere in its life: a few are still in the initial
     * audits, most in their first cycle, some in their second or third.
     */
    private DatasetCertification certification(Draw draw, LocalDate reference, BigDecimal initialDays, City central) {
        double phase = draw.fraction();
        LocalDate application;
        if (phase < 0.06) {
            application = reference.minusDays(draw.between(0, 40));
        } else if (phase < 0.14) {
            application = reference.minusDays(draw.between(41, 150));
        } else if (phase < 0.72) {
            application = reference.minusDays(draw.between(151, 1230));
        } else if (phase < 0.95) {
            application = reference.minusDays(draw.between(1231, 2330));
        } else {
            application = reference.minusDays(draw.between(2331, 2700));
        }
        int adjustment = draw.chance(0.7) ? 0 : 5 * draw.between(-6, 4);
        boolean remote = draw.chance(0.15);
        String scope = "Information security management system for the " + draw.pick(ACTIVITY_WORDS).toLowerCase()
                + " services operated from " + central.name();
        List<DatasetStep> steps = new CertificationLife(calendar, draw, reference, initialDays).live(application);
        return new DatasetCertification(STANDARD, scope, application, adjustment, remote, List.copyOf(steps));
    }

    private static City city(Draw draw) {
        return draw.weighted(City.ALL, City::weight);
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ø", "o").replace("ł", "l").replace("Ł", "L").replace(" ", "").toLowerCase();
    }
}
