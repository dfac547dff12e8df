package org.certplan.client;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.certplan.audit.AuditEvent;
import org.certplan.audit.AuditTimes;
import org.certplan.programme.AuditTimeCalculator;
import org.certplan.programme.AuditTimeInput;
import org.jboss.logging.Logger;

/**
 * The Java half of V15__multisite_audit_time.sql: each certification it queued gets the whole organisation's time
 * stored and its audits not yet held recalculated from their own samples (MS-4), once, even when several replicas
 * start together.
 */
@ApplicationScoped
public class AuditTimeMigration {

    private static final Logger LOG = Logger.getLogger(AuditTimeMigration.class);
    static final String REASON = "audit time from each audit's own site sample (IAF MD 1 7.3), migrated";

    @Inject
    EntityManager em;

    @Inject
    AuditTimeCalculator calculator;

    @Inject
    AuditTimes times;

    void onStart(@Observes StartupEvent event) {
        int audits = run();
        if (audits > 0) {
            LOG.infof("Multi-site audit time recalculated for %d audits not yet held (MS-4)", audits);
        }
    }

    /** Recalculates every queued certification, each in its own transaction; returns the audits changed. */
    public int run() {
        @SuppressWarnings("unchecked")
        List<Number> queued = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT certification_id FROM audit_time_recalculation").getResultList());
        int changed = 0;
        for (Number id : queued) {
            changed += QuarkusTransaction.requiringNew().call(() -> recalculate(id.longValue()));
        }
        return changed;
    }

    private int recalculate(long certificationId) {
        int claimed = em.createNativeQuery("DELETE FROM audit_time_recalculation WHERE certification_id = ?1")
                .setParameter(1, certificationId).executeUpdate();
        if (claimed == 0) {
            return 0;
        }
        Certification certification = em.find(Certification.class, certificationId);
        Client client = certification.client;
        certification.auditTime = AuditTimeRecord.of(calculator.calculate(new AuditTimeInput(client.persons,
                client.identicalWorkPersons, certification.auditTime.adjustmentPercent, certification.remote)));
        return times.recalculate(certification, AuditEvent.Source.SYSTEM, "certplan", REASON);
    }
}
