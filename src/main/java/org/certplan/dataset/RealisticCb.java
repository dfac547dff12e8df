package org.certplan.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.certplan.auditor.Employment;
import org.certplan.client.BlackoutRequest;
import org.certplan.client.SiteRequest;
import org.certplan.programme.AuditTimeCalculator;
import org.certplan.programme.AuditTimeTable;
import org.certplan.programme.CycleCalendar;

/**
 * The {@code realistic} profile: a CB that works in its {@link Market}, hires its auditors there first, and accepts
 * a client only when its application review finds enough leads who could audit the client alone over the next
 * twelve months ({@link LeadPool}); an applicant it cannot serve is turned away and the next one applies. Once the
 * clients are in, it hires until its auditors' on-site days due in the horizon are at most {@link #HIRE_ABOVE} of
 * what they can give ({@link PoolCapacity}), and books fewer days from those who give it a set number of days
 * while they are below {@link #BOOK_LESS_BELOW}.
 */
final class RealisticCb {

    /** Utilisation above which the CB hires another auditor. */
    static final double HIRE_ABOVE = 0.68;

    /**
     * Utilisation below which the CB books fewer days from its auditors who give it a set number of days a year
     * (contractors, and employed auditors on {@code S}), at least {@link #FEWEST_DAYS}.
     */
    static final double BOOK_LESS_BELOW = 0.60;
    private static final int FEWEST_DAYS = 20;

    /** The utilisation the first hires are planned for, from the on-site days a client needs a year on average. */
    private static final double PLANNED = 0.85;
    private static final double LEAD_SHARE = 0.8;
    private static final int MAX_APPLICANTS = 10_000;

    private final CycleCalendar calendar;
    private final AuditTimeCalculator times;
    private final DatasetSize size;
    private final long seed;
    private final LocalDate reference;
    private final Horizon horizon;
    private final Market market;
    private final Draw draw;
    private final List<AuditorDraft> auditors = new ArrayList<>();
    private final List<DueAudit> due = new ArrayList<>();
    private final List<HeldAudit> held = new ArrayList<>();

    RealisticCb(CycleCalendar calendar, AuditTimeCalculator times, DatasetSize size, long seed, LocalDate reference) {
        this.calendar = calendar;
        this.times = times;
        this.size = size;
        this.seed = seed;
        this.reference = reference;
        this.horizon = Horizon.after(reference);
        this.market = Market.of(size);
        this.draw = new Draw(seed);
    }

    GeneratedCb generate() {
        int planned = Math.max(market.smallestPool(),
                (int) Math.ceil(size.clients() * market.onsiteDaysPerClient() / (PLANNED * market.meanDays())));
        for (int i = 0; i < planned; i++) {
            auditors.add(auditor(i));
        }
        LeadPool review = new LeadPool(drafted());
        List<DatasetClient> clients = new ArrayList<>();
        for (int i = 0; i < size.clients(); i++) {
            clients.add(client(i, review));
        }
        double demand = due.stream().map(DueAudit::onsiteDays).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
        double pool = PoolCapacity.of(drafted(), horizon);
        while (demand > HIRE_ABOVE * pool) {
            AuditorDraft hired = auditor(auditors.size());
            auditors.add(hired);
            pool += PoolCapacity.of(hired.auditor(), horizon);
        }
        while (demand < BOOK_LESS_BELOW * pool) {
            double less = bookFewerDays();
            if (less == 0) {
                break;
            }
            pool -= less;
        }
        declareConflicts(clients);
        Dataset dataset = new Dataset(Dataset.FORMAT, seed, size, DatasetProfile.REALISTIC, reference, drafted(),
                List.copyOf(clients));
        return new GeneratedCb(dataset, List.copyOf(due), List.copyOf(held));
    }

    /** Five days a year less from the auditor with a set number of days who gives the most; the capacity lost. */
    private double bookFewerDays() {
        AuditorDraft most = auditors.stream()
                .filter(a -> a.auditor().maxDaysPerYear() != null && a.auditor().maxDaysPerYear() > FEWEST_DAYS)
                .max(Comparator.comparingInt(a -> a.auditor().maxDaysPerYear()))
                .orElse(null);
        if (most == null) {
            return 0;
        }
        DatasetAuditor a = most.auditor();
        DatasetAuditor fewer = new DatasetAuditor(a.name(), a.email(), a.homeCountryCode(), a.homeCity(),
                a.latitude(), a.longitude(), a.languages(), a.employment(), a.maxDaysPerMonth(),
                Math.max(FEWEST_DAYS, a.maxDaysPerYear() - 5), a.qualifications(), a.unavailability(), a.conflicts());
        auditors.set(auditors.indexOf(most), new AuditorDraft(fewer, most.conflicts()));
        return PoolCapacity.of(a, horizon) - PoolCapacity.of(fewer, horizon);
    }

    private List<DatasetAuditor> drafted() {
        return auditors.stream().map(AuditorDraft::toAuditor).toList();
    }

    private AuditorDraft auditor(int index) {
        City home = market.city(draw);
        String first = Names.firstName(draw, home.language());
        String last = Names.lastName(draw, home.language());
        List<String> languages = Languages.spokenBy(draw, home, market);
        boolean employed = draw.chance(market.internalShare());
        Integer perMonth = employed ? null : draw.between(8, 12);
        DayRange days = employed ? market.internalDays() : market.contractorDays();
        Integer perYear = days == null ? null : days.draw(draw);
        boolean lead = index == 0 || draw.chance(LEAD_SHARE);
        TreeSet<String> areas = new TreeSet<>();
        if (draw.chance(0.9)) {
            areas.add("33");
        }
        int more = draw.between(2, 6);
        for (int i = 0; i < more; i++) {
            areas.add(draw.weighted(TechnicalArea.ALL, TechnicalArea::weight).code());
        }
        return new AuditorDraft(new DatasetAuditor(first + " " + last, Names.email(first, last, index, seed),
                home.countryCode(), home.name(), home.lat(), home.lon(), languages,
                employed ? Employment.INTERNAL : Employment.CONTRACTOR, perMonth, perYear,
                QualificationHistory.draw(draw, reference, horizon, List.copyOf(areas), lead),
                AuditorLeave.draw(draw, reference), List.of()));
    }

    /** The application review: applicants are drawn until one can be audited by enough leads. */
    private DatasetClient client(int index, LeadPool review) {
        String ref = String.format("C%05d", index + 1);
        for (int applicant = 0; applicant < MAX_APPLICANTS; applicant++) {
            Band band = market.everyBand() && index < Band.AT_1.size() ? Band.AT_1.get(index)
                    : draw.weighted(market.bands(), Band::weight);
            int persons = draw.between(band.from(), band.to());
            City central = market.city(draw);
            List<SiteRequest> sites = ClientSites.draw(draw, central, persons, market.cities());
            List<String> languages = Languages.ofAudits(draw, central, sites, market);
            List<String> areas = technicalAreas();
            if (review.covering(ref, areas, languages, horizon.from(), horizon.to()) >= market.leadsPerClient()) {
                return accepted(ref, persons, central, sites, areas, languages);
            }
        }
        throw new IllegalStateException("no applicant for " + ref + " passes the application review");
    }

    /** Most ISMS scopes fall in one IAF sector, some in two or three. */
    private List<String> technicalAreas() {
        double f = draw.fraction();
        int count = f < 0.6 ? 1 : f < 0.9 ? 2 : 3;
        TreeSet<String> areas = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            areas.add(draw.weighted(TechnicalArea.ALL, TechnicalArea::weight).code());
        }
        return List.copyOf(areas);
    }

    private DatasetClient accepted(String ref, int persons, City central, List<SiteRequest> sites, List<String> areas,
            List<String> languages) {
        Integer identical = persons >= 40 && draw.chance(0.05) ? draw.between(persons / 5, persons / 2) : null;
        String name = Names.company(draw, central);
        boolean sampling = sites.size() > 1 && draw.chance(0.5);
        List<BlackoutRequest> blackouts = draw.chance(0.2) ? Blackouts.draw(draw, reference) : List.of();
        BigDecimal initialDays = AuditTimeTable.initialDays(ClientSites.effectivePersons(persons, identical));
        ClientCertification certification = ClientCertification.draw(calendar, draw, reference, initialDays, central,
                AuditTiming.ANYWHERE_IN_WINDOW);
        DatasetClient client = new DatasetClient(ref, name, persons, identical, sampling, sites, areas, languages,
                blackouts, List.of(certification.certification()));
        due.addAll(DueAudits.of(client, certification, times, horizon));
        held.addAll(certification.held());
        return client;
    }

    /**
     * IMP-1, IMP-2 for about 6% of the clients; a conflict is declared by one of the leads the review counted only
     * when the client keeps enough leads without one.
     */
    private void declareConflicts(List<DatasetClient> clients) {
        List<DatasetAuditor> pool = drafted();
        LeadPool leads = new LeadPool(pool);
        for (DatasetClient client : clients) {
            if (!draw.chance(0.06)) {
                continue;
            }
            Set<String> covering = leads.coveringEmails(client.ref(), client.technicalAreas(), client.languages(),
                    horizon.from(), horizon.to());
            List<AuditorDraft> candidates = covering.size() > market.leadsPerClient() ? auditors
                    : auditors.stream().filter(a -> !covering.contains(a.auditor().email())).toList();
            if (!candidates.isEmpty()) {
                draw.pick(candidates).conflicts().add(Conflicts.draw(draw, client.ref(), reference));
            }
        }
    }
}
