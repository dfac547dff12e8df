package org.certplan.auditor;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.certplan.client.Client;
import org.certplan.platform.paging.PageParams;
import org.certplan.platform.paging.PageResult;
import org.certplan.platform.problem.ProblemException;

/** An auditor's declared conflicts of interest with clients (IMP-1, IMP-2). */
@ApplicationScoped
@Transactional
public class ConflictService {

    private final EligibilityService eligibility;

    public ConflictService(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    public ConflictView add(long auditorId, ConflictRequest request) {
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
        c.persistAndFlush();
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

    public void delete(long auditorId, long id) {
        find(auditorId, id).delete();
    }

    private ConflictView view(ConflictOfInterest c) {
        return new ConflictView(c.id, c.clientId, c.reason, c.reason.rule(), c.fromDate, c.toDate, c.note,
                eligibility.rules().barLapses(c.reason, c.toDate), c.toDate == null, c.createdAt);
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
