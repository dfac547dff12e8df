package org.certplan.audit;

import java.time.LocalDate;

public record NonconformityView(
        long id,
        long certificationId,
        long auditId,
        Nonconformity.Grade grade,
        String clause,
        String description,
        Nonconformity.Status status,
        LocalDate raisedOn,
        LocalDate dueDate,
        Long followUpAuditId,
        LocalDate verifiedOn,
        Long verifiedByAuditId,
        long version) {

    public static NonconformityView of(Nonconformity nc) {
        return new NonconformityView(nc.id, nc.certificationId, nc.auditId, nc.grade, nc.clause, nc.description,
                nc.status, nc.raisedOn, nc.dueDate, nc.followUpAuditId, nc.verifiedOn, nc.verifiedByAuditId,
                nc.version);
    }
}
