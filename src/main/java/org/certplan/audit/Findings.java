package org.certplan.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.certplan.client.Certification;
import org.certplan.programme.AuditType;
import org.certplan.programme.CycleCalendar;
import org.certplan.programme.Window;

/** Records findings as nonconformities and major ones into a follow-up audit (NC-1, NC-2). */
@ApplicationScoped
public class Findings {

    @Inject
    AuditGenerator generator;

    @Inject
    CycleCalendar calendar;

    @Inject
    AuditTrail trail;

    void raise(Audit audit, List<CompletionRequest.Finding> findings) {
        Audit followUp = null;
        for (CompletionRequest.Finding finding : findings) {
            Nonconformity nc = new Nonconformity();
            nc.certificationId = audit.certificationId;
            nc.auditId = audit.id;
            nc.grade = finding.grade();
            nc.clause = finding.clause();
            nc.description = finding.description();
            nc.status = Nonconformity.Status.OPEN;
            nc.raisedOn = audit.endDate;
            if (finding.grade() == Nonconformity.Grade.MAJOR) {
                if (followUp == null) {
                    followUp = openFollowUp(audit.certificationId).orElseGet(() -> create(audit));
                }
                nc.followUpAuditId = followUp.id;
                nc.dueDate = calendar.followUp(audit.endDate).latestEnd();
            }
            nc.persist();
        }
    }

    private Audit create(Audit raising) {
        Certification certification = Certification.findById(raising.certificationId);
        Window window = calendar.followUp(raising.endDate);
        Audit followUp = generator.create(certification, AuditType.FOLLOW_UP, window, raising.id);
        trail.system(raising, "FOLLOW_UP_RAISED", "major nonconformity: follow-up audit " + followUp.id
                + " due by " + window.latestEnd() + " (NC-2)");
        return followUp;
    }

    private Optional<Audit> openFollowUp(long certificationId) {
        return Audit.<Audit>find("certificationId = ?1 and type = ?2 and status not in ?3", certificationId,
                AuditType.FOLLOW_UP, List.of(AuditStatus.COMPLETED, AuditStatus.CANCELLED)).firstResultOptional();
    }
}
