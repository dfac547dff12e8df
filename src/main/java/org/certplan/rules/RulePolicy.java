package org.certplan.rules;

/**
 * The CB policy values of the auditor rules (domain-rules §5–7).
 *
 * @param coolingOffYears IMP-1
 * @param rotationMaxCycles IMP-3 consecutive cycles one person may lead; 0 switches the rule off
 * @param maxDaysPerMonth CAP-3, unless the auditor has an override
 * @param maxDaysPerYear CAP-3, unless the auditor has an override
 * @param calendar CAP-4
 * @param travelDayBeyondKm CAP-1: on-site audits farther than this from the auditor's home need a travel day; 0 = none
 */
public record RulePolicy(int coolingOffYears, int rotationMaxCycles, int maxDaysPerMonth, int maxDaysPerYear,
        WorkingCalendar calendar, int travelDayBeyondKm) {

    public static final RulePolicy DEFAULTS = new RulePolicy(2, 2, 16, 150, WorkingCalendar.MONDAY_TO_FRIDAY, 400);
}
