package org.certplan.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.certplan.client.Certification;
import org.certplan.client.ClientSite;
import org.certplan.programme.AuditType;
import org.certplan.programme.Window;

/** Creates the audits of a certification's programme: window, the sites to visit and their auditor-days. */
@ApplicationScoped
public class AuditGenerator {

    @Inject
    SiteSamples samples;

    @Inject
    AuditTimes times;

    @Inject
    AuditTrail trail;

    public Audit create(Certification certification, AuditType type, Window window, Long raisedByAuditId) {
        List<ClientSite> sites = samples.sites(certification);
        Audit audit = new Audit();
        audit.certificationId = certification.id;
        audit.clientId = certification.client.id;
        audit.cycleNumber = certification.cycleNumber;
        audit.type = type;
        audit.status = AuditStatus.UNPLANNED;
        audit.earliestStart = window.earliestStart();
        audit.targetDate = window.target();
        audit.latestEnd = window.latestEnd();
        audit.raisedByAuditId = raisedByAuditId;
        audit.siteIds.addAll(samples.draw(certification, type, sites));
        times.fill(certification, audit, sites);
        audit.persist();
        trail.system(audit, "CREATED", type + " due " + window.earliestStart() + " .. " + window.latestEnd()
                + ", target " + window.target() + ", " + audit.auditorDays + " auditor-days");
        return audit;
    }
}
