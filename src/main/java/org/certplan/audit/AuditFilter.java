package org.certplan.audit;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.certplan.platform.problem.ProblemException;
import org.certplan.platform.problem.QueryValues;
import org.certplan.platform.security.CurrentUser;
import org.certplan.programme.AuditType;

/** The filters of {@code GET /audits}; {@code from}/{@code to} match audits whose dates (or, unplanned, window) overlap. */
public class AuditFilter {

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("status")
    String status;

    @QueryParam("type")
    String type;

    @QueryParam("clientId")
    String clientId;

    @QueryParam("certificationId")
    String certificationId;

    @QueryParam("auditorId")
    String auditorId;

    /** An auditor sees only the audits whose team they are on: any other auditor's are answered with 404. */
    void restrictTo(CurrentUser user) {
        if (user.isPlanner()) {
            return;
        }
        Long asked = auditorId();
        long own = user.auditorId().orElseThrow(() -> ProblemException.notFound("auditor", "of this token"));
        if (asked != null && asked != own) {
            throw ProblemException.notFound("auditor", asked);
        }
        auditorId = String.valueOf(own);
    }

    public LocalDate from() {
        return QueryValues.date("from", from);
    }

    public LocalDate to() {
        return QueryValues.date("to", to);
    }

    public AuditStatus status() {
        return QueryValues.enumValue("status", status, AuditStatus.class);
    }

    public AuditType type() {
        return QueryValues.enumValue("type", type, AuditType.class);
    }

    public Long clientId() {
        return QueryValues.id("clientId", clientId);
    }

    public Long certificationId() {
        return QueryValues.id("certificationId", certificationId);
    }

    public Long auditorId() {
        return QueryValues.id("auditorId", auditorId);
    }
}
