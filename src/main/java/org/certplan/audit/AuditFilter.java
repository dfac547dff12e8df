package org.certplan.audit;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.certplan.programme.AuditType;

/** The filters of {@code GET /audits}; {@code from}/{@code to} match audits whose dates (or, unplanned, window) overlap. */
public class AuditFilter {

    @QueryParam("from")
    public LocalDate from;

    @QueryParam("to")
    public LocalDate to;

    @QueryParam("status")
    public AuditStatus status;

    @QueryParam("type")
    public AuditType type;

    @QueryParam("clientId")
    public Long clientId;

    @QueryParam("certificationId")
    public Long certificationId;

    @QueryParam("auditorId")
    public Long auditorId;
}
