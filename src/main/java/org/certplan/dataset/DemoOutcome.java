package org.certplan.dataset;

/** What the start-up did with the demo data {@code CERTPLAN_DEMO} asked for. */
public record DemoOutcome(String state, String size, String detail) {

    static final DemoOutcome NOT_REQUESTED = new DemoOutcome("not requested", null, "CERTPLAN_DEMO is not set");

    static DemoOutcome loaded(DatasetSize size, long clients) {
        return new DemoOutcome("loaded", size.name(), "dataset " + size + " loaded: " + clients + " clients");
    }

    static DemoOutcome skipped(DatasetSize size, long clients, String startFresh) {
        return new DemoOutcome("skipped", size.name(), "Demo data " + size + " skipped: the database already "
                + "holds " + clients + " client(s), and demo data is only loaded into an empty one; " + startFresh);
    }
}
