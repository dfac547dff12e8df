package org.certplan.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FollowUpsTest {

    private final FollowUps followUps = new FollowUps(ProgrammePolicy.defaults());
    private static final LocalDate RAISED = LocalDate.of(2025, 3, 7);

    @Test
    void nc2_deadlineIsSixWeeksAfterTheRaisingAudit() {
        assertThat(followUps.deadline(RAISED)).isEqualTo(LocalDate.of(2025, 4, 18));
        assertThat(followUps.deadline(RAISED, AuditType.SURVEILLANCE_1)).isEqualTo(LocalDate.of(2025, 4, 18));
        assertThat(followUps.overdue(RAISED, AuditType.SURVEILLANCE_1, LocalDate.of(2025, 4, 18))).isFalse();
        assertThat(followUps.overdue(RAISED, AuditType.SURVEILLANCE_1, LocalDate.of(2025, 4, 19))).isTrue();
    }

    @Test
    void nc2_deadlineFollowsPolicy() {
        FollowUps ninety = new FollowUps(ProgrammePolicy.defaults().toBuilder().majorNcDeadlineDays(90).build());
        assertThat(ninety.deadline(RAISED)).isEqualTo(LocalDate.of(2025, 6, 5));
    }

    @Test
    void nc4_stage2TakesTheEarlierOfSixWeeksAndSixMonths() {
        assertThat(followUps.deadline(RAISED, AuditType.STAGE_2)).isEqualTo(LocalDate.of(2025, 4, 18));
        FollowUps lenient = new FollowUps(ProgrammePolicy.defaults().toBuilder().majorNcDeadlineDays(365).build());
        assertThat(lenient.deadline(RAISED, AuditType.STAGE_2)).isEqualTo(LocalDate.of(2025, 9, 7));
        assertThat(lenient.deadline(RAISED, AuditType.RECERTIFICATION)).isEqualTo(LocalDate.of(2026, 3, 7));
    }

    @Test
    void nc3_atRiskWhenNotPlannedOrPlannedTooLate() {
        assertThat(followUps.atRisk(RAISED, AuditType.STAGE_2, null)).isTrue();
        assertThat(followUps.atRisk(RAISED, AuditType.STAGE_2, LocalDate.of(2025, 4, 19))).isTrue();
        assertThat(followUps.atRisk(RAISED, AuditType.STAGE_2, LocalDate.of(2025, 4, 18))).isFalse();
    }

    @Test
    void nc3_openMajorBlocksInitialAndRecertificationDecisions() {
        assertThat(FollowUps.blocksDecision(AuditType.STAGE_2, 1)).isTrue();
        assertThat(FollowUps.blocksDecision(AuditType.RECERTIFICATION, 2)).isTrue();
        assertThat(FollowUps.blocksDecision(AuditType.STAGE_2, 0)).isFalse();
        assertThat(FollowUps.blocksDecision(AuditType.SURVEILLANCE_1, 1)).isFalse();
    }

    @Test
    void nc3_consequenceOfAnOverdueMajor() {
        assertThat(FollowUps.whenOverdue(CertificationStatus.STAGE_2_DONE))
                .isEqualTo(FollowUps.Consequence.REPEAT_STAGE_2);
        assertThat(FollowUps.whenOverdue(CertificationStatus.CERTIFIED)).isEqualTo(FollowUps.Consequence.SUSPEND);
        assertThat(FollowUps.whenOverdue(CertificationStatus.SUSPENDED)).isEqualTo(FollowUps.Consequence.NONE);
        assertThat(FollowUps.whenOverdue(CertificationStatus.WITHDRAWN)).isEqualTo(FollowUps.Consequence.NONE);
    }
}
