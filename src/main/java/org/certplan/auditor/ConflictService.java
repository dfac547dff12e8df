package org.certplan.auditor;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.certplan.client.Client;
import org.certplan.platform.paging.PageParams;
import org.certplan.platform.paging.PageResult;
import org.certplan.platform.problem.ProblemException;
import org.certplan.platform.problem.ProblemType;
import org.certplan.platform.text.Texts;

/** An auditor's declared conflicts of interest with clients (IMP-1, IMP-2). */
@ApplicationScoped
@Transactional
public class ConflictService {

    private final EligibilityService eligibility;
    private final Clock clock;

    public ConflictService(EligibilityService eligibility, Clock clock) {
        this.eligibility = eligibility;
        this.clock = clock;
    }

    /** Records the conflict and its declaration in the trail, by {@code actor}. */
    public ConflictView add(long auditorId, ConflictRequest request, String actor, Declarant declarant) {
        if (request.to() != null && request.to().isBefore(request.from())) {
            throw ProblemException.invalid("to", "must not be before from " + request.from());
        }
        AuditorService.find(auditorId);
        if (Client.count("id", request.clientId()) == 0) {
            throw ProblemException.invalid("clientId", "client " + request.clientId() + " does not exist");
        }
        ConflictOfInterest c = new ConflictOfInterest();
        c.auditorId = auditorId;
        c.clientId = request.clientId();
        c.reason = request.reason();
        c.fromDate = request.from();
        c.toDate = request.to();
        c.note = request.note();
        c.declaredBy = actor;
        c.declarant = declarant;
        c.persistAndFlush();
        record(c, ConflictEvent.DECLARED, actor);
        return view(c);
    }

    public PageResult<ConflictView> list(long auditorId, PageParams page) {
        AuditorService.find(auditorId);
        var found = ConflictOfInterest.<ConflictOfInterest>find("auditorId", Sort.by("fromDate").and("id"),
                auditorId);
        return new PageResult<>(found.page(page.panache()).list(), page.page, page.size, found.count())
                .map(this::view);
    }

    public ConflictView get(long auditorId, long id) {
        return view(find(auditorId, id));
    }

    /**
     * Withdraws the conflict, recorded in the trail by {@code actor}. An auditor may withdraw only what they declared
     * themself; a planner's record stays until a planner withdraws it.
     */
    public void withdraw(long auditorId, long id, String actor, Declarant withdrawer) {
        ConflictOfInterest c = find(auditorId, id);
        if (withdrawer == Declarant.AUDITOR && c.declarant != Declarant.AUDITOR) {
            throw new ProblemException(ProblemType.FORBIDDEN, "conflict of interest " + id + " was recorded by a "
                    + "planner" + (c.declaredBy == null ? "" : " (" + c.declaredBy + ")")
                    + "; only a planner can withdraw it");
        }
        record(c, ConflictEvent.WITHDRAWN, actor);
        c.delete();
    }

    /** The declarations and withdrawals of the auditor's conflicts, oldest first. */
    public PageResult<ConflictEventView> history(long auditorId, PageParams page) {
        AuditorService.find(auditorId);
        var found = ConflictEvent.<ConflictEvent>find("auditorId", Sort.by("at").and("id"), auditorId);
        return new PageResult<>(found.page(page.panache()).list(), page.page, page.size, found.count())
                .map(ConflictEventView::of);
    }

    private void record(ConflictOfInterest c, String action, String actor) {
        ConflictEvent event = new ConflictEvent();
        event.auditorId = c.auditorId;
        event.conflictId = c.id;
        event.clientId = c.clientId;
        event.action = action;
        event.actor = actor;
        event.detail = Texts.truncate(c.reason + " (" + c.reason.rule() + ") with client " + c.clientId + ", "
                + c.fromDate + " .. " + (c.toDate == null ? "ongoing" : c.toDate)
                + (c.note == null ? "" : ": " + c.note), 1000);
        event.at = clock.instant();
        event.persist();
    }

    private ConflictView view(ConflictOfInterest c) {
        return new ConflictView(c.id, c.clientId, c.reason, c.reason.rule(), c.fromDate, c.toDate, c.note,
                eligibility.rules().barLapses(c.reason, c.toDate), c.toDate == null, c.declaredBy, c.declarant,
                c.createdAt);
    }

    private static ConflictOfInterest find(long auditorId, long id) {
        AuditorService.find(auditorId);
        ConflictOfInterest c = ConflictOfInterest.findById(id);
        if (c == null || !c.auditorId.equals(auditorId)) {
            throw ProblemException.notFound("conflict of interest", id);
        }
        return c;
    }
}
