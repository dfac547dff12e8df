package org.certplan.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.certplan.platform.paging.PageParams;
import org.certplan.platform.paging.PageResult;
import org.certplan.platform.problem.ProblemException;
import org.certplan.programme.AuditType;
import org.certplan.programme.CycleCalendar;
import org.certplan.programme.RuleViolation;
import org.certplan.programme.Window;

/** Reads audits and records that they were held, with their findings. */
@ApplicationScoped
public class AuditService {

    @Inject
    AuditTrail trail;

    @Inject
    Findings findings;

    @Inject
    CycleCalendar calendar;

    @Inject
    TeamView teams;

    @Inject
    Event<AuditCompleted> completed;

    @Inject
    Clock clock;

    public Audit find(long id) {
        return Audit.<Audit>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("audit", id));
    }

    public AuditView view(long id) {
        return view(find(id));
    }

    public AuditView view(Audit audit) {
        return AuditView.of(audit, teams.of(audit.id));
    }

    public PageResult<AuditView> list(AuditFilter filter, PageParams paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.from() != null) {
            where.append(" and coalesce(endDate, latestEnd) >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and coalesce(startDate, earliestStart) <= :to");
            params.and("to", filter.to());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.type() != null) {
            where.append(" and type = :type");
            params.and("type", filter.type());
        }
        if (filter.clientId() != null) {
            where.append(" and clientId = :clientId");
            params.and("clientId", filter.clientId());
        }
        if (filter.certificationId() != null) {
            where.append(" and certificationId = :certificationId");
            params.and("certificationId", filter.certificationId());
        }
        if (filter.auditorId() != null) {
            where.append(" and id in (select m.auditId from TeamMember m where m.auditorId = :auditorId)");
            params.and("auditorId", filter.auditorId());
        }
        PanacheQuery<Audit> query = Audit.find(where + " order by coalesce(startDate, targetDate), id", params)
                .page(paging.panache());
        return new PageResult<>(query.list(), paging.page, paging.size, query.count()).map(this::view);
    }

    public List<Audit> ofCertification(long certificationId) {
        return Audit.list("certificationId = ?1 order by cycleNumber, earliestStart, id", certificationId);
    }

    public Optional<Audit> openOfType(long certificationId, int cycleNumber, AuditType type) {
        return Audit.<Audit>find("certificationId = ?1 and cycleNumber = ?2 and type = ?3 and status not in ?4",
                certificationId, cycleNumber, type, List.of(AuditStatus.COMPLETED, AuditStatus.CANCELLED))
                .firstResultOptional();
    }

    public Optional<Audit> completedOfType(long certificationId, int cycleNumber, AuditType type) {
        return Audit.<Audit>find("certificationId = ?1 and cycleNumber = ?2 and type = ?3 and status = ?4 "
                        + "order by endDate desc", certificationId, cycleNumber, type, AuditStatus.COMPLETED)
                .firstResultOptional();
    }

    @Transactional
    public AuditView complete(long id, CompletionRequest request) {
        Audit audit = find(id);
        if (!audit.isOpen()) {
            throw ProblemException.invalidState("audit " + id + " is " + audit.status + "; only an open audit can be completed");
        }
        LocalDate start = request.startDate() != null ? request.startDate() : audit.startDate;
        if (start == null) {
            throw ProblemException.invalid("startDate", "is required: the audit has no planned start date");
        }
        if (request.endDate().isBefore(start)) {
            throw ProblemException.invalid("endDate", "must not be before the start date " + start);
        }
        if (request.endDate().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("endDate", "lies in the future; record an audit once it has been held");
        }
        if (audit.type == AuditType.STAGE_2) {
            requireStage1Before(audit, start);
        }
        audit.startDate = start;
        audit.endDate = request.endDate();
        audit.status = AuditStatus.COMPLETED;
        String actor = request.actor() == null ? "planner" : request.actor();
        trail.record(audit, AuditEvent.Source.PLANNER, actor, "COMPLETED",
                "held " + start + " .. " + audit.endDate + ", " + request.findingsOrEmpty().size() + " finding(s)",
                null);
        findings.raise(audit, request.findingsOrEmpty());
        completed.fire(new AuditCompleted(audit.id, audit.certificationId, audit.type, start, audit.endDate));
        return view(audit);
    }

    /** Moves an open audit's window, e.g. when the audit it depends on was held (CYC-5, CYC-7). */
    public void reschedule(Audit audit, Window window, String why) {
        if (!audit.isOpen()) {
            return;
        }
        audit.earliestStart = window.earliestStart();
        audit.targetDate = window.target();
        audit.latestEnd = window.latestEnd();
        trail.system(audit, "WINDOW_CHANGED", "due " + window.earliestStart() + " .. " + window.latestEnd()
                + ", target " + window.target() + ": " + why);
    }

    /** Cancels every open audit of a certification, e.g. at withdrawal. */
    public void cancelOpen(long certificationId, String actor, String reason) {
        for (Audit audit : ofCertification(certificationId)) {
            if (audit.isOpen()) {
                audit.status = AuditStatus.CANCELLED;
                trail.record(audit, AuditEvent.Source.PLANNER, actor, "CANCELLED", null, reason);
            }
        }
    }

    public List<AuditEventView> history(long id) {
        find(id);
        return trail.history(id).stream().map(AuditEventView::of).toList();
    }

    /** CYC-7: stage 2 is held after stage 1, not sooner than the minimum gap and not later than the maximum. */
    private void requireStage1Before(Audit stage2, LocalDate start) {
        Audit stage1 = completedOfType(stage2.certificationId, stage2.cycleNumber, AuditType.STAGE_1)
                .orElseThrow(() -> ProblemException.invalidState("stage 1 of certification "
                        + stage2.certificationId + " has not been completed; stage 2 cannot be recorded before it"));
        Window allowed = calendar.stage2AfterStage1(stage1.endDate);
        if (start.isBefore(allowed.earliestStart())) {
            throw new RuleViolation("CYC-7", "stage 2 may start on " + allowed.earliestStart()
                    + " at the earliest, after stage 1 ended on " + stage1.endDate);
        }
        if (start.isAfter(allowed.latestEnd())) {
            throw new RuleViolation("CYC-7", "stage 1 (ended " + stage1.endDate + ") is no longer valid after "
                    + allowed.latestEnd() + "; stage 1 must be repeated");
        }
    }

    public List<AuditView> views(List<Audit> audits) {
        List<AuditView> views = new ArrayList<>();
        audits.forEach(a -> views.add(view(a)));
        return views;
    }
}
