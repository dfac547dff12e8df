package org.certplan.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.certplan.programme.AuditType;
import org.junit.jupiter.api.Test;

class RunStaffingTest {

    private static final LocalDate DEADLINE = LocalDate.of(2027, 6, 30);

    private static RunStaffing.Row row(long id, AuditType type, String days, boolean staffed) {
        return new RunStaffing.Row(id, 100 + id, 200 + id, type, DEADLINE, new BigDecimal(days), staffed);
    }

    @Test
    void unstaffedAuditsAreCountedByTypeWithTheAuditorDaysTheyLeaveUnstaffed() {
        RunStaffing staffing = RunStaffing.of(List.of(row(1, AuditType.STAGE_1, "1.5", true),
                row(2, AuditType.STAGE_2, "3", false), row(3, AuditType.STAGE_2, "2.5", false),
                row(4, AuditType.SURVEILLANCE_1, "2", false)));

        assertThat(staffing.staffedAudits()).isEqualTo(1);
        assertThat(staffing.unstaffedAudits()).isEqualTo(3);
        assertThat(staffing.unstaffedByType()).isEqualTo(Map.of(AuditType.STAGE_2, 2, AuditType.SURVEILLANCE_1, 1));
        assertThat(staffing.auditorDaysNotStaffed()).isEqualByComparingTo("7.5");
    }

    @Test
    void surveillanceRecertificationAndFollowUpsLeftUnstaffedPutTheirCertificateAtRiskTheDayAfterTheirDeadline() {
        RunStaffing staffing = RunStaffing.of(List.of(row(1, AuditType.SURVEILLANCE_2, "2", false),
                row(2, AuditType.RECERTIFICATION, "4", false), row(3, AuditType.FOLLOW_UP, "0.5", false),
                row(4, AuditType.STAGE_2, "3", false), row(5, AuditType.SURVEILLANCE_1, "2", true)));

        assertThat(staffing.certificatesAtRisk()).extracting(RunStaffing.CertificateAtRisk::auditId)
                .containsExactly(1L, 2L, 3L);
        assertThat(staffing.certificatesAtRisk()).allSatisfy(risk -> {
            assertThat(risk.from()).isEqualTo(DEADLINE.plusDays(1));
            assertThat(risk.certificationId()).isEqualTo(100 + risk.auditId());
        });
        assertThat(staffing.certificatesAtRisk().get(0).risk()).startsWith("suspension").contains("CYC-3");
        assertThat(staffing.certificatesAtRisk().get(1).risk()).startsWith("expiry").contains("CYC-6");
        assertThat(staffing.certificatesAtRisk().get(2).risk()).contains("NC-3");
    }
}
