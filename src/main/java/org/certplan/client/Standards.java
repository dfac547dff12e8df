package org.certplan.client;

/** The standards certplan plans audits for. */
final class Standards {

    static final String PATTERN = "ISO/IEC 27001:(2013|2022)";
    static final String MESSAGE = "must be ISO/IEC 27001:2022 (or ISO/IEC 27001:2013 for transferred certificates)";

    private Standards() {
    }
}
