package org.certplan.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.certplan.programme.CycleCalendar;

/** A client's certification as lived up to the reference date: its replay log, its past and its open audits. */
record ClientCertification(DatasetCertification certification, List<HeldAudit> held,
        List<CertificationLife.OpenAudit> open) {

    static final String STANDARD = "ISO/IEC 27001:2022";

    /**
     * The certification applied for at a date that puts it anywhere in its life: a few are still in the initial
     * audits, most in their first cycle, some in their second or third.
     */
    static ClientCertification draw(CycleCalendar calendar, Draw draw, LocalDate reference, BigDecimal initialDays,
            City central, AuditTiming timing) {
        double phase = draw.fraction();
        LocalDate application;
        if (phase < 0.06) {
            application = reference.minusDays(draw.between(0, 40));
        } else if (phase < 0.14) {
            application = reference.minusDays(draw.between(41, 150));
        } else if (phase < 0.72) {
            application = reference.minusDays(draw.between(151, 1230));
        } else if (phase < 0.95) {
            application = reference.minusDays(draw.between(1231, 2330));
        } else {
            application = reference.minusDays(draw.between(2331, 2700));
        }
        int adjustment = draw.chance(0.7) ? 0 : 5 * draw.between(-6, 4);
        boolean remote = draw.chance(0.15);
        String scope = "Information security management system for the " + Names.activity(draw)
                + " services operated from " + central.name();
        CertificationLife life = new CertificationLife(calendar, draw, reference, initialDays, timing);
        List<DatasetStep> steps = life.live(application);
        return new ClientCertification(
                new DatasetCertification(STANDARD, scope, application, adjustment, remote, List.copyOf(steps)),
                life.held(), life.open());
    }
}
