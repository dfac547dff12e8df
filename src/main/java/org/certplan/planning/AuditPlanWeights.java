package org.certplan.planning;

import org.certplan.programme.AuditType;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The weights of the medium and soft constraints (domain-rules §8), set per planning run so a planner can change
 * them without a deployment. Hard rules are not weighted: breaking one is never a trade-off.
 */
@ConstraintConfiguration
public class AuditPlanWeights {

    public static final String UNSTAFFED_FOLLOW_UP = "§8.1 follow-up unstaffed";
    public static final String UNSTAFFED_RECERTIFICATION = "§8.1 recertification unstaffed";
    public static final String UNSTAFFED_SURVEILLANCE_1 = "§8.1 surveillance 1 unstaffed";
    public static final String UNSTAFFED_SURVEILLANCE_2 = "§8.1 surveillance 2 unstaffed";
    public static final String UNSTAFFED_SPECIAL = "§8.1 special audit unstaffed";
    public static final String UNSTAFFED_STAGE_2 = "§8.1 stage 2 unstaffed";
    public static final String UNSTAFFED_STAGE_1 = "§8.1 stage 1 unstaffed";
    public static final String SEAT_UNASSIGNED = "§8.1 team seat unassigned";
    public static final String EARLIER_THAN_TARGET = "CYC-5 earlier than the target date";
    public static final String LATER_THAN_TARGET = "CYC-5 later than the target date";
    public static final String PUBLISHED_DATE_MOVED = "§8.3 published date moved";
    public static final String PUBLISHED_TEAM_CHANGED = "§8.3 published team member changed";
    public static final String PUBLISHED_CHANGED_AT_SHORT_NOTICE = "§8.3 published audit changed at short notice";
    public static final String LEAD_CONTINUITY = "§8.4 lead differs from the previous lead";
    public static final String TRAVEL_DISTANCE = "CAP-5 travel distance";
    public static final String WORKLOAD_BALANCE = "§8.6 workload balance";

    /** Per unstaffed audit and percent of urgency (100 far from its deadline, up to 200 at it). */
    @ConstraintWeight(UNSTAFFED_FOLLOW_UP)
    private HardMediumSoftLongScore unstaffedFollowUp = HardMediumSoftLongScore.ofMedium(10);
    @ConstraintWeight(UNSTAFFED_RECERTIFICATION)
    private HardMediumSoftLongScore unstaffedRecertification = HardMediumSoftLongScore.ofMedium(10);
    @ConstraintWeight(UNSTAFFED_SURVEILLANCE_1)
    private HardMediumSoftLongScore unstaffedSurveillance1 = HardMediumSoftLongScore.ofMedium(6);
    @ConstraintWeight(UNSTAFFED_SURVEILLANCE_2)
    private HardMediumSoftLongScore unstaffedSurveillance2 = HardMediumSoftLongScore.ofMedium(4);
    @ConstraintWeight(UNSTAFFED_SPECIAL)
    private HardMediumSoftLongScore unstaffedSpecial = HardMediumSoftLongScore.ofMedium(4);
    @ConstraintWeight(UNSTAFFED_STAGE_2)
    private HardMediumSoftLongScore unstaffedStage2 = HardMediumSoftLongScore.ofMedium(3);
    @ConstraintWeight(UNSTAFFED_STAGE_1)
    private HardMediumSoftLongScore unstaffedStage1 = HardMediumSoftLongScore.ofMedium(2);
    /** Per empty seat of a team that can still be completed: the tie-breaker that leads the search to whole teams. */
    @ConstraintWeight(SEAT_UNASSIGNED)
    private HardMediumSoftLongScore seatUnassigned = HardMediumSoftLongScore.ofMedium(1);
    /** Per calendar day. */
    @ConstraintWeight(EARLIER_THAN_TARGET)
    private HardMediumSoftLongScore earlierThanTarget = HardMediumSoftLongScore.ofSoft(5);
    /** Per calendar day; later is worse because the hard deadline is near. */
    @ConstraintWeight(LATER_THAN_TARGET)
    private HardMediumSoftLongScore laterThanTarget = HardMediumSoftLongScore.ofSoft(15);
    /** Per calendar day moved. */
    @ConstraintWeight(PUBLISHED_DATE_MOVED)
    private HardMediumSoftLongScore publishedDateMoved = HardMediumSoftLongScore.ofSoft(50);
    @ConstraintWeight(PUBLISHED_TEAM_CHANGED)
    private HardMediumSoftLongScore publishedTeamChanged = HardMediumSoftLongScore.ofSoft(1000);
    /** Per day the published start lies within the short-notice period of the day the plan was read. */
    @ConstraintWeight(PUBLISHED_CHANGED_AT_SHORT_NOTICE)
    private HardMediumSoftLongScore publishedChangedAtShortNotice = HardMediumSoftLongScore.ofSoft(20);
    @ConstraintWeight(LEAD_CONTINUITY)
    private HardMediumSoftLongScore leadContinuity = HardMediumSoftLongScore.ofSoft(300);
    /** Per km from the auditor's home to the client's central site. */
    @ConstraintWeight(TRAVEL_DISTANCE)
    private HardMediumSoftLongScore travelDistance = HardMediumSoftLongScore.ofSoft(1);
    /** Per unit of (assigned days)² × 100 / yearly capacity. */
    @ConstraintWeight(WORKLOAD_BALANCE)
    private HardMediumSoftLongScore workloadBalance = HardMediumSoftLongScore.ofSoft(1);

    /** The §8.1 weight of an unstaffed audit of this type, per percent of urgency. */
    public HardMediumSoftLongScore unstaffed(AuditType type) {
        return switch (type) {
            case FOLLOW_UP -> unstaffedFollowUp;
            case RECERTIFICATION -> unstaffedRecertification;
            case SURVEILLANCE_1 -> unstaffedSurveillance1;
            case SURVEILLANCE_2 -> unstaffedSurveillance2;
            case SPECIAL -> unstaffedSpecial;
            case STAGE_2 -> unstaffedStage2;
            case STAGE_1 -> unstaffedStage1;
        };
    }

    /** What leaving the audit unstaffed costs on the medium level: its type's weight times its urgency. */
    public long unstaffedCost(PlanningAudit audit, int nearDeadlineDays) {
        return unstaffed(audit.getType()).mediumScore() * audit.urgencyPercent(nearDeadlineDays);
    }

    public HardMediumSoftLongScore getUnstaffedFollowUp() {
        return unstaffedFollowUp;
    }

    public AuditPlanWeights setUnstaffedFollowUp(HardMediumSoftLongScore weight) {
        this.unstaffedFollowUp = weight;
        return this;
    }

    public HardMediumSoftLongScore getUnstaffedRecertification() {
        return unstaffedRecertification;
    }

    public AuditPlanWeights setUnstaffedRecertification(HardMediumSoftLongScore weight) {
        this.unstaffedRecertification = weight;
        return this;
    }

    public HardMediumSoftLongScore getUnstaffedSurveillance1() {
        return unstaffedSurveillance1;
    }

    public AuditPlanWeights setUnstaffedSurveillance1(HardMediumSoftLongScore weight) {
        this.unstaffedSurveillance1 = weight;
        return this;
    }

    public HardMediumSoftLongScore getUnstaffedSurveillance2() {
        return unstaffedSurveillance2;
    }

    public AuditPlanWeights setUnstaffedSurveillance2(HardMediumSoftLongScore weight) {
        this.unstaffedSurveillance2 = weight;
        return this;
    }

    public HardMediumSoftLongScore getUnstaffedSpecial() {
        return unstaffedSpecial;
    }

    public AuditPlanWeights setUnstaffedSpecial(HardMediumSoftLongScore weight) {
        this.unstaffedSpecial = weight;
        return this;
    }

    public HardMediumSoftLongScore getUnstaffedStage2() {
        return unstaffedStage2;
    }

    public AuditPlanWeights setUnstaffedStage2(HardMediumSoftLongScore weight) {
        this.unstaffedStage2 = weight;
        return this;
    }

    public HardMediumSoftLongScore getUnstaffedStage1() {
        return unstaffedStage1;
    }

    public AuditPlanWeights setUnstaffedStage1(HardMediumSoftLongScore weight) {
        this.unstaffedStage1 = weight;
        return this;
    }

    public HardMediumSoftLongScore getSeatUnassigned() {
        return seatUnassigned;
    }

    public AuditPlanWeights setSeatUnassigned(HardMediumSoftLongScore weight) {
        this.seatUnassigned = weight;
        return this;
    }

    public HardMediumSoftLongScore getEarlierThanTarget() {
        return earlierThanTarget;
    }

    public AuditPlanWeights setEarlierThanTarget(HardMediumSoftLongScore weight) {
        this.earlierThanTarget = weight;
        return this;
    }

    public HardMediumSoftLongScore getLaterThanTarget() {
        return laterThanTarget;
    }

    public AuditPlanWeights setLaterThanTarget(HardMediumSoftLongScore weight) {
        this.laterThanTarget = weight;
        return this;
    }

    public HardMediumSoftLongScore getPublishedDateMoved() {
        return publishedDateMoved;
    }

    public AuditPlanWeights setPublishedDateMoved(HardMediumSoftLongScore weight) {
        this.publishedDateMoved = weight;
        return this;
    }

    public HardMediumSoftLongScore getPublishedTeamChanged() {
        return publishedTeamChanged;
    }

    public AuditPlanWeights setPublishedTeamChanged(HardMediumSoftLongScore weight) {
        this.publishedTeamChanged = weight;
        return this;
    }

    public HardMediumSoftLongScore getPublishedChangedAtShortNotice() {
        return publishedChangedAtShortNotice;
    }

    public AuditPlanWeights setPublishedChangedAtShortNotice(HardMediumSoftLongScore weight) {
        this.publishedChangedAtShortNotice = weight;
        return this;
    }

    public HardMediumSoftLongScore getLeadContinuity() {
        return leadContinuity;
    }

    public AuditPlanWeights setLeadContinuity(HardMediumSoftLongScore weight) {
        this.leadContinuity = weight;
        return this;
    }

    public HardMediumSoftLongScore getTravelDistance() {
        return travelDistance;
    }

    public AuditPlanWeights setTravelDistance(HardMediumSoftLongScore weight) {
        this.travelDistance = weight;
        return this;
    }

    public HardMediumSoftLongScore getWorkloadBalance() {
        return workloadBalance;
    }

    public AuditPlanWeights setWorkloadBalance(HardMediumSoftLongScore weight) {
        this.workloadBalance = weight;
        return this;
    }
}
