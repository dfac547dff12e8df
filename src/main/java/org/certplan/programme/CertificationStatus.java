package org.certplan.programme;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Status of a certification and its state machine (domain rules §1).
 *
 * <p>Besides the forward path, two steps back exist because the rules demand a repeat: stage 1 older than the
 * CYC-7 maximum gap must be repeated ({@code STAGE_1_DONE → APPLIED}), and stage 2 whose major nonconformities
 * were not verified in time must be repeated ({@code STAGE_2_DONE → STAGE_1_DONE}, NC-3/NC-4).
 */
public enum CertificationStatus {
    APPLIED,
    STAGE_1_DONE,
    STAGE_2_DONE,
    CERTIFIED,
    SUSPENDED,
    WITHDRAWN,
    EXPIRED;

    public boolean canMoveTo(CertificationStatus next) {
        return next != null && nextStates().contains(next);
    }

    /** The statuses this one may move to; empty for a withdrawn certification. */
    public Set<CertificationStatus> nextStates() {
        return switch (this) {
            case APPLIED -> EnumSet.of(STAGE_1_DONE, WITHDRAWN);
            case STAGE_1_DONE -> EnumSet.of(STAGE_2_DONE, APPLIED, WITHDRAWN);
            case STAGE_2_DONE -> EnumSet.of(CERTIFIED, STAGE_1_DONE, WITHDRAWN);
            case CERTIFIED -> EnumSet.of(CERTIFIED, SUSPENDED, WITHDRAWN, EXPIRED);
            case SUSPENDED -> EnumSet.of(CERTIFIED, WITHDRAWN, EXPIRED);
            case WITHDRAWN -> EnumSet.noneOf(CertificationStatus.class);
            case EXPIRED -> EnumSet.of(CERTIFIED);
        };
    }

    public boolean isActive() {
        return switch (this) {
            case APPLIED, STAGE_1_DONE, STAGE_2_DONE, CERTIFIED, SUSPENDED -> true;
            case WITHDRAWN, EXPIRED -> false;
        };
    }

    /** The statuses {@link #isActive()} holds for. */
    public static List<CertificationStatus> active() {
        return Arrays.stream(values()).filter(CertificationStatus::isActive).toList();
    }
}
