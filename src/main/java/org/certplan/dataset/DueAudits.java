package org.certplan.dataset;

import java.util.List;
import org.certplan.programme.AuditTime;
import org.certplan.programme.AuditTimeCalculator;
import org.certplan.programme.AuditTimeInput;

/**
 * The audits of a generated client that a run over the horizon has to staff, with their on-site days: for a
 * multi-site client those of the whole organisation at one site, the least its sampled audits take (MS-4).
 */
final class DueAudits {

    private DueAudits() {
    }

    static List<DueAudit> of(DatasetClient client, ClientCertification certification, AuditTimeCalculator times,
            Horizon horizon) {
        List<CertificationLife.OpenAudit> open = certification.open().stream()
                .filter(a -> horizon.plans(a.window())).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        DatasetCertification c = certification.certification();
        AuditTime time = times.calculate(new AuditTimeInput(client.persons(), client.identicalWorkPersons(),
                c.adjustmentPercent() == null ? 0 : c.adjustmentPercent(), Boolean.TRUE.equals(c.remote())));
        return open.stream().map(a -> new DueAudit(client.ref(), a.type(), a.window(), time.onsiteDaysFor(a.type()),
                client.technicalAreas(), client.languages())).toList();
    }
}
