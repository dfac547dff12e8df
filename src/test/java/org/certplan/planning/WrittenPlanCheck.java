package org.certplan.planning;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.certplan.audit.Audit;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.TeamMember;
import org.certplan.audit.TeamRole;
import org.certplan.auditor.Qualification;
import org.certplan.auditor.QualificationRole;
import org.certplan.auditor.Unavailability;

/**
 * Re-verifies a written plan from the database rows alone, without the solver: for each audit, dates inside the
 * window on working days, a lead with an ISMS lead-auditor qualification valid on those dates, nobody on an
 * unavailable day, and no auditor on two audits on the same day. Returns every breach found.
 */
public final class WrittenPlanCheck {

    private WrittenPlanCheck() {
    }

    public static List<String> breaches(Collection<Long> auditIds) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> breaches = new ArrayList<>();
            for (long id : auditIds) {
                Audit audit = Audit.findById(id);
                if (audit.startDate == null || audit.endDate == null) {
                    breaches.add("audit " + id + " has no dates");
                    continue;
                }
                List<TeamMember> team = TeamMember.list("auditId", id);
                if (audit.startDate.isBefore(audit.earliestStart) || audit.endDate.isAfter(audit.latestEnd)) {
                    breaches.add("audit " + id + " runs " + audit.startDate + ".." + audit.endDate + " outside "
                            + audit.earliestStart + ".." + audit.latestEnd);
                }
                List<LocalDate> days = days(audit);
                if (days.stream().anyMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY)) {
                    breaches.add("audit " + id + " starts or ends on a weekend");
                }
                List<TeamMember> leads = team.stream().filter(m -> m.role == TeamRole.LEAD).toList();
                if (leads.size() != 1) {
                    breaches.add("audit " + id + " has " + leads.size() + " leads");
                }
                for (TeamMember lead : leads) {
                    boolean qualified = Qualification.<Qualification>list("auditorId", lead.auditorId).stream()
                            .anyMatch(q -> q.role == QualificationRole.LEAD_AUDITOR && q.standard.contains("27001")
                                    && !q.validFrom.isAfter(audit.startDate) && !q.validTo.isBefore(audit.endDate));
                    if (!qualified) {
                        breaches.add("lead " + lead.auditorId + " of audit " + id + " holds no lead qualification valid "
                                + audit.startDate + ".." + audit.endDate);
                    }
                }
                for (TeamMember member : team) {
                    Unavailability.<Unavailability>list("auditorId", member.auditorId).stream()
                            .filter(u -> !u.fromDate.isAfter(audit.endDate) && !u.toDate.isBefore(audit.startDate))
                            .filter(u -> days.stream().anyMatch(d -> !d.isBefore(u.fromDate) && !d.isAfter(u.toDate)))
                            .forEach(u -> breaches.add("auditor " + member.auditorId + " is unavailable " + u.fromDate
                                    + ".." + u.toDate + " during audit " + id));
                }
            }
            breaches.addAll(doubleBookings(auditIds));
            return breaches;
        });
    }

    /** Working days from start to end; every audit day is one of them. */
    private static List<LocalDate> days(Audit audit) {
        return audit.startDate.datesUntil(audit.endDate.plusDays(1))
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                .toList();
    }

    private static List<String> doubleBookings(Collection<Long> auditIds) {
        List<String> breaches = new ArrayList<>();
        Map<Long, Map<LocalDate, Long>> booked = new HashMap<>();
        List<Audit> dated = Audit.list("startDate is not null and status <> ?1", AuditStatus.CANCELLED);
        Map<Long, Audit> byId = new HashMap<>();
        dated.forEach(a -> byId.put(a.id, a));
        for (TeamMember member : TeamMember.<TeamMember>listAll()) {
            Audit audit = byId.get(member.auditId);
            if (audit == null || member.auditorId == null) {
                continue;
            }
            for (LocalDate day : days(audit)) {
                Long other = booked.computeIfAbsent(member.auditorId, k -> new HashMap<>()).putIfAbsent(day, audit.id);
                if (other != null && !other.equals(audit.id)
                        && (auditIds.contains(other) || auditIds.contains(audit.id))) {
                    breaches.add("auditor " + member.auditorId + " is on audits " + other + " and " + audit.id + " on " + day);
                }
            }
        }
        return breaches;
    }
}
