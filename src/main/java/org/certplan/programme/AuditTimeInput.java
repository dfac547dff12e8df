package org.certplan.programme;

/**
 * What the audit time of a certification is calculated from.
 *
 * @param persons persons doing work under the client's control
 * @param identicalWorkPersons of those, persons doing identical simple work (AT-2), or null when not applied
 * @param adjustmentPercent net adjustment of the table time in percent, negative for a reduction (AT-3)
 * @param remote whether part of the on-site time may be done remotely (AT-9)
 */
public record AuditTimeInput(int persons, Integer identicalWorkPersons, int adjustmentPercent, boolean remote) {

    public AuditTimeInput {
        if (persons < 1) {
            throw new IllegalArgumentException("persons must be at least 1 but was " + persons);
        }
        if (identicalWorkPersons != null && (identicalWorkPersons < 0 || identicalWorkPersons > persons)) {
            throw new IllegalArgumentException("identical-work persons must be between 0 and " + persons
                    + " but was " + identicalWorkPersons);
        }
    }
}
