package org.certplan.planning;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.certplan.audit.Audit;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.TeamMember;
import org.certplan.audit.TeamRole;
import org.certplan.auditor.Auditor;
import org.certplan.auditor.AuditorFacts.CycleRef;
import org.certplan.auditor.AuditorFacts;
import org.certplan.auditor.AuditorPolicy;
import org.certplan.auditor.EligibilityService;
import org.certplan.auditor.PublicHolidays;
import org.certplan.client.Client;
import org.certplan.client.ClientSite;
import org.certplan.planning.weights.ObjectivePolicy;
import org.certplan.programme.AuditType;
import org.certplan.programme.ProgrammePolicy;
import org.certplan.rules.WorkingCalendar;
import org.hibernate.Session;

/**
 * Reads, in one read-only transaction and a fixed number of set-based queries, everything a run plans with and
 * turns it into a {@link PlanSnapshot}: the open audits whose window overlaps the horizon, their clients (scope,
 * languages, blackouts, site-country holidays), every auditor (qualifications, unavailability, conflicts with
 * their cooling-off, rotation history) and the audits outside the plan the auditors are already booked on.
 */
@ApplicationScoped
public class AuditPlanBuilder {

    private static final List<AuditType> INITIAL_STAGES = List.of(AuditType.STAGE_1, AuditType.STAGE_2);
    private static final List<AuditStatus> OPEN = List.of(AuditStatus.UNPLANNED, AuditStatus.PLANNED, AuditStatus.CONFIRMED);

    private final EntityManager em;
    private final EligibilityService eligibility;
    private final AuditorPolicy auditorPolicy;
    private final ProgrammePolicy programmePolicy;
    private final ObjectivePolicy objectivePolicy;
    private final PublicHolidays holidays;
    private final Clock clock;

    public AuditPlanBuilder(EntityManager em, EligibilityService eligibility, AuditorPolicy auditorPolicy,
            ProgrammePolicy programmePolicy, ObjectivePolicy objectivePolicy, PublicHolidays holidays, Clock clock) {
        this.clock = clock;
        this.em = em;
        this.eligibility = eligibility;
        this.auditorPolicy = auditorPolicy;
        this.programmePolicy = programmePolicy;
        this.objectivePolicy = objectivePolicy;
        this.holidays = holidays;
    }

    public PlanningPolicy policy() {
        return new PlanningPolicy(auditorPolicy.maxConsecutiveDaysPerAuditor(), programmePolicy.stage2MinGapDays(),
                programmePolicy.stage2MaxGapMonths(), auditorPolicy.rotationMaxCycles(),
                programmePolicy.maxRemoteShare().multiply(BigDecimal.valueOf(100)).intValue(),
                objectivePolicy.nearDeadlineDays(), new WorkingCalendar(auditorPolicy.workingDays()),
                auditorPolicy.travelDayBeyondKm());
    }

    /** The snapshot of the open audits whose window overlaps {@code [from, to]}. */
    public PlanSnapshot snapshot(LocalDate from, LocalDate to) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.unwrap(Session.class).setDefaultReadOnly(true);
            List<Audit> audits = em.createQuery("""
                            from Audit a where a.status in :open and a.earliestStart <= :to and a.latestEnd >= :from
                            order by a.id""", Audit.class)
                    .setParameter("open", OPEN).setParameter("from", from).setParameter("to", to)
                    .getResultList();
            return read(from, to, audits);
        });
    }

    /**
     * The snapshot of those of the given audits that are open and whose window overlaps {@code [from, to]}: audits
     * created while a run over that horizon solves, to be added to it.
     */
    public PlanSnapshot snapshotOf(Collection<Long> auditIds, LocalDate from, LocalDate to) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.unwrap(Session.class).setDefaultReadOnly(true);
            List<Audit> audits = auditIds.isEmpty() ? List.of() : em.createQuery("""
                            from Audit a where a.id in :ids and a.status in :open and a.earliestStart <= :to
                            and a.latestEnd >= :from order by a.id""", Audit.class)
                    .setParameter("ids", auditIds).setParameter("open", OPEN).setParameter("from", from)
                    .setParameter("to", to).getResultList();
            return read(from, to, audits);
        });
    }

    /**
     * The ids of the open audits whose window overlaps {@code [from, to]} and that were created at or after
     * {@code since}.
     */
    public List<Long> createdSince(Instant since, LocalDate from, LocalDate to) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                        select a.id from Audit a where a.createdAt >= :since and a.status in :open
                        and a.earliestStart <= :to and a.latestEnd >= :from order by a.id""", Long.class)
                .setParameter("since", since).setParameter("open", OPEN).setParameter("from", from)
                .setParameter("to", to).getResultList());
    }

    /** The snapshot of one audit's window with that audit alone to plan (and everything booked as fixed load). */
    public PlanSnapshot snapshotOf(long auditId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.unwrap(Session.class).setDefaultReadOnly(true);
            Audit audit = em.find(Audit.class, auditId);
            return read(audit.earliestStart, audit.latestEnd, List.of(audit));
        });
    }

    /**
     * The snapshot around one audit, to judge a change of its date or team: the audit, its other initial stage
     * (stage 1 for a stage 2 and the reverse, for CYC-7) when that one has a date, and as fixed load every audit the
     * auditors are booked on in the calendar years of the audit's window. The facts cover the window and the weeks
     * from {@code requestedStart} (may be null), so a date outside the window is judged on every rule too. Empty
     * when the audit does not exist. Read in the caller's transaction when there is one, so that a request never
     * holds two connections.
     */
    public Optional<PlanSnapshot> snapshotAround(long auditId, LocalDate requestedStart) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            em.unwrap(Session.class).setDefaultReadOnly(true);
            Audit audit = em.find(Audit.class, auditId);
            if (audit == null) {
                return Optional.<PlanSnapshot>empty();
            }
            List<Audit> audits = new ArrayList<>(List.of(audit));
            if (audit.certificationId != null && INITIAL_STAGES.contains(audit.type)) {
                audits.addAll(em.createQuery("""
                                from Audit a where a.certificationId = :certification and a.cycleNumber = :cycle
                                and a.type in :stages and a.status not in :undated and a.startDate is not null
                                and a.id <> :id""", Audit.class)
                        .setParameter("certification", audit.certificationId).setParameter("cycle", audit.cycleNumber)
                        .setParameter("stages", INITIAL_STAGES)
                        .setParameter("undated", List.of(AuditStatus.CANCELLED, AuditStatus.UNPLANNED))
                        .setParameter("id", audit.id).getResultList());
            }
            LocalDate from = audit.earliestStart;
            LocalDate to = audit.latestEnd;
            if (requestedStart != null) {
                from = min(from, requestedStart);
                to = max(to, requestedStart.plusWeeks(6));
            }
            return Optional.of(read(from, to, audits));
        });
    }

    private PlanSnapshot read(LocalDate from, LocalDate to, List<Audit> audits) {
        PlanningPolicy policy = policy();
        Set<Long> auditIds = audits.stream().map(a -> a.id).collect(Collectors.toSet());
        Map<Long, List<TeamEntry>> teams = teams(auditIds);
        Map<Long, Long> previousLeads = previousLeads(audits);
        List<PlanSnapshot.AuditRow> rows = audits.stream().map(a -> new PlanSnapshot.AuditRow(a.id,
                a.certificationId, a.clientId, a.cycleNumber, a.type, a.status, a.earliestStart, a.latestEnd,
                a.targetDate, a.auditorDays, a.onsiteDays, a.remoteDays, a.remote, a.startDate, a.endDate, a.pinned,
                a.unassignedReason, a.version, teams.getOrDefault(a.id, List.of()), previousLeads.get(a.id),
                published(a))).toList();
        DateRange span = PlanSnapshot.span(from, to, rows);
        LocalDate spanFrom = span.from();
        LocalDate spanTo = span.to();

        Set<Long> clientIds = audits.stream().map(a -> a.clientId).collect(Collectors.toSet());
        List<PlanningClient> clients = clients(clientIds, spanFrom, spanTo);

        List<Long> auditorIds = em.createQuery("select a.id from Auditor a order by a.id", Long.class).getResultList();
        Map<Long, AuditorFacts> facts = eligibility.auditorFacts(auditorIds, spanFrom, spanTo);
        Set<CycleRef> cycles = audits.stream().filter(a -> a.certificationId != null)
                .map(a -> new CycleRef(a.certificationId, a.cycleNumber)).collect(Collectors.toSet());
        PlanningFacts planningFacts = new PlanningFacts(eligibility.rules());
        List<PlanningAuditor> auditors = new ArrayList<>();
        List<PlanSnapshot.FixedLoad> fixedLoad = new ArrayList<>();
        for (AuditorFacts f : facts.values()) {
            auditors.add(planningFacts.auditor(em.find(Auditor.class, f.auditorId()).name, f, cycles, spanFrom,
                    spanTo));
            fixedLoad.addAll(planningFacts.fixedLoad(f, auditIds));
        }

        return new PlanSnapshot(from, to, rows, auditors, clients, fixedLoad, policy, LocalDate.now(clock));
    }

    private static PlanSnapshot.Published published(Audit audit) {
        if (audit.publishedAt == null || audit.publishedStartDate == null) {
            return null;
        }
        return new PlanSnapshot.Published(audit.publishedAt, audit.publishedStartDate, audit.publishedEndDate,
                PublishedTeam.parse(audit.publishedTeam));
    }

    private Map<Long, List<TeamEntry>> teams(Set<Long> auditIds) {
        Map<Long, List<TeamEntry>> teams = new HashMap<>();
        if (auditIds.isEmpty()) {
            return teams;
        }
        em.createQuery("from TeamMember m where m.auditId in :ids order by m.auditId, m.id", TeamMember.class)
                .setParameter("ids", auditIds).getResultStream()
                .forEach(m -> teams.computeIfAbsent(m.auditId, id -> new ArrayList<>())
                        .add(new TeamEntry(m.auditorId, m.role, m.days)));
        return teams;
    }

    /** §8.4: per audit, the lead of the last completed audit of the same certification cycle. */
    private Map<Long, Long> previousLeads(List<Audit> audits) {
        Set<Long> certifications = audits.stream().map(a -> a.certificationId).collect(Collectors.toSet());
        if (certifications.isEmpty()) {
            return Map.of();
        }
        record Led(long certificationId, int cycle, LocalDate start, long auditorId) {
        }
        List<Led> led = em.createQuery("""
                        select a.certificationId, a.cycleNumber, a.startDate, m.auditorId
                        from TeamMember m join Audit a on a.id = m.auditId
                        where m.role = :lead and a.status = :completed and m.auditorId is not null
                          and a.startDate is not null and a.certificationId in :certifications""", Object[].class)
                .setParameter("lead", TeamRole.LEAD).setParameter("completed", AuditStatus.COMPLETED)
                .setParameter("certifications", certifications).getResultStream()
                .map(r -> new Led((Long) r[0], (Integer) r[1], (LocalDate) r[2], (Long) r[3])).toList();
        Map<Long, Long> previous = new HashMap<>();
        for (Audit audit : audits) {
            led.stream()
                    .filter(l -> l.certificationId() == audit.certificationId && l.cycle() == audit.cycleNumber)
                    .max(Comparator.comparing(Led::start))
                    .ifPresent(l -> previous.put(audit.id, l.auditorId()));
        }
        return previous;
    }

    private List<PlanningClient> clients(Set<Long> clientIds, LocalDate from, LocalDate to) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        // one query per collection, all landing on the same managed clients
        List<Client> clients = em.createQuery("select distinct c from Client c left join fetch c.sites where c.id in :ids",
                Client.class).setParameter("ids", clientIds).getResultList();
        em.createQuery("select distinct c from Client c left join fetch c.technicalAreas where c.id in :ids", Client.class)
                .setParameter("ids", clientIds).getResultList();
        em.createQuery("select distinct c from Client c left join fetch c.languages where c.id in :ids", Client.class)
                .setParameter("ids", clientIds).getResultList();
        em.createQuery("select distinct c from Client c left join fetch c.blackouts where c.id in :ids", Client.class)
                .setParameter("ids", clientIds).getResultList();
        List<PlanningClient> result = new ArrayList<>();
        for (Client c : clients) {
            Set<LocalDate> closed = new HashSet<>();
            c.sites.stream().map(s -> s.countryCode).distinct()
                    .forEach(country -> holidays.between(country, from, to).forEach(h -> closed.add(h.date())));
            ClientSite central = EligibilityService.centralSite(c);
            result.add(new PlanningClient(c.id, c.name, Set.copyOf(c.technicalAreas), Set.copyOf(c.languages), closed,
                    c.blackouts.stream().map(b -> new DateRange(b.from, b.to)).toList(),
                    central == null ? 0 : central.latitude.doubleValue(),
                    central == null ? 0 : central.longitude.doubleValue()));
        }
        return result;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
