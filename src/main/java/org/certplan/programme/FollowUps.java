package org.certplan.programme;

import java.time.LocalDate;
import java.util.Objects;

/** Deadlines and consequences of major nonconformities (NC-2 to NC-4). */
public final class FollowUps {

    /** NC-3: what happens when a major nonconformity is still unverified after its deadline. */
    public enum Consequence {
        /** Initial certification: stage 2 must be repeated. */
        REPEAT_STAGE_2,
        /** Certified client: the certification is suspended. */
        SUSPEND,
        /** Nothing further from NC-3 (already suspended, or no longer active). */
        NONE
    }

    private final ProgrammePolicy policy;

    public FollowUps(ProgrammePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** NC-2: last day for the follow-up audit, counted from the last day of the audit that raised the NC. */
    public LocalDate deadline(LocalDate raisingAuditLastDay) {
        return raisingAuditLastDay.plusDays(policy.majorNcDeadlineDays());
    }

    /** NC-2 and, for a stage 2 audit, NC-4: the earlier of the two deadlines. */
    public LocalDate deadline(LocalDate raisingAuditLastDay, AuditType raisingAudit) {
        LocalDate deadline = deadline(raisingAuditLastDay);
        if (raisingAudit == AuditType.STAGE_2) {
            LocalDate correction = raisingAuditLastDay.plusMonths(policy.stage2CorrectionMonths());
            return correction.isBefore(deadline) ? correction : deadline;
        }
        return deadline;
    }

    /** NC-3: the certification is at risk when no follow-up is planned, or it is planned to end after the deadline. */
    public boolean atRisk(LocalDate raisingAuditLastDay, AuditType raisingAudit, LocalDate followUpLastDay) {
        return followUpLastDay == null || followUpLastDay.isAfter(deadline(raisingAuditLastDay, raisingAudit));
    }

    /** NC-3: whether an unverified major NC is past its deadline on {@code on}. */
    public boolean overdue(LocalDate raisingAuditLastDay, AuditType raisingAudit, LocalDate on) {
        return on.isAfter(deadline(raisingAuditLastDay, raisingAudit));
    }

    /** NC-3: open major NCs block the initial certification and the recertification decision. */
    public static boolean blocksDecision(AuditType decidedAudit, int openMajorNonconformities) {
        return openMajorNonconformities > 0
                && (decidedAudit == AuditType.STAGE_2 || decidedAudit == AuditType.RECERTIFICATION);
    }

    public static Consequence whenOverdue(CertificationStatus status) {
        return switch (Objects.requireNonNull(status, "status")) {
            case APPLIED, STAGE_1_DONE, STAGE_2_DONE -> Consequence.REPEAT_STAGE_2;
            case CERTIFIED -> Consequence.SUSPEND;
            case SUSPENDED, WITHDRAWN, EXPIRED -> Consequence.NONE;
        };
    }
}
