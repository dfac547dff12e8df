package org.certplan.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.certplan.platform.problem.ProblemException;

/** Nonconformities: listing, and closing one when a completed audit verified its correction. */
@ApplicationScoped
public class NonconformityService {

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    public Nonconformity find(long id) {
        return Nonconformity.<Nonconformity>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("nonconformity", id));
    }

    public List<Nonconformity> ofCertification(long certificationId) {
        return Nonconformity.list("certificationId = ?1 order by raisedOn, id", certificationId);
    }

    public long openMajors(long certificationId) {
        return Nonconformity.count("certificationId = ?1 and grade = ?2 and status = ?3", certificationId,
                Nonconformity.Grade.MAJOR, Nonconformity.Status.OPEN);
    }

    @Transactional
    public NonconformityView close(long id, ClosureRequest request) {
        Nonconformity nc = find(id);
        if (nc.status == Nonconformity.Status.CLOSED) {
            throw ProblemException.invalidState("nonconformity " + id + " was already closed on " + nc.verifiedOn);
        }
        Audit audit = Audit.<Audit>findByIdOptional(request.auditId())
                .orElseThrow(() -> ProblemException.invalid("auditId", "audit " + request.auditId() + " does not exist"));
        if (!audit.certificationId.equals(nc.certificationId)) {
            throw ProblemException.invalid("auditId", "audit " + audit.id + " belongs to another certification");
        }
        if (audit.id.equals(nc.auditId)) {
            throw ProblemException.invalid("auditId", "the audit that raised the nonconformity cannot verify it");
        }
        if (audit.status != AuditStatus.COMPLETED) {
            throw ProblemException.invalidState("audit " + audit.id + " is " + audit.status
                    + "; a correction is verified by a completed audit");
        }
        if (request.verifiedOn().isBefore(audit.startDate) || request.verifiedOn().isBefore(nc.raisedOn)) {
            throw ProblemException.invalid("verifiedOn", "must not be before the verifying audit started ("
                    + audit.startDate + ") nor before the nonconformity was raised (" + nc.raisedOn + ")");
        }
        if (request.verifiedOn().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("verifiedOn", "lies in the future");
        }
        nc.status = Nonconformity.Status.CLOSED;
        nc.verifiedOn = request.verifiedOn();
        nc.verifiedByAuditId = audit.id;
        String actor = request.actor() == null ? "planner" : request.actor();
        trail.record(audit, AuditEvent.Source.PLANNER, actor, "NONCONFORMITY_CLOSED",
                nc.grade + " nonconformity " + nc.id + " (" + nc.clause + ") verified on " + nc.verifiedOn, null);
        return NonconformityView.of(nc);
    }
}
