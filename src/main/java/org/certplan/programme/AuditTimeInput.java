package org.certplan.programme;

import java.util.List;

/**
 * What the audit time of a certification is calculated from.
 *
 * @param persons persons doing work under the client's control
 * @param identicalWorkPersons of those, persons doing identical simple work (AT-2), or null when not applied
 * @param adjustmentPercent net adjustment of the table time in percent, negative for a reduction (AT-3)
 * @param remote whether part of the on-site time may be done remotely (AT-9)
 * @param sites the client's sites; more than one makes it a multi-site client (MS-4); null means none recorded
 */
public record AuditTimeInput(int persons, Integer identicalWorkPersons, int adjustmentPercent, boolean remote,
                             List<SiteInput> sites) {

    public AuditTimeInput {
        if (persons < 1) {
            throw new IllegalArgumentException("persons must be at least 1 but was " + persons);
        }
        if (identicalWorkPersons != null && (identicalWorkPersons < 0 || identicalWorkPersons > persons)) {
            throw new IllegalArgumentException("identical-work persons must be between 0 and " + persons
                    + " but was " + identicalWorkPersons);
        }
        sites = sites == null ? List.of() : List.copyOf(sites);
    }

    public boolean multiSite() {
        return sites.size() > 1;
    }
}
