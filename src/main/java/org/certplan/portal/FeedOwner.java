package org.certplan.portal;

/** Whose calendar a feed is: an auditor's assignments or a client's audits. */
public record FeedOwner(Kind kind, long id) {

    public enum Kind { AUDITOR, CLIENT }

    public static FeedOwner auditor(long id) {
        return new FeedOwner(Kind.AUDITOR, id);
    }

    public static FeedOwner client(long id) {
        return new FeedOwner(Kind.CLIENT, id);
    }

    /** The unique key that admits one feed per owner. */
    String uniqueKey() {
        return kind == Kind.AUDITOR ? "uq_calendar_feed_auditor" : "uq_calendar_feed_client";
    }

    /** The feed's path under {@code /api/v1}. */
    public String feedPath() {
        return "/api/v1/calendars/" + (kind == Kind.AUDITOR ? "auditors/" : "clients/") + id + ".ics";
    }
}
