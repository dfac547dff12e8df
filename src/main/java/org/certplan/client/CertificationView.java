package org.certplan.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.certplan.audit.AuditView;
import org.certplan.audit.NonconformityView;
import org.certplan.programme.CertificationStatus;

/** A certification as the API shows it: status, cycle dates, audit-time justification (AT-10), audits. */
public record CertificationView(
        long id,
        long clientId,
        String standard,
        String scope,
        LocalDate applicationDate,
        CertificationStatus status,
        int cycleNumber,
        LocalDate cycleStart,
        LocalDate expiry,
        LocalDate decisionDate,
        LocalDate suspendedOn,
        boolean remote,
        String issuingBody,
        AuditTimeView auditTime,
        boolean atRisk,
        List<AuditView> audits,
        List<NonconformityView> nonconformities,
        List<Transition> history,
        long version) {

    public record Transition(CertificationStatus from, CertificationStatus to, LocalDate date, String actor,
            String reason, Instant recordedAt) {

        static Transition of(CertificationEvent e) {
            return new Transition(e.fromStatus, e.toStatus, e.date, e.actor, e.reason, e.recordedAt);
        }
    }
}
