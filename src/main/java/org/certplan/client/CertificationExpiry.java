package org.certplan.client;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/** Daily: certificates past their expiry without a recertification decision become EXPIRED (CYC-1). */
@ApplicationScoped
public class CertificationExpiry {

    private static final Logger LOG = Logger.getLogger(CertificationExpiry.class);

    @Inject
    CertificationService certifications;

    @Inject
    Clock clock;

    @Scheduled(cron = "{certplan.expiry.cron:0 15 0 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int expired = certifications.expireDue(LocalDate.now(clock));
        if (expired > 0) {
            LOG.infof("%d certificate(s) expired", expired);
        }
    }
}
