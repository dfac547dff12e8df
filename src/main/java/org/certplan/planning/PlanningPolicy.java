package org.certplan.planning;

/**
 * The CB policy values the constraints read (domain-rules defaults in {@link #DEFAULTS}). A problem fact of the
 * plan, so a run uses the policy in force when its snapshot was taken.
 *
 * @param maxConsecutiveDaysPerAuditor COMP-5
 * @param stage2MinGapDays CYC-7 minimum days from the last stage 1 day to the first stage 2 day
 * @param stage2MaxGapMonths CYC-7 maximum
 * @param rotationCycles IMP-3 consecutive cycles one person may lead a client; 0 switches the rule off
 * @param maxRemotePercent AT-9 remote share of the on-site days
 * @param nearDeadlineDays §8.1 an unstaffed audit weighs more from this many days before its deadline, up to double
 *        at it; 0 weighs every deadline alike
 */
public record PlanningPolicy(int maxConsecutiveDaysPerAuditor, int stage2MinGapDays, int stage2MaxGapMonths,
        int rotationCycles, int maxRemotePercent, int nearDeadlineDays) {

    public static final PlanningPolicy DEFAULTS = new PlanningPolicy(5, 14, 6, 2, 30, 90);
}
