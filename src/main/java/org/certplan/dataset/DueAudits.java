package org.certplan.dataset;

import java.util.ArrayList;
import java.util.List;
import org.certplan.client.SiteRequest;
import org.certplan.programme.AuditTime;
import org.certplan.programme.AuditTimeCalculator;
import org.certplan.programme.AuditTimeInput;
import org.certplan.programme.SiteInput;

/** The audits of a generated client that a run over the horizon has to staff, with their on-site days. */
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
        List<SiteInput> sites = new ArrayList<>();
        for (int i = 0; i < client.sites().size(); i++) {
            SiteRequest site = client.sites().get(i);
            sites.add(new SiteInput(i + 1, site.name(), site.persons(), site.central()));
        }
        AuditTime time = times.calculate(new AuditTimeInput(client.persons(), client.identicalWorkPersons(),
                c.adjustmentPercent() == null ? 0 : c.adjustmentPercent(), Boolean.TRUE.equals(c.remote()), sites));
        return open.stream().map(a -> new DueAudit(client.ref(), a.type(), a.window(), time.onsiteDaysFor(a.type()),
                client.technicalAreas(), client.languages())).toList();
    }
}
