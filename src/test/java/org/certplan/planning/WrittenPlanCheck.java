package org.certplan.planning;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.certplan.audit.Audit;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.TeamMember;
import org.certplan.audit.TeamRole;
import org.certplan.audit.TeamSeats;
import org.certplan.auditor.Auditor;
import org.certplan.auditor.AuditorFacts.ConflictFact;
import org.certplan.auditor.AuditorFacts.QualificationFact;
import org.certplan.auditor.AuditorPolicy;
import org.certplan.auditor.ConflictOfInterest;
import org.certplan.auditor.EligibilityRules;
import org.certplan.auditor.EligibilityService;
import org.certplan.auditor.PublicHolidays;
import org.certplan.auditor.Qualification;
import org.certplan.auditor.Unavailability;
import org.certplan.client.Client;
import org.certplan.client.ClientSite;
import org.certplan.programme.AuditType;
import org.certplan.programme.ProgrammePolicy;
import org.certplan.rules.AuditorRules;
import org.certplan.rules.Capacity;
import org.certplan.rules.ConflictBar;
import org.certplan.rules.GeoDistance;
import org.certplan.rules.Travel;

/**
 * Re-verifies a written plan from the database rows alone, without the solver or its planning model: for each
 * audit, the hard rules of domain-rules §1–7 that concern its dates and team (window, CYC-7, CYC-10, COMP-1..4,
 * IMP-1/2, CAP-1..4, the auditor rules asked of the rule engine on the audit's working days) and COMP-7: a planned
 * audit has a whole team, an unplanned one neither date nor lead nor auditors. Returns every breach found, each
 * starting with its rule id.
 */
public final class WrittenPlanCheck {

    private static final int CHECK_TIMEOUT_SECONDS = 900;

    private final PublicHolidays holidays = Arc.container().instance(PublicHolidays.class).get();
    private final ProgrammePolicy programme = Arc.container().instance(ProgrammePolicy.class).get();
    private final AuditorPolicy auditors = Arc.container().instance(AuditorPolicy.class).get();
    private final TeamSeats seats = Arc.container().instance(TeamSeats.class).get();
    private final EligibilityRules eligibility = new EligibilityRules(auditors, holidays);
    private final AuditorRules rules = eligibility.engine();
    private final List<String> breaches = new ArrayList<>();
    private final Map<Long, List<org.certplan.rules.Qualification>> qualifications = new HashMap<>();
    private final Map<Long, List<Unavailability>> unavailability = new HashMap<>();
    private final Map<Long, Set<String>> languagesOf = new HashMap<>();

    private WrittenPlanCheck() {
    }

    public static List<String> breaches(Collection<Long> auditIds) {
        return QuarkusTransaction.requiringNew().timeout(CHECK_TIMEOUT_SECONDS).call(() -> {
            WrittenPlanCheck check = new WrittenPlanCheck();
            for (long id : auditIds) {
                check.audit(Audit.findById(id));
            }
            check.doubleBookings(auditIds);
            check.capacity(auditIds);
            return check.breaches;
        });
    }

    private void audit(Audit audit) {
        List<TeamMember> team = TeamMember.list("auditId", audit.id);
        if (audit.status == AuditStatus.UNPLANNED) {
            if (audit.startDate != null || audit.endDate != null || team.stream().anyMatch(
                    m -> m.role == TeamRole.LEAD || m.role == TeamRole.AUDITOR)) {
                breach(TeamSeats.RULE, audit, "is UNPLANNED but holds a date or a lead or auditor");
            }
            return;
        }
        if (audit.startDate == null || audit.endDate == null) {
            breaches.add("audit " + audit.id + " has no dates");
            return;
        }
        seats.missing(audit.onsiteDays, TeamSeats.roles(team))
                .ifPresent(gap -> breach(TeamSeats.RULE, audit, "is " + audit.status + " without a whole team: " + gap));
        Client client = Client.findById(audit.clientId);
        List<LocalDate> days = days(audit);
        if (audit.startDate.isBefore(audit.earliestStart) || audit.endDate.isAfter(audit.latestEnd)) {
            breach("CYC-3..7/NC-2", audit, "runs " + audit.startDate + ".." + audit.endDate + " outside "
                    + audit.earliestStart + ".." + audit.latestEnd);
        }
        if (audit.status != AuditStatus.COMPLETED && audit.startDate.isBefore(LocalDate.now())) {
            breach("plan", audit, "starts " + audit.startDate + ", in the past");
        }
        rules.cap4WorkingDays(List.of(audit.startDate, audit.endDate))
                .ifPresent(b -> breach("CAP-4", audit, "starts or ends on no working day: " + b.sentence()));
        stage2Gap(audit);
        client.blackouts.stream()
                .filter(b -> days.stream().anyMatch(d -> !d.isBefore(b.from) && !d.isAfter(b.to)))
                .forEach(b -> breach("CYC-10", audit, "falls in the client's blackout " + b.from + ".." + b.to));
        Set<String> countries = new TreeSet<>();
        ClientSite.<ClientSite>list("client.id", client.id).forEach(site -> countries.add(site.countryCode));
        for (String country : countries) {
            days.stream().filter(d -> holidays.supports(country) && holidays.isHoliday(country, d))
                    .forEach(d -> breach("CAP-2", audit, "is held on " + d + ", a public holiday in " + country));
        }
        List<TeamMember> leads = team.stream().filter(m -> m.role == TeamRole.LEAD).toList();
        if (leads.size() != 1) {
            breach("COMP-1", audit, "has " + leads.size() + " leads");
        }
        List<List<org.certplan.rules.Qualification>> teamQualifications = new ArrayList<>();
        List<Set<String>> languages = new ArrayList<>();
        for (TeamMember member : team) {
            List<org.certplan.rules.Qualification> held = qualifications.computeIfAbsent(member.auditorId,
                    id -> EligibilityRules.ismsQualifications(Qualification.<Qualification>list("auditorId", id)
                            .stream().map(q -> new QualificationFact(q.standard, q.role, Set.copyOf(q.technicalAreas),
                                    q.validFrom, q.validTo)).toList()));
            teamQualifications.add(held);
            languages.add(languagesOf(member.auditorId));
            if (member.role == TeamRole.LEAD) {
                rules.comp1LeadQualification(held, days).ifPresent(b -> breach("COMP-1", audit, "lead "
                        + member.auditorId + " " + b.sentence()));
            }
            if (member.role == TeamRole.AUDITOR) {
                rules.comp2AuditorQualification(held, days).ifPresent(b -> breach("COMP-2", audit, "auditor "
                        + member.auditorId + " " + b.sentence()));
            }
            unavailability.computeIfAbsent(member.auditorId, id -> Unavailability.<Unavailability>list("auditorId", id))
                    .stream()
                    .filter(u -> days.stream().anyMatch(d -> !d.isBefore(u.fromDate) && !d.isAfter(u.toDate)))
                    .forEach(u -> breach("CAP-2", audit, "auditor " + member.auditorId + " is unavailable "
                            + u.fromDate + ".." + u.toDate));
            conflicts(audit, member, days);
        }
        Set<String> uncovered = rules.comp3MissingAreas(Set.copyOf(client.technicalAreas), teamQualifications, days);
        if (!uncovered.isEmpty()) {
            breach("COMP-3", audit, "team covers no qualification for " + uncovered);
        }
        boolean interpreted = team.stream().anyMatch(m -> m.role == TeamRole.INTERPRETER);
        Set<String> unspoken = rules.comp4MissingLanguages(Set.copyOf(client.languages), languages, interpreted);
        if (!unspoken.isEmpty()) {
            breach("COMP-4", audit, "nobody on the team speaks " + unspoken);
        }
    }

    /** CYC-7 from the policy: stage 2 starts between the minimum gap in days and the maximum gap in months. */
    private void stage2Gap(Audit audit) {
        if (audit.type != AuditType.STAGE_2) {
            return;
        }
        Audit.<Audit>find("certificationId = ?1 and type = ?2 and endDate is not null and status <> ?3",
                audit.certificationId, AuditType.STAGE_1, AuditStatus.CANCELLED).stream().forEach(stage1 -> {
                    LocalDate earliest = stage1.endDate.plusDays(programme.stage2MinGapDays());
                    LocalDate latest = stage1.endDate.plusMonths(programme.stage2MaxGapMonths());
                    if (audit.startDate.isBefore(earliest) || audit.startDate.isAfter(latest)) {
                        breach("CYC-7", audit, "starts " + audit.startDate + ", stage 1 ended " + stage1.endDate);
                    }
                });
    }

    /** IMP-1 bars until the cooling-off after the relationship ended, IMP-2 while the conflict is in force. */
    private void conflicts(Audit audit, TeamMember member, List<LocalDate> days) {
        List<ConflictBar> bars = eligibility.conflictBars(ConflictOfInterest.<ConflictOfInterest>list(
                        "auditorId = ?1 and clientId = ?2", member.auditorId, audit.clientId).stream()
                .map(c -> new ConflictFact(c.clientId, c.reason, c.fromDate, c.toDate)).toList());
        rules.imp1CoolingOff(bars, audit.clientId, days).ifPresent(b -> breach("IMP-1", audit, "auditor "
                + member.auditorId + " " + b.sentence()));
        rules.imp2DeclaredConflict(bars, audit.clientId, days).ifPresent(b -> breach("IMP-2", audit, "auditor "
                + member.auditorId + " " + b.sentence()));
    }

    private void doubleBookings(Collection<Long> auditIds) {
        Map<Long, Map<LocalDate, Long>> booked = new HashMap<>();
        Map<Long, Audit> dated = new HashMap<>();
        Audit.<Audit>list("startDate is not null and status <> ?1", AuditStatus.CANCELLED).forEach(a -> dated.put(a.id, a));
        for (TeamMember member : TeamMember.<TeamMember>listAll()) {
            Audit audit = dated.get(member.auditId);
            if (audit == null || member.auditorId == null) {
                continue;
            }
            for (LocalDate day : busyDays(audit, member.auditorId)) {
                Long other = booked.computeIfAbsent(member.auditorId, k -> new HashMap<>()).putIfAbsent(day, audit.id);
                if (other != null && (auditIds.contains(other) || auditIds.contains(audit.id))) {
                    breaches.add("CAP-1: auditor " + member.auditorId + " is on audits " + other + " and " + audit.id
                            + " on " + day);
                }
            }
        }
    }

    /** CAP-3 per month and per year, counting every dated audit day of the auditors in the checked audits. */
    private void capacity(Collection<Long> auditIds) {
        Set<Long> checked = new HashSet<>();
        Set<YearMonth> months = new HashSet<>();
        Map<Long, Audit> dated = new HashMap<>();
        Audit.<Audit>list("startDate is not null and status <> ?1", AuditStatus.CANCELLED).forEach(a -> dated.put(a.id, a));
        for (long id : auditIds) {
            Audit audit = dated.get(id);
            if (audit != null) {
                TeamMember.<TeamMember>list("auditId", id).forEach(m -> checked.add(m.auditorId));
                days(audit).forEach(d -> months.add(YearMonth.from(d)));
            }
        }
        Map<Long, Map<YearMonth, Integer>> perMonth = new HashMap<>();
        for (TeamMember member : TeamMember.<TeamMember>listAll()) {
            Audit audit = dated.get(member.auditId);
            if (audit != null && checked.contains(member.auditorId)) {
                days(audit).forEach(d -> perMonth.computeIfAbsent(member.auditorId, k -> new HashMap<>())
                        .merge(YearMonth.from(d), 1, Integer::sum));
            }
        }
        perMonth.forEach((auditorId, byMonth) -> {
            Auditor auditor = Auditor.findById(auditorId);
            int monthly = Capacity.limit(auditor.maxDaysPerMonth, auditors.maxDaysPerMonth());
            int yearly = Capacity.limit(auditor.maxDaysPerYear, auditors.maxDaysPerYear());
            Map<Integer, Integer> perYear = new HashMap<>();
            byMonth.forEach((month, days) -> {
                perYear.merge(month.getYear(), days, Integer::sum);
                if (months.contains(month) && days > monthly) {
                    breaches.add("CAP-3: auditor " + auditorId + " has " + days + " audit days in " + month);
                }
            });
            perYear.forEach((year, days) -> {
                if (months.stream().anyMatch(m -> m.getYear() == year) && days > yearly) {
                    breaches.add("CAP-3: auditor " + auditorId + " has " + days + " audit days in " + year);
                }
            });
        });
    }

    private void breach(String rule, Audit audit, String detail) {
        breaches.add(rule + ": audit " + audit.id + " " + detail);
    }

    /** Working days from start to end; every audit day is one of them. */
    private List<LocalDate> days(Audit audit) {
        return rules.calendar().between(audit.startDate, audit.endDate);
    }

    /** CAP-1: the audit's days and, for a far on-site audit, the travel day before them. */
    private List<LocalDate> busyDays(Audit audit, long auditorId) {
        List<LocalDate> days = days(audit);
        if (days.isEmpty()) {
            return days;
        }
        Auditor auditor = Auditor.findById(auditorId);
        ClientSite site = EligibilityService.centralSite(Client.findById(audit.clientId));
        double km = site == null ? 0 : GeoDistance.km(auditor.latitude.doubleValue(), auditor.longitude.doubleValue(),
                site.latitude.doubleValue(), site.longitude.doubleValue());
        return Travel.busyDays(days, Travel.needsTravelDay(audit.remote, km, rules.policy().travelDayBeyondKm()),
                rules.calendar());
    }

    private Set<String> languagesOf(long auditorId) {
        return languagesOf.computeIfAbsent(auditorId, id -> Set.copyOf(Auditor.<Auditor>findById(id).languages));
    }
}
