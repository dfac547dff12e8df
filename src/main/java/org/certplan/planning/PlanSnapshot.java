package org.certplan.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.TeamRole;
import org.certplan.programme.AuditType;

/**
 * What a run read from the database in one transaction: the open audits of the horizon (with the version of
 * each), the auditors and clients as planning facts, and the days auditors are already booked on audits outside
 * the plan. Holds no JPA entity; {@link #plan} assembles a fresh {@link AuditPlan} from it as often as needed.
 */
public final class PlanSnapshot {

    /** An audit of the plan as read. */
    public record AuditRow(long id, Long certificationId, long clientId, int cycleNumber, AuditType type,
            AuditStatus status, LocalDate earliestStart, LocalDate latestEnd, LocalDate targetDate,
            BigDecimal auditorDays, BigDecimal onsiteDays, BigDecimal remoteDays, boolean remote, LocalDate startDate,
            LocalDate endDate, boolean pinned, String unassignedReason, long version, List<TeamEntry> team,
            Long previousLeadId, Published published) {

        public AuditRow(long id, Long certificationId, long clientId, int cycleNumber, AuditType type,
                AuditStatus status, LocalDate earliestStart, LocalDate latestEnd, LocalDate targetDate,
                BigDecimal auditorDays, BigDecimal onsiteDays, BigDecimal remoteDays, boolean remote,
                LocalDate startDate, LocalDate endDate, boolean pinned, String unassignedReason, long version,
                List<TeamEntry> team, Long previousLeadId) {
            this(id, certificationId, clientId, cycleNumber, type, status, earliestStart, latestEnd, targetDate,
                    auditorDays, onsiteDays, remoteDays, remote, startDate, endDate, pinned, unassignedReason, version,
                    team, previousLeadId, null);
        }

        /** CONFIRMED and pinned audits keep their date and team. */
        public boolean keepsDateAndTeam() {
            return startDate != null && (pinned || status == AuditStatus.CONFIRMED);
        }

        /**
         * A published audit has a date and team the client and auditors were sent; a CONFIRMED one was agreed with
         * the client. A PLANNED audit never published is a draft.
         */
        public boolean isPublished() {
            return published != null || (startDate != null && status == AuditStatus.CONFIRMED);
        }

        /** The published start, or the confirmed one. */
        public LocalDate publishedStart() {
            return published != null ? published.start() : startDate;
        }

        /** The published auditor of each seat (null where none), or the confirmed ones. */
        public List<Long> publishedSeats() {
            return published != null ? published.team() : seats();
        }

        /** The auditor of each seat: index 0 the lead (null when there is none), then the auditors. */
        public List<Long> seats() {
            List<Long> seats = new ArrayList<>();
            seats.add(team.stream().filter(m -> m.role() == TeamRole.LEAD && m.auditorId() != null)
                    .map(TeamEntry::auditorId).findFirst().orElse(null));
            team.stream().filter(m -> m.role() == TeamRole.AUDITOR && m.auditorId() != null)
                    .forEach(m -> seats.add(m.auditorId()));
            return seats.size() == 1 && seats.get(0) == null ? List.of() : seats;
        }

        /** Lead first, then auditors; technical experts and interpreters hold no seat. */
        public List<Long> seatOrder() {
            List<Long> order = new ArrayList<>();
            team.stream().filter(m -> m.role() == TeamRole.LEAD && m.auditorId() != null)
                    .forEach(m -> order.add(m.auditorId()));
            team.stream().filter(m -> m.role() == TeamRole.AUDITOR && m.auditorId() != null)
                    .forEach(m -> order.add(m.auditorId()));
            return order;
        }
    }

    /** What was sent to the client and the auditors, and when. */
    public record Published(java.time.Instant at, LocalDate start, LocalDate end, List<Long> team) {

        /** {@code team}: the auditor of each seat, lead first, null for an empty seat. */
        public Published {
            team = java.util.Collections.unmodifiableList(new ArrayList<>(team));
        }
    }

    /**
     * An auditor's part in an audit outside the plan, on the given days: load the plan cannot move; with a travel
     * day before it when it is held on site far from the auditor's home (CAP-1).
     */
    public record FixedLoad(long auditId, long auditorId, LocalDate start, LocalDate end, boolean travelDay) {

        public FixedLoad(long auditId, long auditorId, LocalDate start, LocalDate end) {
            this(auditId, auditorId, start, end, false);
        }
    }

    private final LocalDate from;
    private final LocalDate to;
    private final Map<Long, AuditRow> audits;
    private final Map<Long, PlanningAuditor> auditors;
    private final Map<Long, PlanningClient> clients;
    private final List<FixedLoad> fixedLoad;
    private final PlanningPolicy policy;
    private final LocalDate readOn;

    public PlanSnapshot(LocalDate from, LocalDate to, Collection<AuditRow> audits,
            Collection<PlanningAuditor> auditors, Collection<PlanningClient> clients, List<FixedLoad> fixedLoad,
            PlanningPolicy policy) {
        this(from, to, audits, auditors, clients, fixedLoad, policy, from);
    }

    /** {@code readOn}: the day the snapshot was read, from which the notice of a published date is counted. */
    public PlanSnapshot(LocalDate from, LocalDate to, Collection<AuditRow> audits,
            Collection<PlanningAuditor> auditors, Collection<PlanningClient> clients, List<FixedLoad> fixedLoad,
            PlanningPolicy policy, LocalDate readOn) {
        this.readOn = readOn;
        this.from = from;
        this.to = to;
        this.audits = audits.stream().collect(Collectors.toMap(AuditRow::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
        this.auditors = auditors.stream().collect(Collectors.toMap(PlanningAuditor::getId, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        this.clients = clients.stream().collect(Collectors.toMap(PlanningClient::getId, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        this.fixedLoad = List.copyOf(fixedLoad);
        this.policy = policy;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public Map<Long, AuditRow> audits() {
        return audits;
    }

    public LocalDate readOn() {
        return readOn;
    }

    public List<FixedLoad> fixedLoad() {
        return fixedLoad;
    }

    public boolean hasAuditor(long auditorId) {
        return auditors.containsKey(auditorId);
    }

    public PlanningAuditor auditor(long auditorId) {
        return auditors.get(auditorId);
    }

    public boolean isPlanned(long auditId) {
        return audits.containsKey(auditId);
    }

    /** The days the planning facts cover: the horizon, every audit's window and its current dates. */
    public DateRange span() {
        return span(from, to, audits.values());
    }

    static DateRange span(LocalDate from, LocalDate to, Collection<AuditRow> rows) {
        LocalDate first = from;
        LocalDate last = to;
        for (AuditRow row : rows) {
            first = min(first, row.earliestStart());
            last = max(last, row.latestEnd());
            if (row.startDate() != null) {
                first = min(first, row.startDate());
                last = max(last, row.endDate() != null ? row.endDate() : row.startDate().plusDays(14));
            }
        }
        return new DateRange(first, last);
    }

    /**
     * This snapshot with the audits of {@code added} (read later, audits created while a run solves) and the
     * clients they need; the auditors, the booked load and the day it was read stay this snapshot's.
     */
    public PlanSnapshot including(PlanSnapshot added) {
        List<AuditRow> rows = new ArrayList<>(audits.values());
        rows.addAll(added.audits.values());
        List<PlanningClient> allClients = new ArrayList<>(clients.values());
        allClients.addAll(added.clients.values());
        return new PlanSnapshot(from, to, rows, auditors.values(), allClients, fixedLoad, policy, readOn);
    }

    /** The clients of the snapshot's audits. */
    public Collection<PlanningClient> clients() {
        return clients.values();
    }

    /**
     * The snapshot's audits as planning entities of another plan (a working plan the solver holds), on that plan's
     * auditors and clients, pinned as in {@link #plan}; their seats still lack their eligible auditors.
     */
    public List<PlanningAudit> entitiesFor(Map<Long, PlanningAuditor> planAuditors,
            Map<Long, PlanningClient> planClients) {
        return audits.values().stream()
                .map(row -> planningAudit(row, row.keepsDateAndTeam(), 0, planAuditors, planClients.get(row.clientId())))
                .toList();
    }

    public AuditPlan plan(AuditPlanWeights weights) {
        return plan(weights, Set.of());
    }

    /**
     * A fresh plan. Audits that keep their date and team are pinned with it, and so are the published audits in
     * {@code keepPublished}; the other published audits start from their current date and team.
     */
    public AuditPlan plan(AuditPlanWeights weights, Set<Long> keepPublished) {
        List<PlanningAudit> planned = new ArrayList<>();
        for (AuditRow row : audits.values()) {
            planned.add(planningAudit(row, row.keepsDateAndTeam() || (row.isPublished() && keepPublished.contains(row.id())), 0));
        }
        return withFixedLoad(planned, weights);
    }

    /**
     * A plan to judge one audit's placement by hand: every other audit of the snapshot keeps its date and team
     * (pinned), the audit itself starts from its current date and team and has at least {@code teamSize} seats.
     */
    public AuditPlan planAround(long auditId, int teamSize, AuditPlanWeights weights) {
        List<PlanningAudit> planned = new ArrayList<>();
        for (AuditRow row : audits.values()) {
            planned.add(row.id() == auditId ? planningAudit(row, false, teamSize) : planningAudit(row, true, 0));
        }
        return withFixedLoad(planned, weights);
    }

    private AuditPlan withFixedLoad(List<PlanningAudit> planned, AuditPlanWeights weights) {
        List<PlanningClient> planClients = new ArrayList<>(clients.values());
        long fixedId = -1;
        for (FixedLoad load : fixedLoad) {
            boolean first = true;
            for (List<LocalDate> block : blocks(policy.calendar().between(load.start(), load.end()))) {
                PlanningAuditor auditor = auditors.get(load.auditorId());
                if (auditor == null) {
                    continue;
                }
                PlanningClient booked = new PlanningClient(fixedId, "booked audit " + load.auditId(), Set.of(), Set.of(),
                        Set.of(), List.of(), auditor.getHomeLatitude(), auditor.getHomeLongitude());
                planClients.add(booked);
                LocalDate last = block.get(block.size() - 1);
                PlanningAudit audit = PlanningAudit.builder(fixedId, booked, AuditType.SPECIAL)
                        .window(block.get(0), last).target(block.get(0))
                        .onsiteDays(BigDecimal.valueOf(block.size())).remote(true)
                        .pinned(true).booked().bookedTravelDay(first && load.travelDay()).startDate(block.get(0))
                        .build(policy);
                first = false;
                TeamSeat seat = audit.getSeats().get(0);
                seat.setAuditor(auditor);
                seat.setEligibleAuditors(List.of(auditor));
                planned.add(audit);
                fixedId--;
            }
        }
        return new AuditPlan(new ArrayList<>(auditors.values()), planClients, planned, policy, weights);
    }

    private PlanningAudit planningAudit(AuditRow row, boolean pinned, int teamSize) {
        return planningAudit(row, pinned, teamSize, auditors, clients.get(row.clientId()));
    }

    private PlanningAudit planningAudit(AuditRow row, boolean pinned, int teamSize,
            Map<Long, PlanningAuditor> onAuditors, PlanningClient client) {
        PlanningAudit.Builder builder = PlanningAudit.builder(row.id(), client, row.type())
                .certification(row.certificationId())
                .cycle(row.cycleNumber())
                .window(row.earliestStart(), row.latestEnd())
                .notBefore(readOn)
                .target(row.targetDate())
                .onsiteDays(row.onsiteDays())
                .remote(row.remote())
                .remoteDays(row.remoteDays() == null ? BigDecimal.ZERO : row.remoteDays())
                .previousLead(row.previousLeadId())
                .pinned(pinned)
                .teamSize(teamSize)
                .technicalExperts(row.team().stream()
                        .filter(m -> m.role() == TeamRole.TECHNICAL_EXPERT && onAuditors.containsKey(m.auditorId()))
                        .map(m -> onAuditors.get(m.auditorId())).toList())
                .interpreted(row.team().stream().anyMatch(m -> m.role() == TeamRole.INTERPRETER));
        List<Long> seats = row.seats();
        if (row.startDate() != null && row.status() != AuditStatus.UNPLANNED) {
            builder.startDate(row.startDate());
        }
        if (row.isPublished()) {
            builder.published(row.publishedStart(), row.publishedSeats())
                    .publishedNotice((int) (row.publishedStart().toEpochDay() - readOn.toEpochDay()));
        }
        PlanningAudit audit = builder.build(policy);
        if (row.startDate() != null && row.status() != AuditStatus.UNPLANNED) {
            for (int i = 0; i < audit.getSeats().size() && i < seats.size(); i++) {
                audit.getSeats().get(i).setAuditor(seats.get(i) == null ? null : onAuditors.get(seats.get(i)));
            }
        }
        return audit;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Consecutive working days cut into blocks of at most the COMP-5 maximum, one pinned single-seat audit each. */
    private List<List<LocalDate>> blocks(List<LocalDate> days) {
        List<List<LocalDate>> blocks = new ArrayList<>();
        int size = policy.maxConsecutiveDaysPerAuditor();
        for (int i = 0; i < days.size(); i += size) {
            blocks.add(days.subList(i, Math.min(days.size(), i + size)));
        }
        return blocks;
    }
}
