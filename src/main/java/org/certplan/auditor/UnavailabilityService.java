package org.certplan.auditor;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.certplan.platform.paging.PageParams;
import org.certplan.platform.paging.PageResult;
import org.certplan.platform.problem.ProblemException;

/** An auditor's declared unavailability (CAP-2); the periods of one auditor never overlap. */
@ApplicationScoped
@Transactional
public class UnavailabilityService {

    public UnavailabilityView add(long auditorId, UnavailabilityRequest request) {
        if (request.to().isBefore(request.from())) {
            throw ProblemException.invalid("to", "must not be before from " + request.from());
        }
        AuditorService.findLocked(auditorId);
        Unavailability other = Unavailability.<Unavailability>find(
                "auditorId = ?1 and fromDate <= ?2 and toDate >= ?3 order by fromDate", auditorId, request.to(),
                request.from()).firstResult();
        if (other != null) {
            throw ProblemException.invalid("from", "the period " + request.from() + " to " + request.to()
                    + " overlaps unavailability " + other.id + " from " + other.fromDate + " to " + other.toDate);
        }
        Unavailability u = new Unavailability();
        u.auditorId = auditorId;
        u.fromDate = request.from();
        u.toDate = request.to();
        u.reason = request.reason();
        u.persist();
        return UnavailabilityView.of(u);
    }

    public PageResult<UnavailabilityView> list(long auditorId, PageParams page) {
        AuditorService.find(auditorId);
        var found = Unavailability.<Unavailability>find("auditorId", Sort.by("fromDate").and("id"), auditorId);
        return new PageResult<>(found.page(page.panache()).list(), page.page, page.size, found.count())
                .map(UnavailabilityView::of);
    }

    public UnavailabilityView get(long auditorId, long id) {
        return UnavailabilityView.of(find(auditorId, id));
    }

    public void delete(long auditorId, long id) {
        find(auditorId, id).delete();
    }

    private static Unavailability find(long auditorId, long id) {
        AuditorService.find(auditorId);
        Unavailability u = Unavailability.findById(id);
        if (u == null || !u.auditorId.equals(auditorId)) {
            throw ProblemException.notFound("unavailability", id);
        }
        return u;
    }
}
