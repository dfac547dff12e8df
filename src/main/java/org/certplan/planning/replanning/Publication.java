package org.certplan.planning.replanning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.certplan.audit.Audit;
import org.certplan.audit.AuditEvent;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.AuditTrail;
import org.certplan.audit.TeamMember;
import org.certplan.audit.TeamRole;
import org.certplan.audit.TeamSeats;
import org.certplan.planning.ProposalApplied;
import org.certplan.planning.PublishedTeam;
import org.certplan.planning.notification.AuditChange;
import org.certplan.planning.notification.ChangeNotifier;

/**
 * Publishing a plan: the date and team of each PLANNED or CONFIRMED audit are recorded as published (sent to the
 * client and the auditors), after which changing them costs (§8.3) and REPAIR keeps them. An applied proposal that
 * changes published audits publishes their new date and team at once. Either way each change set notifies every
 * affected auditor and client once.
 */
@ApplicationScoped
public class Publication {

    private static final List<AuditStatus> PUBLISHABLE = List.of(AuditStatus.PLANNED, AuditStatus.CONFIRMED);

    private final EntityManager em;
    private final AuditTrail trail;
    private final ChangeNotifier notifier;
    private final Clock clock;

    private final TeamSeats seats;

    public Publication(EntityManager em, AuditTrail trail, ChangeNotifier notifier, Clock clock, TeamSeats seats) {
        this.seats = seats;
        this.em = em;
        this.trail = trail;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * Publishes every planned audit starting in {@code [from, to]} whose date or team is not published yet; an audit
     * whose team is not whole (COMP-7) is not published.
     */
    @Transactional
    public PublishResult publish(LocalDate from, LocalDate to, String publishedBy) {
        List<Audit> audits = em.createQuery("""
                        from Audit a where a.status in :statuses and a.startDate between :from and :to
                        order by a.id""", Audit.class)
                .setParameter("statuses", PUBLISHABLE).setParameter("from", from).setParameter("to", to)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Map<Long, List<Long>> teams = seatOrders(audits.stream().map(a -> a.id).toList());
        Instant now = clock.instant();
        List<AuditChange> changes = new ArrayList<>();
        for (Audit audit : audits) {
            List<Long> team = teams.getOrDefault(audit.id, List.of());
            if (!seats.whole(audit.onsiteDays, roles(team))) {
                continue;
            }
            String teamText = PublishedTeam.format(team);
            if (audit.publishedAt != null && Objects.equals(audit.publishedStartDate, audit.startDate)
                    && Objects.equals(audit.publishedEndDate, audit.endDate) && teamText.equals(audit.publishedTeam)) {
                continue;
            }
            AuditChange.Placement before = audit.publishedAt == null ? null : new AuditChange.Placement(
                    audit.publishedStartDate, audit.publishedEndDate, PublishedTeam.parse(audit.publishedTeam));
            audit.publishedAt = now;
            audit.publishedStartDate = audit.startDate;
            audit.publishedEndDate = audit.endDate;
            audit.publishedTeam = teamText;
            trail.record(audit, AuditEvent.Source.PLANNER, publishedBy, "PUBLISHED",
                    audit.startDate + ".." + audit.endDate + "; team: " + (team.isEmpty() ? "none" : teamText),
                    "published to the client and the auditors");
            changes.add(new AuditChange(audit.id, audit.clientId, audit.type, before,
                    new AuditChange.Placement(audit.startDate, audit.endDate, team), "published"));
        }
        String changeSet = "publication " + now;
        notifier.notify(changeSet, changes);
        return new PublishResult(changes.stream().map(AuditChange::auditId).toList(), changeSet);
    }

    /**
     * Within the apply transaction: each published audit the proposal changed is published again with its new date
     * and team (or is no longer published when it was taken off the plan), and the change set is notified.
     */
    void republish(@Observes ProposalApplied applied) {
        List<AuditChange> changes = new ArrayList<>();
        List<Long> ids = applied.changes().stream().filter(c -> c.published).map(c -> c.auditId).toList();
        Map<Long, List<Long>> teams = seatOrders(ids);
        Instant now = clock.instant();
        for (var change : applied.changes()) {
            if (!change.published) {
                continue;
            }
            Audit audit = em.find(Audit.class, change.auditId);
            AuditChange.Placement before = audit.publishedAt == null ? null : new AuditChange.Placement(
                    audit.publishedStartDate, audit.publishedEndDate, PublishedTeam.parse(audit.publishedTeam));
            AuditChange.Placement after = null;
            if (audit.startDate == null) {
                audit.publishedAt = null;
                audit.publishedStartDate = null;
                audit.publishedEndDate = null;
                audit.publishedTeam = null;
            } else {
                List<Long> team = teams.getOrDefault(audit.id, List.of());
                audit.publishedAt = now;
                audit.publishedStartDate = audit.startDate;
                audit.publishedEndDate = audit.endDate;
                audit.publishedTeam = PublishedTeam.format(team);
                after = new AuditChange.Placement(audit.startDate, audit.endDate, team);
            }
            String reason = change.forcedBy != null ? "forced by " + change.forcedBy
                    : change.unassignedReason != null ? change.unassignedReason : "re-planned";
            changes.add(new AuditChange(audit.id, audit.clientId, audit.type, before, after, reason));
        }
        notifier.notify("planning run " + applied.runId(), changes);
    }

    /** The roles of a seat order: the lead when seat 0 holds one, an auditor for every other seat. */
    private static List<TeamRole> roles(List<Long> seatOrder) {
        List<TeamRole> roles = new ArrayList<>();
        for (int i = 0; i < seatOrder.size(); i++) {
            if (seatOrder.get(i) != null) {
                roles.add(i == 0 ? TeamRole.LEAD : TeamRole.AUDITOR);
            }
        }
        return roles;
    }

    /** Per audit, the auditor of each seat: the lead (null when there is none), then the auditors in the order added. */
    private static Map<Long, List<Long>> seatOrders(List<Long> auditIds) {
        if (auditIds.isEmpty()) {
            return Map.of();
        }
        List<TeamMember> members = TeamMember.list("auditId in ?1 and role in ?2 order by auditId, id", auditIds,
                List.of(TeamRole.LEAD, TeamRole.AUDITOR));
        Map<Long, List<Long>> orders = new java.util.HashMap<>();
        members.stream().filter(m -> m.auditorId != null)
                .collect(Collectors.groupingBy(m -> m.auditId))
                .forEach((auditId, team) -> {
                    List<Long> seats = new ArrayList<>();
                    seats.add(team.stream().filter(m -> m.role == TeamRole.LEAD).map(m -> m.auditorId).findFirst()
                            .orElse(null));
                    team.stream().filter(m -> m.role == TeamRole.AUDITOR).forEach(m -> seats.add(m.auditorId));
                    orders.put(auditId, seats);
                });
        return orders;
    }

    public record PublishResult(List<Long> auditIds, String changeSet) {
    }
}
