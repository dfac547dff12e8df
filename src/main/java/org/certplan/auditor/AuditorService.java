package org.certplan.auditor;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.TeamMember;
import org.certplan.platform.paging.PageParams;
import org.certplan.platform.paging.PageResult;
import org.certplan.platform.problem.ProblemException;
import org.certplan.platform.problem.WriteConflicts;
import org.certplan.rules.QualificationRole;

/** Auditors and their qualifications. */
@ApplicationScoped
@Transactional
public class AuditorService {

    private static final String UNIQUE_EMAIL = "uq_auditor_email";

    public AuditorView create(AuditorRequest request) {
        requireUniqueEmail(request.email(), null);
        Auditor auditor = new Auditor();
        apply(request, auditor);
        WriteConflicts.guard(UNIQUE_EMAIL, () -> emailTaken(auditor.email), auditor::persistAndFlush);
        return AuditorView.of(auditor);
    }

    public AuditorView get(long id) {
        return AuditorView.of(find(id));
    }

    /**
     * Auditors by name or email ({@code q}), by a technical area or a role they hold a current or future
     * qualification for; null filters are ignored.
     */
    public PageResult<AuditorView> list(String q, String technicalArea, QualificationRole role, PageParams page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q != null && !q.isBlank()) {
            where.add("(lower(a.name) like :q or lower(a.email) like :q)");
            params.and("q", "%" + q.trim().toLowerCase() + "%");
        }
        if (technicalArea != null && !technicalArea.isBlank()) {
            where.add("""
                    exists (select 1 from Qualification qa join qa.technicalAreas area
                            where qa.auditorId = a.id and area = :area and qa.validTo >= :today)""");
            params.and("area", technicalArea.trim()).and("today", LocalDate.now());
        }
        if (role != null) {
            where.add("exists (select 1 from Qualification qr where qr.auditorId = a.id and qr.role = :role"
                    + " and qr.validTo >= :today)");
            params.and("role", role).and("today", LocalDate.now());
        }
        String query = "from Auditor a" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by a.name, a.id";
        var found = Auditor.<Auditor>find(query, params);
        long total = found.count();
        return new PageResult<>(found.page(page.panache()).list(), page.page, page.size, total).map(AuditorView::of);
    }

    public AuditorView update(long id, AuditorRequest request) {
        if (request.version() == null) {
            throw ProblemException.invalid("version", "is required for an update");
        }
        Auditor auditor = find(id);
        if (auditor.version != request.version()) {
            throw ProblemException.staleVersion("auditor " + id, request.version(), auditor.version);
        }
        requireUniqueEmail(request.email(), id);
        apply(request, auditor);
        // not Auditor::flush: that binds to PanacheEntityBase.flush, which only the entity's generated copy implements
        WriteConflicts.guard(UNIQUE_EMAIL, () -> emailTaken(auditor.email), () -> Auditor.flush());
        return AuditorView.of(auditor);
    }

    /** Refused while the auditor is on the team of an open audit; closed audits keep their team rows. */
    public void delete(long id) {
        Auditor auditor = find(id);
        List<Long> open = TeamMember.getEntityManager().createQuery("""
                        select distinct a.id from TeamMember m join Audit a on a.id = m.auditId
                        where m.auditorId = :id and a.status not in :closed order by a.id""", Long.class)
                .setParameter("id", id)
                .setParameter("closed", List.of(AuditStatus.COMPLETED, AuditStatus.CANCELLED))
                .getResultList();
        if (!open.isEmpty()) {
            throw ProblemException.invalidState("auditor " + id + " is on the team of open audits "
                    + open.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + "; take them off those teams first");
        }
        auditor.delete();
    }

    public List<QualificationView> qualifications(long auditorId) {
        find(auditorId);
        return Qualification.<Qualification>find("auditorId = ?1 order by validFrom, id", auditorId).stream()
                .map(QualificationView::of).toList();
    }

    /** Replaces the auditor's whole set of qualifications. */
    public List<QualificationView> replaceQualifications(long auditorId, List<QualificationRequest> requests) {
        for (int i = 0; i < requests.size(); i++) {
            QualificationRequest r = requests.get(i);
            if (r.validTo().isBefore(r.validFrom())) {
                throw ProblemException.invalid("[" + i + "].validTo", "must not be before validFrom " + r.validFrom());
            }
        }
        findLocked(auditorId);
        Qualification.<Qualification>list("auditorId", auditorId).forEach(Qualification::delete);
        for (QualificationRequest r : requests) {
            Qualification q = new Qualification();
            q.auditorId = auditorId;
            q.standard = r.standard().trim();
            q.role = r.role();
            q.technicalAreas = new TreeSet<>(r.technicalAreas());
            q.validFrom = r.validFrom();
            q.validTo = r.validTo();
            q.persist();
        }
        Qualification.flush();
        return qualifications(auditorId);
    }

    static Auditor find(long id) {
        Auditor auditor = Auditor.findById(id);
        if (auditor == null) {
            throw ProblemException.notFound("auditor", id);
        }
        return auditor;
    }

    /** The auditor, locked until the transaction ends, so that changes to its sub-resources serialise. */
    static Auditor findLocked(long id) {
        Auditor auditor = Auditor.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (auditor == null) {
            throw ProblemException.notFound("auditor", id);
        }
        return auditor;
    }

    private static void requireUniqueEmail(String email, Long except) {
        Auditor other = Auditor.find("email", email.trim()).firstResult();
        if (other != null && !other.id.equals(except)) {
            throw ProblemException.conflict("an auditor with email " + email.trim() + " already exists (auditor "
                    + other.id + ")");
        }
    }

    /** Also the answer when a concurrent request stored the address after the check above. */
    private static ProblemException emailTaken(String email) {
        return ProblemException.conflict("an auditor with email " + email + " already exists");
    }

    private static void apply(AuditorRequest request, Auditor auditor) {
        auditor.name = request.name().trim();
        auditor.email = request.email().trim();
        auditor.homeCountryCode = request.homeCountryCode();
        auditor.homeCity = request.homeCity().trim();
        auditor.latitude = request.latitude();
        auditor.longitude = request.longitude();
        auditor.languages.clear();
        auditor.languages.addAll(request.languages());
        auditor.employment = request.employment();
        auditor.maxDaysPerMonth = request.maxDaysPerMonth();
        auditor.maxDaysPerYear = request.maxDaysPerYear();
    }
}
