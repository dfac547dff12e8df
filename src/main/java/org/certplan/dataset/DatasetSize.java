package org.certplan.dataset;

/**
 * How big a generated dataset is: its clients, and the auditors of the {@code understaffed} profile; the
 * {@code realistic} profile sizes its pool for its clients' audits instead.
 */
public enum DatasetSize {
    S(50, 10),
    M(2_000, 150),
    L(20_000, 1_500);

    private final int clients;
    private final int auditors;

    DatasetSize(int clients, int auditors) {
        this.clients = clients;
        this.auditors = auditors;
    }

    public int clients() {
        return clients;
    }

    public int auditors() {
        return auditors;
    }
}
