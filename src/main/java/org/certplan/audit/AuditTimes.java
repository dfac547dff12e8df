package org.certplan.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.certplan.client.Certification;
import org.certplan.client.ClientChanged;
import org.certplan.client.ClientSite;
import org.certplan.programme.AuditTime;
import org.certplan.programme.AuditType;
import org.certplan.programme.CertificationStatus;
import org.certplan.programme.MultiSiteAuditTime;
import org.certplan.programme.ProgrammePolicy;
import org.certplan.programme.SampledAuditTime;

/**
 * The time of each audit from the sites it counts: a single-site client's from the certification's calculation, a
 * multi-site client's from the audit's own sample (MS-4); and audits not yet held kept so when the sites change.
 */
@ApplicationScoped
public class AuditTimes {

    private static final List<AuditType> PROGRAMME = List.of(AuditType.STAGE_1, AuditType.STAGE_2,
            AuditType.SURVEILLANCE_1, AuditType.SURVEILLANCE_2, AuditType.RECERTIFICATION);
    private static final List<AuditStatus> NOT_HELD =
            List.of(AuditStatus.UNPLANNED, AuditStatus.PLANNED, AuditStatus.CONFIRMED);

    @Inject
    ProgrammePolicy policy;

    @Inject
    MultiSiteAuditTime multiSite;

    @Inject
    SiteSamples samples;

    @Inject
    AuditTrail trail;

    /** One audit's part of the AT-10 justification; {@code auditId} is null for an audit not generated yet. */
    public record Line(Long auditId, SampledAuditTime time) {
    }

    public AuditTime organisation(Certification certification) {
        return certification.auditTime.toAuditTime(policy.followUpAuditorDays());
    }

    /** Sets the audit's auditor-days and its on-site and remote days (AT-8, AT-9) from the sites it counts. */
    void fill(Certification certification, Audit audit, List<ClientSite> sites) {
        AuditTime organisation = organisation(certification);
        BigDecimal days = sampled(certification, audit.type, audit.siteIds, sites)
                .map(SampledAuditTime::auditorDays).orElseGet(() -> organisation.daysFor(audit.type));
        audit.auditorDays = days;
        audit.onsiteDays = organisation.onsiteDays(days);
        audit.remoteDays = organisation.remoteDays(days);
        audit.remote = audit.remoteDays.signum() > 0;
    }

    /**
     * AT-10 for a multi-site client: each programme audit of the current cycle from its sample, and an audit not
     * generated yet from the sample it would get today. Empty for a single-site client.
     */
    public List<Line> programme(Certification certification) {
        List<ClientSite> sites = samples.sites(certification);
        List<Line> lines = new ArrayList<>();
        if (sites.size() < 2) {
            return lines;
        }
        for (AuditType type : PROGRAMME) {
            Optional<Audit> audit = current(certification, type);
            Collection<Long> siteIds = audit.<Collection<Long>>map(a -> a.siteIds)
                    .orElseGet(() -> samples.draw(certification, type, sites));
            lines.add(new Line(audit.map(a -> a.id).orElse(null),
                    sampled(certification, type, siteIds, sites).orElseThrow()));
        }
        return lines;
    }

    void onClientChanged(@Observes ClientChanged changed) {
        List<Certification> active = Certification.list("client.id = ?1 and status in ?2", changed.clientId(),
                CertificationStatus.active());
        String reason = "the client's sites changed"
                + (changed.closedSiteIds().isEmpty() ? "" : ", sites " + changed.closedSiteIds() + " closed");
        active.forEach(c -> recalculate(c, AuditEvent.Source.PLANNER, changed.actor(), reason));
    }

    /**
     * Brings the audits not yet held in line with the client's sites: a sample that no longer fits them (a site
     * closed, the sample size changed) is drawn again, and the time recalculated; each change goes in the audit's
     * trail. Returns the number of audits changed.
     */
    public int recalculate(Certification certification, AuditEvent.Source source, String actor, String reason) {
        List<ClientSite> sites = samples.sites(certification);
        List<Audit> open = Audit.list("certificationId = ?1 and status in ?2 order by id", certification.id,
                NOT_HELD);
        List<String> before = open.stream().map(AuditTimes::describe).toList();
        for (Audit audit : open) {
            if (!samples.fits(certification, audit.type, audit.siteIds, sites)) {
                audit.siteIds.clear();
                Audit.flush();
                audit.siteIds.addAll(samples.draw(certification, audit.type, sites));
            }
        }
        int changed = 0;
        for (int i = 0; i < open.size(); i++) {
            Audit audit = open.get(i);
            fill(certification, audit, sites);
            String after = describe(audit);
            if (!after.equals(before.get(i))) {
                trail.record(audit, source, actor, "AUDIT_TIME_RECALCULATED", before.get(i) + " -> " + after,
                        reason + " (MS-1..MS-4)");
                changed++;
            }
        }
        return changed;
    }

    private Optional<SampledAuditTime> sampled(Certification certification, AuditType type,
            Collection<Long> siteIds, List<ClientSite> sites) {
        if (sites.size() < 2 || !PROGRAMME.contains(type)) {
            return Optional.empty();
        }
        Collection<Long> counted = type == AuditType.STAGE_1 ? stage2Sample(certification, sites) : siteIds;
        return Optional.of(multiSite.calculate(organisation(certification), type,
                sites.stream().filter(s -> counted.contains(s.id)).map(ClientSite::input).toList()));
    }

    /** Stage 1 and stage 2 together are the initial audit: stage 1's time counts stage 2's sample. */
    private Collection<Long> stage2Sample(Certification certification, List<ClientSite> sites) {
        return current(certification, AuditType.STAGE_2).<Collection<Long>>map(a -> a.siteIds)
                .orElseGet(() -> samples.draw(certification, AuditType.STAGE_2, sites));
    }

    private static Optional<Audit> current(Certification certification, AuditType type) {
        return Audit.<Audit>find("certificationId = ?1 and cycleNumber = ?2 and type = ?3 and status <> ?4 "
                        + "order by id desc", certification.id, certification.cycleNumber, type, AuditStatus.CANCELLED)
                .firstResultOptional();
    }

    private static String describe(Audit audit) {
        return "sites " + audit.siteIds + ", " + audit.auditorDays + " auditor-days (" + audit.onsiteDays
                + " on site)";
    }
}
