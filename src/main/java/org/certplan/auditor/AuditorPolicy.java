package org.certplan.auditor;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.DayOfWeek;
import java.util.Set;

/** The CB's policy for the auditor rules of domain-rules §5–7. */
@ConfigMapping(prefix = "certplan.policy.auditors")
public interface AuditorPolicy {

    /** IMP-1: years after a consultancy, employment or internal-audit relationship ended. */
    @WithDefault("2")
    int coolingOffYears();

    /** IMP-3: consecutive certification cycles one person may lead a client's audits; 0 switches rotation off. */
    @WithDefault("2")
    int rotationMaxCycles();

    /** CAP-3: audit days per auditor per calendar month, unless the auditor has an override. */
    @WithDefault("16")
    int maxDaysPerMonth();

    /** CAP-3: audit days per auditor per calendar year, unless the auditor has an override. */
    @WithDefault("150")
    int maxDaysPerYear();

    /** CAP-4: the days of the week audits run on. */
    @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
    Set<DayOfWeek> workingDays();

    /** CAP-1: an on-site audit farther than this from the auditor's home needs a travel day before it; 0 = none. */
    @WithDefault("400")
    int travelDayBeyondKm();

    /** COMP-5: consecutive days one auditor spends on one audit. */
    @WithDefault("5")
    int maxConsecutiveDaysPerAuditor();
}
