package org.certplan.portal;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.certplan.audit.Audit;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.TeamMember;
import org.certplan.audit.TeamRole;
import org.certplan.audit.TeamSeats;
import org.certplan.auditor.Auditor;
import org.certplan.client.Certification;
import org.certplan.client.Client;
import org.certplan.platform.paging.PageParams;
import org.certplan.platform.paging.PageResult;
import org.certplan.platform.problem.ProblemException;

/** The read-only views of the client portal, always of one client. */
@ApplicationScoped
public class PortalService {

    private static final List<AuditStatus> OPEN = List.of(AuditStatus.UNPLANNED, AuditStatus.PLANNED,
            AuditStatus.CONFIRMED);

    private final TeamSeats seats;

    public PortalService(TeamSeats seats) {
        this.seats = seats;
    }

    @Transactional
    public PageResult<PortalAuditView> audits(long clientId, PageParams paging) {
        requireClient(clientId);
        PanacheQuery<Audit> query = Audit.<Audit>find(
                "clientId = ?1 order by coalesce(startDate, targetDate), id", clientId).page(paging.panache());
        List<Audit> audits = query.list();
        Map<Long, List<TeamMember>> teams = teams(audits);
        Map<Long, String> leads = leadNames(teams);
        return new PageResult<>(audits, paging.page, paging.size, query.count())
                .map(a -> view(a, shown(a, teams), leads.get(a.id)));
    }

    @Transactional
    public PageResult<PortalCertificationView> certifications(long clientId, PageParams paging) {
        requireClient(clientId);
        PanacheQuery<Certification> query = Certification.<Certification>find("client.id = ?1 order by id", clientId)
                .page(paging.panache());
        return new PageResult<>(query.list(), paging.page, paging.size, query.count()).map(this::view);
    }

    private PortalCertificationView view(Certification c) {
        Optional<Audit> next = Audit.<Audit>find("certificationId = ?1 and status in ?2 "
                + "order by coalesce(startDate, targetDate), id", c.id, OPEN).firstResultOptional();
        return new PortalCertificationView(c.id, c.standard, c.scope, c.status, c.cycleStart, c.expiry,
                next.map(a -> {
                    ShownDates shown = shown(a, teams(List.of(a)));
                    return new PortalCertificationView.NextAudit(a.id, a.type, shown.status(), shown.start(),
                            shown.end(), a.latestEnd, shown.text());
                }).orElse(null));
    }

    private ShownDates shown(Audit audit, Map<Long, List<TeamMember>> teams) {
        return ShownDates.of(audit, seats.whole(audit.onsiteDays,
                TeamSeats.roles(teams.getOrDefault(audit.id, List.of()))));
    }

    /** The lead's name only once the audit has a date to show: the client is told who leads a planned audit. */
    private static PortalAuditView view(Audit a, ShownDates shown, String lead) {
        return new PortalAuditView(a.id, a.certificationId, a.type, AuditLabels.of(a.type), a.status,
                shown.status(), shown.start(), shown.end(), shown.text(), a.earliestStart, a.latestEnd,
                shown.start() == null && a.isOpen() ? null : lead, a.auditorDays, a.onsiteDays, a.remote);
    }

    private static Map<Long, List<TeamMember>> teams(List<Audit> audits) {
        if (audits.isEmpty()) {
            return Map.of();
        }
        return TeamMember.<TeamMember>list("auditId in ?1 and auditorId is not null order by id",
                audits.stream().map(a -> a.id).toList()).stream().collect(Collectors.groupingBy(m -> m.auditId));
    }

    /** The lead auditor's name per audit: the only personal data of an auditor a client is shown. */
    private static Map<Long, String> leadNames(Map<Long, List<TeamMember>> teams) {
        List<TeamMember> leads = teams.values().stream().flatMap(List::stream).filter(m -> m.role == TeamRole.LEAD)
                .toList();
        if (leads.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = Auditor.<Auditor>list("id in ?1", leads.stream().map(m -> m.auditorId).toList())
                .stream().collect(Collectors.toMap(a -> a.id, a -> a.name));
        return leads.stream().filter(m -> names.containsKey(m.auditorId))
                .collect(Collectors.toMap(m -> m.auditId, m -> names.get(m.auditorId), (first, second) -> first));
    }

    private static void requireClient(long clientId) {
        if (Client.findByIdOptional(clientId).isEmpty()) {
            throw ProblemException.notFound("client", clientId);
        }
    }
}
