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

    @Transactional
    public PageResult<PortalAuditView> audits(long clientId, PageParams paging) {
        requireClient(clientId);
        PanacheQuery<Audit> query = Audit.<Audit>find(
                "clientId = ?1 order by coalesce(startDate, targetDate), id", clientId).page(paging.panache());
        List<Audit> audits = query.list();
        Map<Long, String> leads = leadNames(audits);
        return new PageResult<>(audits, paging.page, paging.size, query.count()).map(a -> view(a, leads.get(a.id)));
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
                next.map(a -> new PortalCertificationView.NextAudit(a.id, a.type, DateStatus.of(a.status), a.startDate,
                        a.endDate, a.latestEnd)).orElse(null));
    }

    private static PortalAuditView view(Audit a, String lead) {
        boolean dated = a.startDate != null && a.status != AuditStatus.UNPLANNED;
        return new PortalAuditView(a.id, a.certificationId, a.type, AuditLabels.of(a.type), a.status,
                DateStatus.of(a.status), dated ? a.startDate : null, dated ? a.endDate : null, a.earliestStart,
                a.latestEnd, lead, a.auditorDays, a.onsiteDays, a.remote);
    }

    /** The lead auditor's name per audit: the only personal data of an auditor a client is shown. */
    private static Map<Long, String> leadNames(List<Audit> audits) {
        if (audits.isEmpty()) {
            return Map.of();
        }
        List<TeamMember> leads = TeamMember.list("auditId in ?1 and role = ?2 and auditorId is not null",
                audits.stream().map(a -> a.id).toList(), TeamRole.LEAD);
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
