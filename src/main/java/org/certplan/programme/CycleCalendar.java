package org.certplan.programme;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Dates of the three-year certification cycle (CYC-1 to CYC-9) and of follow-up audits (NC-2).
 *
 * <p>Month arithmetic is {@link LocalDate#plusMonths}: a day that does not exist in the resulting month becomes
 * that month's last day (Jan 31 + 1 month = Feb 28 or 29, Feb 29 + 12 months = Feb 28).
 */
public final class CycleCalendar {

    private static final int ANNIVERSARY_MONTHS = 12;

    private final ProgrammePolicy policy;

    public CycleCalendar(ProgrammePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * CYC-1: the last day of a cycle that starts on {@code cycleStart}: three years later less one day. The
     * anniversary of 29 February in a common year is taken as 1 March, so a cycle starting on 29 Feb 2024 expires
     * on 28 Feb 2027 (not 27 Feb), and one starting on 1 Mar 2025 expires on 29 Feb 2028.
     */
    public LocalDate expiry(LocalDate cycleStart) {
        LocalDate anniversary = cycleStart.plusYears(policy.cycleYears());
        if (cycleStart.getMonthValue() == 2 && cycleStart.getDayOfMonth() == 29 && anniversary.getDayOfMonth() == 28) {
            anniversary = anniversary.plusDays(1);
        }
        return anniversary.minusDays(1);
    }

    /**
     * CYC-6: a recertification decided before expiry continues the old cycle's dates without drift: the old
     * expiry three years on. This equals {@code expiry(nextCycleStart(oldExpiry))} except for an old expiry of
     * 28 February followed by a leap year three years on, where the cycle keeps 28 February rather than moving
     * to the 29th.
     */
    public LocalDate nextCycleExpiry(LocalDate oldExpiry) {
        return oldExpiry.plusYears(policy.cycleYears());
    }

    public LocalDate nextCycleStart(LocalDate oldExpiry) {
        return oldExpiry.plusDays(1);
    }

    public Window stage1(LocalDate applicationDate) {
        return Window.clamped(
                applicationDate.plusDays(policy.stage1EarliestDaysAfterApplication()),
                applicationDate.plusDays(policy.stage1TargetDaysAfterApplication()),
                applicationDate.plusMonths(policy.stage1LatestMonthsAfterApplication()));
    }

    /** CYC-7 before stage 1 is held: the stage 2 window that follows from the stage 1 window. */
    public Window stage2(Window stage1Window) {
        return Window.clamped(
                stage1Window.earliestStart().plusDays(policy.stage2MinGapDays()),
                stage1Window.target().plusDays(policy.stage2TargetGapDays()),
                stage1Window.latestEnd().plusMonths(policy.stage2MaxGapMonths()));
    }

    /** CYC-7: stage 2 once stage 1 has been held; after {@code latestEnd} stage 1 must be repeated. */
    public Window stage2AfterStage1(LocalDate stage1LastDay) {
        return Window.clamped(
                stage1LastDay.plusDays(policy.stage2MinGapDays()),
                stage1LastDay.plusDays(policy.stage2TargetGapDays()),
                stage1LastDay.plusMonths(policy.stage2MaxGapMonths()));
    }

    /** CYC-3: the day by which the first surveillance audit must be completed. */
    public LocalDate surveillance1Deadline(LocalDate decisionDate, LocalDate stage2LastDay) {
        LocalDate deadline = decisionDate.plusMonths(policy.surveillanceDeadlineMonths());
        if (policy.anchorSa1ToStage2() && stage2LastDay != null) {
            deadline = earlier(deadline, stage2LastDay.plusMonths(policy.surveillanceDeadlineMonths()));
        }
        return deadline;
    }

    /**
     * CYC-3 / CYC-5: first surveillance. The target is the anniversary of {@code anniversaryBase} (the decision
     * date in the first cycle, the cycle start after a recertification); the window is the months before the
     * target, or before the hard deadline when the deadline comes first.
     *
     * @param stage2LastDay used only when the policy anchors SA1 to stage 2; may be null
     */
    public Window surveillance1(LocalDate decisionDate, LocalDate anniversaryBase, LocalDate stage2LastDay) {
        LocalDate deadline = surveillance1Deadline(decisionDate, stage2LastDay);
        LocalDate target = anniversaryBase.plusMonths(ANNIVERSARY_MONTHS);
        return beforeTarget(target, deadline);
    }

    /** CYC-4: the day by which the second surveillance must be completed, one year after the SA1 deadline. */
    public LocalDate surveillance2Deadline(LocalDate decisionDate) {
        return decisionDate.plusMonths(policy.surveillanceDeadlineMonths() + ANNIVERSARY_MONTHS);
    }

    /**
     * CYC-4 / CYC-5: second surveillance, targeting SA1's date + 12 months (or the second anniversary while SA1 is
     * not yet known), with the same window rule as SA1.
     *
     * <p>SA2 belongs to the second year: it never starts before the day after the last day SA1 may be held (the
     * later of the SA1 deadline and the first anniversary of {@code anniversaryBase}), nor on or before the day SA1
     * was held. So windows computed from the same dates never overlap. If that floor lies beyond the target (SA1
     * was held very early), the window starts at the floor and runs for the usual window length, up to the deadline.
     *
     * @param sa1Date the day SA1 was (or is planned to be) held; may be null
     * @throws RuleViolation CYC-4 when no day is left between that floor and the deadline
     */
    public Window surveillance2(LocalDate decisionDate, LocalDate anniversaryBase, LocalDate sa1Date) {
        LocalDate deadline = surveillance2Deadline(decisionDate);
        LocalDate target = sa1Date != null
                ? sa1Date.plusMonths(ANNIVERSARY_MONTHS)
                : anniversaryBase.plusMonths(2 * ANNIVERSARY_MONTHS);
        Window usual = beforeTarget(target, deadline);

        LocalDate floor = later(decisionDate.plusMonths(policy.surveillanceDeadlineMonths()),
                anniversaryBase.plusMonths(ANNIVERSARY_MONTHS)).plusDays(1);
        if (sa1Date != null) {
            floor = later(floor, sa1Date.plusDays(1));
        }
        LocalDate start = later(usual.earliestStart(), floor);
        LocalDate end = usual.latestEnd();
        if (start.isAfter(end)) {
            end = earlier(deadline, start.plusMonths(policy.surveillanceWindowMonths()));
        }
        if (start.isAfter(end)) {
            throw new RuleViolation("CYC-4", "no day left for the second surveillance between " + start
                    + " and its deadline " + deadline);
        }
        return Window.clamped(start, target, end);
    }

    /** CYC-6: recertification, completed early enough for the decision and a follow-up to land before expiry. */
    public Window recertification(LocalDate expiry) {
        return Window.clamped(
                expiry.minusMonths(policy.recertWindowStartMonthsBeforeExpiry()),
                expiry.minusMonths(policy.recertTargetMonthsBeforeExpiry()),
                expiry.minusDays(policy.recertWindowEndDaysBeforeExpiry()));
    }

    /**
     * NC-2: follow-up of a major nonconformity, from the day after the raising audit to the corrective deadline.
     * The target is a week (policy) before the deadline: late enough for the client to implement corrective
     * actions, with room to re-plan once before the deadline.
     */
    public Window followUp(LocalDate raisingAuditLastDay) {
        LocalDate deadline = raisingAuditLastDay.plusDays(policy.majorNcDeadlineDays());
        return Window.clamped(
                raisingAuditLastDay.plusDays(1),
                deadline.minusDays(policy.followUpTargetDaysBeforeDeadline()),
                deadline);
    }

    /** CYC-8: the last day on which an expired certification can still be restored. */
    public LocalDate restorationLimit(LocalDate expiry) {
        return expiry.plusMonths(policy.restorationMonths());
    }

    /**
     * CYC-8: whether a certification that expired on {@code expiry} can be restored on {@code on}. False before
     * expiry (the certificate is still valid; recertify instead) and after the restoration limit.
     */
    public boolean restorable(LocalDate expiry, LocalDate on) {
        return on.isAfter(expiry) && !on.isAfter(restorationLimit(expiry));
    }

    /** CYC-9: the last day a suspension that began on {@code suspendedOn} may last. */
    public LocalDate suspensionLimit(LocalDate suspendedOn) {
        return suspendedOn.plusMonths(policy.suspensionMaxMonths());
    }

    /** CYC-9: whether a suspension is overdue for withdrawal or scope reduction on {@code on}. */
    public boolean suspensionOverdue(LocalDate suspendedOn, LocalDate on) {
        return on.isAfter(suspensionLimit(suspendedOn));
    }

    /**
     * CYC-5: the usual window length before the target, or before the hard deadline when that comes first, so a
     * deadline just before the target never leaves a window of a few days.
     */
    private Window beforeTarget(LocalDate target, LocalDate deadline) {
        LocalDate end = earlier(target, deadline);
        return Window.clamped(end.minusMonths(policy.surveillanceWindowMonths()), target, end);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
