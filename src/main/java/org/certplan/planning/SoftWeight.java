package org.certplan.planning;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The weighted goals of domain-rules §8, each with the key a planner uses to change its weight. */
public enum SoftWeight {

    UNSTAFFED_FOLLOW_UP("unstaffedFollowUp", AuditPlanWeights.UNSTAFFED_FOLLOW_UP, Level.MEDIUM,
            AuditPlanWeights::getUnstaffedFollowUp, AuditPlanWeights::setUnstaffedFollowUp),
    UNSTAFFED_RECERTIFICATION("unstaffedRecertification", AuditPlanWeights.UNSTAFFED_RECERTIFICATION, Level.MEDIUM,
            AuditPlanWeights::getUnstaffedRecertification, AuditPlanWeights::setUnstaffedRecertification),
    UNSTAFFED_SURVEILLANCE_1("unstaffedSurveillance1", AuditPlanWeights.UNSTAFFED_SURVEILLANCE_1, Level.MEDIUM,
            AuditPlanWeights::getUnstaffedSurveillance1, AuditPlanWeights::setUnstaffedSurveillance1),
    UNSTAFFED_SURVEILLANCE_2("unstaffedSurveillance2", AuditPlanWeights.UNSTAFFED_SURVEILLANCE_2, Level.MEDIUM,
            AuditPlanWeights::getUnstaffedSurveillance2, AuditPlanWeights::setUnstaffedSurveillance2),
    UNSTAFFED_SPECIAL("unstaffedSpecial", AuditPlanWeights.UNSTAFFED_SPECIAL, Level.MEDIUM,
            AuditPlanWeights::getUnstaffedSpecial, AuditPlanWeights::setUnstaffedSpecial),
    UNSTAFFED_STAGE_2("unstaffedStage2", AuditPlanWeights.UNSTAFFED_STAGE_2, Level.MEDIUM,
            AuditPlanWeights::getUnstaffedStage2, AuditPlanWeights::setUnstaffedStage2),
    UNSTAFFED_STAGE_1("unstaffedStage1", AuditPlanWeights.UNSTAFFED_STAGE_1, Level.MEDIUM,
            AuditPlanWeights::getUnstaffedStage1, AuditPlanWeights::setUnstaffedStage1),
    SEAT_UNASSIGNED("seatUnassigned", AuditPlanWeights.SEAT_UNASSIGNED, Level.MEDIUM,
            AuditPlanWeights::getSeatUnassigned, AuditPlanWeights::setSeatUnassigned),
    EARLIER_THAN_TARGET("earlierThanTarget", AuditPlanWeights.EARLIER_THAN_TARGET, Level.SOFT,
            AuditPlanWeights::getEarlierThanTarget, AuditPlanWeights::setEarlierThanTarget),
    LATER_THAN_TARGET("laterThanTarget", AuditPlanWeights.LATER_THAN_TARGET, Level.SOFT,
            AuditPlanWeights::getLaterThanTarget, AuditPlanWeights::setLaterThanTarget),
    PUBLISHED_DATE_MOVED("publishedDateMoved", AuditPlanWeights.PUBLISHED_DATE_MOVED, Level.SOFT,
            AuditPlanWeights::getPublishedDateMoved, AuditPlanWeights::setPublishedDateMoved),
    PUBLISHED_TEAM_CHANGED("publishedTeamChanged", AuditPlanWeights.PUBLISHED_TEAM_CHANGED, Level.SOFT,
            AuditPlanWeights::getPublishedTeamChanged, AuditPlanWeights::setPublishedTeamChanged),
    LEAD_CONTINUITY("leadContinuity", AuditPlanWeights.LEAD_CONTINUITY, Level.SOFT,
            AuditPlanWeights::getLeadContinuity, AuditPlanWeights::setLeadContinuity),
    TRAVEL_DISTANCE("travelDistance", AuditPlanWeights.TRAVEL_DISTANCE, Level.SOFT,
            AuditPlanWeights::getTravelDistance, AuditPlanWeights::setTravelDistance),
    WORKLOAD_BALANCE("workloadBalance", AuditPlanWeights.WORKLOAD_BALANCE, Level.SOFT,
            AuditPlanWeights::getWorkloadBalance, AuditPlanWeights::setWorkloadBalance);

    /** Medium outranks every soft weight: a staffed audit always beats a nicer date. */
    public enum Level { MEDIUM, SOFT }

    private final String key;
    private final String constraint;
    private final Level level;
    private final Function<AuditPlanWeights, HardMediumSoftLongScore> getter;
    private final BiConsumer<AuditPlanWeights, HardMediumSoftLongScore> setter;

    SoftWeight(String key, String constraint, Level level, Function<AuditPlanWeights, HardMediumSoftLongScore> getter,
            BiConsumer<AuditPlanWeights, HardMediumSoftLongScore> setter) {
        this.key = key;
        this.constraint = constraint;
        this.level = level;
        this.getter = getter;
        this.setter = setter;
    }

    public static Optional<SoftWeight> byKey(String key) {
        return Arrays.stream(values()).filter(w -> w.key.equals(key)).findFirst();
    }

    public String key() {
        return key;
    }

    public String constraint() {
        return constraint;
    }

    public Level level() {
        return level;
    }

    public long valueIn(AuditPlanWeights weights) {
        HardMediumSoftLongScore weight = getter.apply(weights);
        return level == Level.MEDIUM ? weight.mediumScore() : weight.softScore();
    }

    public void set(AuditPlanWeights weights, long value) {
        setter.accept(weights, level == Level.MEDIUM ? HardMediumSoftLongScore.ofMedium(value)
                : HardMediumSoftLongScore.ofSoft(value));
    }
}
