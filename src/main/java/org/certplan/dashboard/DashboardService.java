package org.certplan.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.TeamRole;
import org.certplan.audit.TeamSeats;
import org.certplan.auditor.AuditorPolicy;
import org.certplan.dashboard.DashboardSummary.AuditItem;
import org.certplan.dashboard.DashboardSummary.ExpiringCertificate;
import org.certplan.dashboard.DashboardSummary.LatestRun;
import org.certplan.dashboard.DashboardSummary.Listing;
import org.certplan.dashboard.DashboardSummary.OpenMajor;
import org.certplan.planning.PlanningRun;
import org.certplan.platform.paging.PageParams;
import org.certplan.platform.paging.PageResult;
import org.certplan.planning.RunStaffingReader;
import org.certplan.programme.AuditType;

/**
 * The dashboard's aggregates, each one SQL query that counts, sums and limits in the database (indexes in
 * {@code V7__dashboard_indexes.sql}), so that the cost does not grow with what a page shows.
 */
@ApplicationScoped
public class DashboardService {

    /** An audit overlaps the range with its dates once planned, with its window while unplanned. */
    private static final String OVERLAPS = """
            ((a.start_date IS NOT NULL AND a.start_date <= :to AND a.end_date >= :from)
             OR (a.start_date IS NULL AND a.earliest_start <= :to AND a.latest_end >= :from))""";

    /** An open audit with a date whose team is not whole (COMP-7): forced by a planner, or confirmed and short. */
    private static final String INCOMPLETE_TEAM = "(a.status IN ('PLANNED', 'CONFIRMED') AND " + TeamSeats.NOT_WHOLE_SQL
            + ")";

    private static final String AUDIT_ITEM = """
            SELECT a.id, a.client_id, c.name, a.certification_id, a.type, a.status, a.earliest_start, a.latest_end,
                   a.target_date, a.start_date, a.end_date, a.unassigned_reason, COUNT(*) OVER () AS total,
                   %s AS incomplete_team
            FROM audit a JOIN client c ON c.id = a.client_id
            """.formatted(INCOMPLETE_TEAM);

    private final EntityManager em;
    private final DashboardConfig config;
    private final AuditorPolicy policy;
    private final TeamSeats seats;
    private final Clock clock;
    private final RunStaffingReader staffing;

    public DashboardService(EntityManager em, DashboardConfig config, AuditorPolicy policy, TeamSeats seats,
            Clock clock, RunStaffingReader staffing) {
        this.seats = seats;
        this.staffing = staffing;
        this.em = em;
        this.config = config;
        this.policy = policy;
        this.clock = clock;
    }

    public DateRange range(String from, String to) {
        return DateRange.parse(from, to, today(), config.maxRangeDays());
    }

    @Transactional
    public DashboardSummary summary(DateRange range) {
        LocalDate today = today();
        Map<AuditStatus, Long> byStatus = new EnumMap<>(AuditStatus.class);
        Map<AuditType, Long> byType = new EnumMap<>(AuditType.class);
        for (AuditStatus status : AuditStatus.values()) {
            byStatus.put(status, 0L);
        }
        for (AuditType type : AuditType.values()) {
            byType.put(type, 0L);
        }
        long total = 0;
        for (Row row : rows(inRange("""
                SELECT a.type, a.status, COUNT(*) FROM audit a WHERE""" + OVERLAPS + " GROUP BY a.type, a.status", range))) {
            long n = row.count(2);
            byType.merge(row.enumValue(0, AuditType.class), n, Long::sum);
            byStatus.merge(row.enumValue(1, AuditStatus.class), n, Long::sum);
            total += n;
        }
        Listing<AuditItem> unassigned = auditItems(inRange(AUDIT_ITEM + """
                WHERE (a.status = 'UNPLANNED' OR""" + INCOMPLETE_TEAM + ") AND" + OVERLAPS
                + " ORDER BY a.latest_end, a.id", range), today);
        Listing<AuditItem> atRisk = auditItems(em.createNativeQuery(AUDIT_ITEM + """
                        WHERE a.status IN ('UNPLANNED', 'PLANNED') AND a.latest_end <= :deadline
                        ORDER BY a.latest_end, a.id""")
                .setParameter("deadline", today.plusDays(config.atRiskDays())), today);
        Listing<AuditItem> overdue = auditItems(em.createNativeQuery(AUDIT_ITEM + """
                        WHERE a.status IN ('UNPLANNED', 'PLANNED', 'CONFIRMED')
                          AND a.type IN ('SURVEILLANCE_1', 'SURVEILLANCE_2') AND a.latest_end < :today
                        ORDER BY a.latest_end, a.id""")
                .setParameter("today", today), today);
        return new DashboardSummary(range.from(), range.to(), today, config.atRiskDays(), total, byStatus, byType,
                unassigned, atRisk, overdue, expiringCertificates(range, today), openMajors(today), latestRun());
    }

    private Listing<ExpiringCertificate> expiringCertificates(DateRange range, LocalDate today) {
        Query query = inRange("""
                SELECT ce.id, ce.client_id, c.name, ce.status, ce.expiry, r.id, r.status, r.start_date,
                       COUNT(*) OVER () AS total
                FROM certification ce
                JOIN client c ON c.id = ce.client_id
                LEFT JOIN audit r ON r.certification_id = ce.id AND r.cycle_number = ce.cycle_number
                                 AND r.type = 'RECERTIFICATION' AND r.status <> 'CANCELLED'
                WHERE ce.status IN ('CERTIFIED', 'SUSPENDED') AND ce.expiry BETWEEN :from AND :to
                ORDER BY ce.expiry, ce.id""", range);
        return listing(query, 8, row -> new ExpiringCertificate(row.count(0), row.count(1), row.text(2),
                row.text(3), row.date(4), ChronoUnit.DAYS.between(today, row.date(4)), row.number(5),
                row.enumValue(6, AuditStatus.class), row.date(7)));
    }

    private Listing<OpenMajor> openMajors(LocalDate today) {
        Query query = em.createNativeQuery("""
                SELECT n.id, n.certification_id, ce.client_id, c.name, n.clause, n.raised_on, n.due_date,
                       n.follow_up_audit_id, f.status, f.start_date, COUNT(*) OVER () AS total
                FROM nonconformity n
                JOIN certification ce ON ce.id = n.certification_id
                JOIN client c ON c.id = ce.client_id
                LEFT JOIN audit f ON f.id = n.follow_up_audit_id
                WHERE n.status = 'OPEN' AND n.grade = 'MAJOR' AND ce.status <> 'WITHDRAWN'
                ORDER BY n.due_date IS NULL, n.due_date, n.id""");
        return listing(query, 10, row -> new OpenMajor(row.count(0), row.count(1), row.count(2), row.text(3),
                row.text(4), row.date(5), row.date(6),
                row.date(6) == null ? null : ChronoUnit.DAYS.between(today, row.date(6)), row.number(7),
                row.enumValue(8, AuditStatus.class), row.date(9)));
    }

    private LatestRun latestRun() {
        return em.createQuery("from PlanningRun r order by r.id desc", PlanningRun.class).setMaxResults(1)
                .getResultStream().findFirst()
                .map(r -> new LatestRun(r.id, r.status.name(), r.mode.name(), r.horizonFrom, r.horizonTo, r.score,
                        r.feasible, r.assignedCount, r.unassignedCount, r.changedCount, r.startedAt, r.endedAt,
                        r.appliedAt, r.status.hasProposal() ? staffing.of(r.id) : null))
                .orElse(null);
    }

    /**
     * Per auditor: the auditor-days of the non-cancelled audits starting in the range, and the CAP-3 capacity of
     * the range — each calendar month's maximum for the share of the month in the range, likewise per year, the
     * smaller total — and their ratio.
     */
    @Transactional
    public PageResult<AuditorUtilization> utilization(DateRange range, UtilizationSort sort, PageParams paging) {
        BigDecimal months = share(range, true);
        BigDecimal years = share(range, false);
        String capacity = "LEAST(COALESCE(au.max_days_per_month, :perMonth) * :months, "
                + "COALESCE(au.max_days_per_year, :perYear) * :years)";
        String order = sort == UtilizationSort.NAME ? "au.name, au.id"
                : "COALESCE(SUM(m.days), 0) / " + capacity + " DESC, au.name, au.id";
        Query query = inRange("""
                SELECT au.id, au.name, COALESCE(au.max_days_per_month, :perMonth),
                       COALESCE(au.max_days_per_year, :perYear), COUNT(m.audit_id), COALESCE(SUM(m.days), 0),
                       %s, COUNT(*) OVER () AS total
                FROM auditor au
                LEFT JOIN (audit_team_member m
                           JOIN audit a ON a.id = m.audit_id AND a.status <> 'CANCELLED'
                                       AND a.start_date BETWEEN :from AND :to)
                       ON m.auditor_id = au.id
                GROUP BY au.id, au.name, au.max_days_per_month, au.max_days_per_year
                ORDER BY %s""".formatted(capacity, order), range)
                .setParameter("perMonth", policy.maxDaysPerMonth())
                .setParameter("perYear", policy.maxDaysPerYear())
                .setParameter("months", months)
                .setParameter("years", years)
                .setFirstResult(paging.page * paging.size)
                .setMaxResults(paging.size);
        List<Row> rows = rows(query);
        long total = rows.isEmpty() ? auditorCount() : rows.get(0).count(7);
        List<AuditorUtilization> items = rows.stream().map(row -> {
            BigDecimal assigned = row.decimal(5).setScale(1, RoundingMode.HALF_UP);
            BigDecimal cap = row.decimal(6).setScale(1, RoundingMode.HALF_UP);
            BigDecimal percent = cap.signum() == 0 ? BigDecimal.ZERO
                    : assigned.multiply(BigDecimal.valueOf(100)).divide(cap, 1, RoundingMode.HALF_UP);
            return new AuditorUtilization(row.count(0), row.text(1), row.integer(2), row.integer(3), row.count(4),
                    assigned, cap, percent);
        }).toList();
        return new PageResult<>(items, paging.page, paging.size, total);
    }

    /** A page of auditors (by name) with the audits they are on in the range. */
    @Transactional
    public PageResult<AuditorTimeline> timeline(DateRange range, PageParams paging) {
        List<Row> auditors = rows(em.createNativeQuery(
                        "SELECT au.id, au.name, COUNT(*) OVER () FROM auditor au ORDER BY au.name, au.id")
                .setFirstResult(paging.page * paging.size).setMaxResults(paging.size));
        if (auditors.isEmpty()) {
            return new PageResult<>(List.of(), paging.page, paging.size, auditorCount());
        }
        Map<Long, List<AuditorTimeline.Bar>> bars = new LinkedHashMap<>();
        auditors.forEach(row -> bars.put(row.count(0), new ArrayList<>()));
        Query query = inRange("""
                SELECT m.auditor_id, a.id, a.client_id, c.name, a.type, a.status, m.role, m.days, a.start_date, a.end_date,
                       %s
                FROM audit_team_member m
                JOIN audit a ON a.id = m.audit_id
                JOIN client c ON c.id = a.client_id
                WHERE m.auditor_id IN (:auditors) AND a.status <> 'CANCELLED'
                  AND a.start_date <= :to AND a.end_date >= :from
                ORDER BY m.auditor_id, a.start_date, a.id""".formatted(INCOMPLETE_TEAM), range)
                .setParameter("auditors", List.copyOf(bars.keySet()))
                .setParameter("maxDaysPerAuditor", seats.maxDaysPerAuditor());
        for (Row row : rows(query)) {
            bars.get(row.count(0)).add(new AuditorTimeline.Bar(row.count(1), row.count(2), row.text(3),
                    row.enumValue(4, AuditType.class), row.enumValue(5, AuditStatus.class),
                    row.enumValue(6, TeamRole.class), row.decimal(7), row.date(8), row.date(9), Boolean.TRUE.equals(row.bool(10))));
        }
        List<AuditorTimeline> items = auditors.stream()
                .map(row -> new AuditorTimeline(row.count(0), row.text(1), bars.get(row.count(0)))).toList();
        return new PageResult<>(items, paging.page, paging.size, auditors.get(0).count(2));
    }

    /** The range's share of calendar months (or years): each one counted by the fraction of its days in the range. */
    static BigDecimal share(DateRange range, boolean months) {
        BigDecimal sum = BigDecimal.ZERO;
        LocalDate day = range.from();
        while (!day.isAfter(range.to())) {
            LocalDate periodEnd = months ? YearMonth.from(day).atEndOfMonth() : day.withDayOfYear(day.lengthOfYear());
            LocalDate end = periodEnd.isAfter(range.to()) ? range.to() : periodEnd;
            long covered = ChronoUnit.DAYS.between(day, end) + 1;
            int length = months ? day.lengthOfMonth() : day.lengthOfYear();
            sum = sum.add(BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(length), 6, RoundingMode.HALF_UP));
            day = end.plusDays(1);
        }
        return sum;
    }

    private long auditorCount() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM auditor").getSingleResult()).longValue();
    }

    private Listing<AuditItem> auditItems(Query query, LocalDate today) {
        query.setParameter("maxDaysPerAuditor", seats.maxDaysPerAuditor());
        return listing(query, 12, row -> new AuditItem(row.count(0), row.count(1), row.text(2), row.count(3),
                row.enumValue(4, AuditType.class), row.enumValue(5, AuditStatus.class), row.date(6), row.date(7),
                row.date(8), row.date(9), row.date(10), ChronoUnit.DAYS.between(today, row.date(7)), row.text(11),
                Boolean.TRUE.equals(row.bool(13))));
    }

    /** The first {@code listLimit} rows, and the total from the query's {@code COUNT(*) OVER ()} column. */
    private <T> Listing<T> listing(Query query, int totalColumn, Function<Row, T> mapper) {
        List<Row> rows = rows(query.setMaxResults(config.listLimit()));
        long total = rows.isEmpty() ? 0 : rows.get(0).count(totalColumn);
        return new Listing<>(total, rows.stream().map(mapper).toList());
    }

    private Query inRange(String sql, DateRange range) {
        return em.createNativeQuery(sql).setParameter("from", range.from()).setParameter("to", range.to());
    }

    @SuppressWarnings("unchecked")
    private static List<Row> rows(Query query) {
        List<Object> result = query.getResultList();
        if (result.isEmpty()) {
            return Collections.emptyList();
        }
        return result.stream().map(r -> new Row(r instanceof Object[] values ? values : new Object[] {r})).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
