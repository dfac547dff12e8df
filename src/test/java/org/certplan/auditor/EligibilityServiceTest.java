package org.certplan.auditor;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.TeamRole;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "planner", roles = "planner")
class EligibilityServiceTest {

    private static final LocalDate FROM = LocalDate.of(2032, 6, 14);
    private static final LocalDate TO = LocalDate.of(2032, 6, 16);

    @Inject
    EligibilityService eligibility;

    @Inject
    AuditorHistory history;

    @Test
    void competencesNameWhoMayLeadAuditCoverEachAreaAndSpeakEachLanguage() {
        long client = Fixtures.client("DE", Set.of("ZX-1", "ZX-2"), Set.of("it"));
        long lead = Fixtures.auditor("it");
        long auditor = Fixtures.auditor("de");
        long expired = Fixtures.auditor("it");
        Fixtures.qualifications(lead, Fixtures.qualification("LEAD_AUDITOR", FROM.minusYears(1), TO, "ZX-1"));
        Fixtures.qualifications(auditor, Fixtures.qualification("AUDITOR", FROM, TO.plusYears(1), "ZX-2"));
        Fixtures.qualifications(expired, Fixtures.qualification("LEAD_AUDITOR", FROM.minusYears(1), TO.minusDays(1),
                "ZX-1", "ZX-2"));

        Competences competences = eligibility.competences(client, FROM, TO);

        assertThat(competences.leads()).contains(lead).doesNotContain(auditor, expired);
        assertThat(competences.auditors()).contains(lead, auditor).doesNotContain(expired);
        assertThat(competences.byTechnicalArea().get("ZX-1")).containsExactly(lead);
        assertThat(competences.byTechnicalArea().get("ZX-2")).containsExactly(auditor);
        assertThat(competences.byLanguage().get("it")).contains(lead, expired).doesNotContain(auditor);
        assertThat(eligibility.qualifiedFor(TeamRole.LEAD, FROM, TO)).contains(lead).doesNotContain(expired);
        assertThat(eligibility.coveringTechnicalArea("ZX-2", FROM, TO)).containsExactly(auditor);
    }

    @Test
    void checkAllAnswersForEveryKnownAuditorAtOnce() {
        long client = Fixtures.client("DE", Set.of(), Set.of("de"));
        long qualified = Fixtures.auditor("de");
        long unqualified = Fixtures.auditor("de");
        Fixtures.qualifications(qualified, Fixtures.qualification("LEAD_AUDITOR", FROM, TO));

        Map<Long, Eligibility> result = eligibility.checkAll(List.of(qualified, unqualified, 987654321L), client,
                new Engagement(FROM, TO, TeamRole.LEAD));

        assertThat(result).containsOnlyKeys(qualified, unqualified);
        assertThat(result.get(qualified).eligible()).isTrue();
        assertThat(result.get(unqualified).reasons()).extracting(Reason::rule).containsExactly("COMP-1");
    }

    @Test
    void imp3AnAuditsOwnCycleIsTheOneRotationLooksAt() {
        long client = Fixtures.client("DE", Set.of(), Set.of("de"));
        long certification = Fixtures.certification(client, 2);
        long lead = Fixtures.auditor("de");
        Fixtures.qualifications(lead, Fixtures.qualification("LEAD_AUDITOR", FROM.minusYears(10), TO));
        for (int cycle = 1; cycle <= 2; cycle++) {
            long led = Fixtures.audit(certification, client, cycle, AuditStatus.COMPLETED,
                    LocalDate.of(2026 + cycle, 3, 1), LocalDate.of(2026 + cycle, 3, 2));
            Fixtures.teamMember(led, lead, TeamRole.LEAD, "2.0");
        }
        long cancelled = Fixtures.audit(certification, client, 0, AuditStatus.CANCELLED, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 3));
        Fixtures.teamMember(cancelled, lead, TeamRole.LEAD, "2.0");
        long next = Fixtures.audit(certification, client, 3, AuditStatus.UNPLANNED, FROM, TO);

        assertThat(eligibility.check(lead, client, new Engagement(FROM, TO, TeamRole.LEAD)).eligible()).isTrue();
        assertThat(eligibility.check(lead, client, new Engagement(FROM, TO, TeamRole.LEAD, null, next)).reasons())
                .extracting(Reason::rule).containsExactly("IMP-3");
        assertThat(history.leadsOfClient(client)).extracting(Lead::cycleNumber).containsExactly(1, 2);
        assertThat(history.leadsBy(lead)).allMatch(l -> l.clientId() == client && l.auditorId() == lead);
    }
}
