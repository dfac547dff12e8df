package org.certplan.auditor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.certplan.audit.Audit;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.TeamRole;
import org.certplan.auditor.AuditorFacts.Assignment;
import org.certplan.auditor.AuditorFacts.ConflictFact;
import org.certplan.auditor.AuditorFacts.CycleRef;
import org.certplan.auditor.AuditorFacts.Period;
import org.certplan.auditor.AuditorFacts.QualificationFact;
import org.certplan.client.Client;
import org.certplan.client.ClientSite;
import org.certplan.platform.problem.ProblemException;
import org.certplan.programme.CertificationStatus;
import org.certplan.rules.QualificationRole;

/**
 * Answers which auditors are competent for a client (COMP-1..4) and whether one auditor may take an engagement,
 * with every rule of domain-rules §5–7 that rules them out. Reads the facts in a few set-based queries; a caller
 * checking many combinations loads {@link #auditorFacts} and {@link #clientFacts} once and asks {@link #rules()}.
 */
@ApplicationScoped
@Transactional
public class EligibilityService {

    private final EntityManager em;
    private final AuditorHistory history;
    private final EligibilityRules rules;

    public EligibilityService(EntityManager em, AuditorHistory history, AuditorPolicy policy,
            PublicHolidays holidays) {
        this.em = em;
        this.history = history;
        this.rules = new EligibilityRules(policy, holidays);
    }

    public EligibilityRules rules() {
        return rules;
    }

    /** May the auditor take this engagement for the client, and if not, why. */
    public Eligibility check(long auditorId, long clientId, Engagement engagement) {
        Map<Long, Eligibility> result = checkAll(List.of(auditorId), clientId, engagement);
        if (result.isEmpty()) {
            throw ProblemException.notFound("auditor", auditorId);
        }
        return result.get(auditorId);
    }

    /** {@link #check} for several auditors at once; unknown auditor ids are left out of the answer. */
    public Map<Long, Eligibility> checkAll(Collection<Long> auditorIds, long clientId, Engagement engagement) {
        ClientFacts client = clientFacts(clientId, engagement.auditId());
        Map<Long, Eligibility> result = new LinkedHashMap<>();
        auditorFacts(auditorIds, engagement.from(), engagement.to())
                .forEach((id, facts) -> result.put(id, rules.check(facts, client, engagement)));
        return result;
    }

    /**
     * The client's facts. IMP-3 looks at the cycle of the given audit, or without one at the current cycle of
     * each of the client's live certifications.
     */
    public ClientFacts clientFacts(long clientId, Long auditId) {
        Client client = Client.findById(clientId);
        if (client == null) {
            throw ProblemException.notFound("client", clientId);
        }
        List<CycleRef> cycles;
        boolean remote = false;
        if (auditId != null) {
            Audit audit = Audit.findById(auditId);
            if (audit == null) {
                throw ProblemException.notFound("audit", auditId);
            }
            cycles = List.of(new CycleRef(audit.certificationId, audit.cycleNumber));
            remote = audit.remote;
        } else {
            cycles = em.createQuery("""
                            select c.id, c.cycleNumber from Certification c
                            where c.client.id = :client and c.status not in :ended""", Object[].class)
                    .setParameter("client", clientId)
                    .setParameter("ended", List.of(CertificationStatus.WITHDRAWN, CertificationStatus.EXPIRED))
                    .getResultStream()
                    .map(r -> new CycleRef((Long) r[0], (Integer) r[1]))
                    .toList();
        }
        Set<String> countries = client.sites.stream().map(s -> s.countryCode).collect(Collectors.toSet());
        ClientSite site = centralSite(client);
        return new ClientFacts(clientId, Set.copyOf(client.technicalAreas), Set.copyOf(client.languages),
                countries, cycles, latitude(site), longitude(site), remote);
    }

    /** The site audits are held at, for CAP-1's travel days: the central function, else the first site. */
    public static ClientSite centralSite(Client client) {
        return client.sites.stream().filter(s -> s.central).findFirst()
                .orElse(client.sites.isEmpty() ? null : client.sites.get(0));
    }

    private static double latitude(ClientSite site) {
        return site == null || site.latitude == null ? 0 : site.latitude.doubleValue();
    }

    private static double longitude(ClientSite site) {
        return site == null || site.longitude == null ? 0 : site.longitude.doubleValue();
    }

    /** The facts of the auditors that exist, with what bears on engagements from one day to another. */
    public Map<Long, AuditorFacts> auditorFacts(Collection<Long> auditorIds, LocalDate from, LocalDate to) {
        if (auditorIds.isEmpty()) {
            return Map.of();
        }
        List<Auditor> auditors = em.createQuery(
                        "select distinct a from Auditor a left join fetch a.languages where a.id in :ids",
                        Auditor.class)
                .setParameter("ids", auditorIds).getResultList();
        Set<Long> ids = auditors.stream().map(a -> a.id).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<QualificationFact>> qualifications = group(em.createQuery("""
                        select distinct q from Qualification q left join fetch q.technicalAreas
                        where q.auditorId in :ids""", Qualification.class)
                .setParameter("ids", ids).getResultStream()
                .map(q -> Map.entry(q.auditorId, fact(q))).toList());
        Map<Long, List<Period>> unavailability = group(em.createQuery("""
                        from Unavailability u
                        where u.auditorId in :ids and u.fromDate <= :to and u.toDate >= :from""", Unavailability.class)
                .setParameter("ids", ids).setParameter("from", from).setParameter("to", to).getResultStream()
                .map(u -> Map.entry(u.auditorId, new Period(u.fromDate, u.toDate, u.reason))).toList());
        Map<Long, List<ConflictFact>> conflicts = group(em.createQuery(
                        "from ConflictOfInterest c where c.auditorId in :ids", ConflictOfInterest.class)
                .setParameter("ids", ids).getResultStream()
                .map(c -> Map.entry(c.auditorId, new ConflictFact(c.clientId, c.reason, c.fromDate, c.toDate)))
                .toList());
        Map<Long, List<Assignment>> assignments = group(em.createQuery("""
                        select m.auditorId, a.id, a.clientId, a.startDate, a.endDate, m.days, a.remote, s.latitude,
                          s.longitude
                        from TeamMember m join Audit a on a.id = m.auditId
                          left join ClientSite s on s.client.id = a.clientId and s.central = true
                        where m.auditorId in :ids and a.status <> :cancelled and a.startDate is not null
                          and a.startDate <= :yearEnd and a.endDate >= :yearStart""", Object[].class)
                .setParameter("ids", ids).setParameter("cancelled", AuditStatus.CANCELLED)
                .setParameter("yearStart", from.withDayOfYear(1))
                .setParameter("yearEnd", to.withDayOfYear(to.lengthOfYear()))
                .getResultStream()
                .map(r -> Map.entry((Long) r[0], new Assignment((Long) r[1], (Long) r[2], (LocalDate) r[3],
                        (LocalDate) r[4], (BigDecimal) r[5], (Boolean) r[6], degrees(r[7]), degrees(r[8]))))
                .toList());
        Map<Long, Set<CycleRef>> led = history.cyclesLed(ids);
        Map<Long, AuditorFacts> facts = new LinkedHashMap<>();
        for (Auditor a : auditors) {
            facts.put(a.id, new AuditorFacts(a.id, Set.copyOf(a.languages),
                    qualifications.getOrDefault(a.id, List.of()), unavailability.getOrDefault(a.id, List.of()),
                    conflicts.getOrDefault(a.id, List.of()), assignments.getOrDefault(a.id, List.of()),
                    led.getOrDefault(a.id, Set.of()), a.maxDaysPerMonth, a.maxDaysPerYear, degrees(a.latitude),
                    degrees(a.longitude)));
        }
        return facts;
    }

    /** The auditors whose ISMS qualifications let them take the role on every day of the period (COMP-1, COMP-2). */
    public Set<Long> qualifiedFor(TeamRole role, LocalDate from, LocalDate to) {
        Set<QualificationRole> roles = switch (role) {
            case LEAD -> Set.of(QualificationRole.LEAD_AUDITOR);
            case AUDITOR -> Set.of(QualificationRole.LEAD_AUDITOR, QualificationRole.AUDITOR);
            case TECHNICAL_EXPERT -> Set.of(QualificationRole.values());
            case INTERPRETER -> Set.of();
        };
        return covered(ismsQualifications(from, to).stream().filter(q -> roles.contains(q.role)).toList(), from, to);
    }

    /** The auditors with ISMS qualifications covering the technical area on every day of the period (COMP-3). */
    public Set<Long> coveringTechnicalArea(String code, LocalDate from, LocalDate to) {
        return covered(ismsQualifications(from, to).stream().filter(q -> q.technicalAreas.contains(code)).toList(),
                from, to);
    }

    /** The auditors who speak the language, an ISO 639 code (COMP-4). */
    public Set<Long> speaking(String language) {
        return new TreeSet<>(em.createQuery("select a.id from Auditor a join a.languages l where l = :code", Long.class)
                .setParameter("code", language).getResultList());
    }

    /** Who may lead, audit, cover each technical area and speak each language of the client in the period. */
    public Competences competences(long clientId, LocalDate from, LocalDate to) {
        ClientFacts client = clientFacts(clientId, null);
        List<Qualification> isms = ismsQualifications(from, to);
        Map<String, Set<Long>> byArea = new TreeMap<>();
        for (String area : client.technicalAreas()) {
            byArea.put(area, covered(isms.stream().filter(q -> q.technicalAreas.contains(area)).toList(), from, to));
        }
        Map<String, Set<Long>> byLanguage = new TreeMap<>();
        for (String language : client.languages()) {
            byLanguage.put(language, speaking(language));
        }
        return new Competences(
                covered(isms.stream().filter(q -> q.role == QualificationRole.LEAD_AUDITOR).toList(), from, to),
                covered(isms.stream().filter(q -> q.role != QualificationRole.TECHNICAL_EXPERT).toList(), from, to),
                byArea, byLanguage);
    }

    private List<Qualification> ismsQualifications(LocalDate from, LocalDate to) {
        return em.createQuery("""
                        select distinct q from Qualification q left join fetch q.technicalAreas
                        where q.validFrom <= :to and q.validTo >= :from and q.standard like '%27001%'""",
                        Qualification.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    private Set<Long> covered(List<Qualification> qualifications, LocalDate from, LocalDate to) {
        return qualifications.stream()
                .collect(Collectors.groupingBy(q -> q.auditorId, Collectors.mapping(EligibilityService::fact,
                        Collectors.toList())))
                .entrySet().stream()
                .filter(e -> rules.coveredThroughout(e.getValue(), from, to))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static double degrees(Object value) {
        return value == null ? 0 : ((BigDecimal) value).doubleValue();
    }

    private static QualificationFact fact(Qualification q) {
        return new QualificationFact(q.standard, q.role, Set.copyOf(q.technicalAreas), q.validFrom, q.validTo);
    }

    private static <T> Map<Long, List<T>> group(List<Map.Entry<Long, T>> entries) {
        Map<Long, List<T>> grouped = new HashMap<>();
        entries.forEach(e -> grouped.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return grouped;
    }
}
