package org.certplan.planning;

import org.certplan.rules.AuditorRules;
import org.certplan.rules.RulePolicy;
import org.certplan.rules.WorkingCalendar;

/**
 * The CB policy values the constraints read (domain-rules defaults in {@link #DEFAULTS}). A problem fact of the
 * plan, so a run uses the policy in force when its snapshot was taken.
 *
 * @param maxConsecutiveDaysPerAuditor COMP-5
 * @param stage2MinGapDays CYC-7 minimum days from the last stage 1 day to the first stage 2 day
 * @param stage2MaxGapMonths CYC-7 maximum
 * @param rotationCycles IMP-3 consecutive cycles one person may lead a certification's audits; 0 switches it off
 * @param maxRemotePercent AT-9 remote share of the on-site days
 * @param nearDeadlineDays §8.1 an unstaffed audit weighs more from this many days before its deadline, up to double
 *        at it; 0 weighs every deadline alike
 * @param calendar CAP-4 the working days of the week
 * @param travelDayBeyondKm CAP-1 an on-site audit farther than this from the auditor's home needs a travel day
 */
public record PlanningPolicy(int maxConsecutiveDaysPerAuditor, int stage2MinGapDays, int stage2MaxGapMonths,
        int rotationCycles, int maxRemotePercent, int nearDeadlineDays, WorkingCalendar calendar,
        int travelDayBeyondKm) {

    public static final PlanningPolicy DEFAULTS = new PlanningPolicy(5, 14, 6, 2, 30, 90,
            WorkingCalendar.MONDAY_TO_FRIDAY, 400);

    /**
     * The rule engine for the plan. Cooling-off and capacity limits are already resolved in the planning facts
     * (each conflict's bar, each auditor's limits), so the engine's defaults for them are not read.
     */
    public AuditorRules rules() {
        RulePolicy defaults = RulePolicy.DEFAULTS;
        return new AuditorRules(new RulePolicy(defaults.coolingOffYears(), rotationCycles, defaults.maxDaysPerMonth(),
                defaults.maxDaysPerYear(), calendar, travelDayBeyondKm));
    }
}
