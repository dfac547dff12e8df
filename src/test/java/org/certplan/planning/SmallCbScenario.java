package org.certplan.planning;

import static org.certplan.planning.TestData.auditor;
import static org.certplan.planning.TestData.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.certplan.programme.AuditType;
import org.certplan.rules.ConflictBar;
import org.certplan.rules.QualificationRole;

/**
 * A small certification body: six auditors with different qualifications and languages, seven ordinary clients and
 * one energy company whose only energy-qualified auditor consulted for it (IMP-1), so its audit cannot be staffed.
 */
final class SmallCbScenario {

    static final long ENERGY_CLIENT = 8;
    static final long ENERGY_AUDIT = 1000;
    static final long ENERGY_EXPERT = 6;

    private SmallCbScenario() {
    }

    static List<PlanningAuditor> auditors() {
        return List.of(
                auditor(1).lead("IT", "FIN").languages("en", "de").home(52.52, 13.40).build(),
                auditor(2).lead("IT", "HEALTH").languages("en").home(53.55, 9.99).build(),
                auditor(3).auditorOnly("IT", "FIN", "HEALTH").languages("en", "de").home(48.14, 11.58).build(),
                auditor(4).lead("IT", "FIN", "HEALTH").languages("en", "fr").home(50.11, 8.68)
                        .unavailable(TestData.MONDAY.plusWeeks(9), TestData.MONDAY.plusWeeks(9).plusDays(1),
                                TestData.MONDAY.plusWeeks(9).plusDays(2))
                        .build(),
                auditor(5).qualification(QualificationRole.AUDITOR, LocalDate.of(2027, 6, 1), null, "IT")
                        .languages("de").home(50.94, 6.96).build(),
                auditor(ENERGY_EXPERT).lead("IT", "ENERGY").languages("en").home(51.34, 12.37)
                        .conflict(ENERGY_CLIENT, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31),
                                ConflictBar.IMP_1)
                        .build());
    }

    static List<PlanningClient> clients() {
        return List.of(
                client(1).areas("IT").languages("en").at(52.40, 13.06).build(),
                client(2).areas("IT", "FIN").languages("en").at(50.11, 8.68).build(),
                client(3).areas("IT", "FIN").languages("de").at(48.78, 9.18).build(),
                client(4).areas("IT", "HEALTH").languages("en").at(53.08, 8.80).build(),
                client(5).areas("HEALTH").languages("en").at(51.45, 7.01).build(),
                client(6).areas("IT").languages("en").holiday(LocalDate.of(2027, 5, 13)).at(49.45, 11.08).build(),
                client(7).areas("FIN", "HEALTH").languages("en")
                        .blackout(LocalDate.of(2027, 8, 1), LocalDate.of(2027, 8, 31)).at(51.05, 13.74).build(),
                client(ENERGY_CLIENT).areas("ENERGY").languages("en").at(51.34, 12.37).build());
    }

    /** {@code ordinaryAudits} audits every ten days from February 2027, plus the energy client's audit. */
    static AuditPlan plan(int ordinaryAudits) {
        List<PlanningAuditor> auditors = auditors();
        List<PlanningClient> clients = clients();
        String[] sizes = {"1.5", "2.5", "3", "4.5", "7", "2"};
        AuditType[] types = {AuditType.SURVEILLANCE_1, AuditType.SURVEILLANCE_2, AuditType.RECERTIFICATION};
        List<PlanningAudit> audits = new ArrayList<>();
        for (int i = 0; i < ordinaryAudits; i++) {
            LocalDate target = LocalDate.of(2027, 2, 1).plusDays(10L * i);
            audits.add(PlanningAudit.builder(100 + i, clients.get(i % 7), types[i % types.length])
                    .certification(500L + i % 7)
                    .window(target.minusDays(30), target.plusDays(30))
                    .target(target)
                    .onsiteDays(sizes[i % sizes.length])
                    .build(TestData.POLICY));
        }
        LocalDate energyTarget = LocalDate.of(2027, 6, 15);
        audits.add(PlanningAudit.builder(ENERGY_AUDIT, clients.get(7), AuditType.SURVEILLANCE_1)
                .certification(599L)
                .window(energyTarget.minusDays(60), energyTarget)
                .target(energyTarget)
                .onsiteDays("2")
                .build(TestData.POLICY));
        return new AuditPlan(auditors, clients, audits, TestData.POLICY, new AuditPlanWeights());
    }
}
