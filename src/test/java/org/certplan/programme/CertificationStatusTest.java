package org.certplan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certplan.programme.CertificationStatus.APPLIED;
import static org.certplan.programme.CertificationStatus.CERTIFIED;
import static org.certplan.programme.CertificationStatus.EXPIRED;
import static org.certplan.programme.CertificationStatus.STAGE_1_DONE;
import static org.certplan.programme.CertificationStatus.STAGE_2_DONE;
import static org.certplan.programme.CertificationStatus.SUSPENDED;
import static org.certplan.programme.CertificationStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificationStatusTest {

    private static final Map<CertificationStatus, Set<CertificationStatus>> ALLOWED = Map.of(
            APPLIED, EnumSet.of(STAGE_1_DONE, WITHDRAWN),
            STAGE_1_DONE, EnumSet.of(STAGE_2_DONE, APPLIED, WITHDRAWN),
            STAGE_2_DONE, EnumSet.of(CERTIFIED, STAGE_1_DONE, WITHDRAWN),
            CERTIFIED, EnumSet.of(CERTIFIED, SUSPENDED, WITHDRAWN, EXPIRED),
            SUSPENDED, EnumSet.of(CERTIFIED, WITHDRAWN, EXPIRED),
            WITHDRAWN, EnumSet.noneOf(CertificationStatus.class),
            EXPIRED, EnumSet.of(CERTIFIED));

    @Test
    void cyc2_initialCertificationGoesStage1ThenStage2ThenCertified() {
        assertThat(APPLIED.canMoveTo(STAGE_1_DONE)).isTrue();
        assertThat(STAGE_1_DONE.canMoveTo(STAGE_2_DONE)).isTrue();
        assertThat(STAGE_2_DONE.canMoveTo(CERTIFIED)).isTrue();

        assertThat(APPLIED.canMoveTo(STAGE_2_DONE)).isFalse();
        assertThat(APPLIED.canMoveTo(CERTIFIED)).isFalse();
        assertThat(STAGE_1_DONE.canMoveTo(CERTIFIED)).isFalse();
    }

    @Test
    void cyc7_stage1TooOldIsRepeated() {
        assertThat(STAGE_1_DONE.canMoveTo(APPLIED)).isTrue();
    }

    @Test
    void nc3_stage2WithUnverifiedMajorIsRepeated() {
        assertThat(STAGE_2_DONE.canMoveTo(STAGE_1_DONE)).isTrue();
        assertThat(STAGE_2_DONE.canMoveTo(APPLIED)).isFalse();
    }

    @Test
    void cyc9_suspensionAndReinstatement() {
        assertThat(CERTIFIED.canMoveTo(SUSPENDED)).isTrue();
        assertThat(SUSPENDED.canMoveTo(CERTIFIED)).isTrue();
        assertThat(SUSPENDED.canMoveTo(WITHDRAWN)).isTrue();
        assertThat(SUSPENDED.canMoveTo(SUSPENDED)).isFalse();
        assertThat(APPLIED.canMoveTo(SUSPENDED)).isFalse();
    }

    @Test
    void cyc6_recertificationStartsANewCycleFromCertified() {
        assertThat(CERTIFIED.canMoveTo(CERTIFIED)).isTrue();
        assertThat(CERTIFIED.canMoveTo(EXPIRED)).isTrue();
        assertThat(SUSPENDED.canMoveTo(EXPIRED)).isTrue();
    }

    @Test
    void cyc8_expiredIsRestoredOnlyToCertified() {
        assertThat(EXPIRED.nextStates()).containsExactly(CERTIFIED);
        assertThat(EXPIRED.canMoveTo(WITHDRAWN)).isFalse();
    }

    @Test
    void applicationCanBeWithdrawnBeforeCertification() {
        assertThat(APPLIED.canMoveTo(WITHDRAWN)).isTrue();
        assertThat(STAGE_1_DONE.canMoveTo(WITHDRAWN)).isTrue();
        assertThat(STAGE_2_DONE.canMoveTo(WITHDRAWN)).isTrue();
        assertThat(CERTIFIED.canMoveTo(WITHDRAWN)).isTrue();
    }

    @Test
    void withdrawnIsFinal() {
        for (CertificationStatus next : CertificationStatus.values()) {
            assertThat(WITHDRAWN.canMoveTo(next)).as("WITHDRAWN -> " + next).isFalse();
        }
    }

    @Test
    void fullTransitionMatrix() {
        for (CertificationStatus from : CertificationStatus.values()) {
            for (CertificationStatus to : CertificationStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
            }
            assertThat(from.canMoveTo(null)).isFalse();
        }
    }

    @Test
    void activeStatuses() {
        assertThat(EnumSet.allOf(CertificationStatus.class).stream().filter(CertificationStatus::isActive))
                .containsExactlyInAnyOrder(APPLIED, STAGE_1_DONE, STAGE_2_DONE, CERTIFIED, SUSPENDED);
    }

    @Test
    void theActiveStatuses_areThoseBeforeWithdrawalOrExpiry() {
        assertThat(CertificationStatus.active()).containsExactly(APPLIED, STAGE_1_DONE, STAGE_2_DONE, CERTIFIED,
                SUSPENDED);
    }
}
