package org.certplan.platform.problem;

/** The stable kinds of error certplan answers with; {@link #uri()} is the problem's {@code type}. */
public enum ProblemType {
    MALFORMED_REQUEST(400, "Malformed request"),
    INVALID_INPUT(400, "Invalid input"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    STALE_VERSION(409, "Stale version"),
    CONFLICT(409, "Conflict"),
    INVALID_STATE(409, "Not allowed in the current state"),
    FEED_LINK_REPLACED(410, "Calendar link replaced"),
    FEED_LINK_EXPIRED(410, "Calendar link expired"),
    LENGTH_REQUIRED(411, "Length required"),
    PAYLOAD_TOO_LARGE(413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    RULE_VIOLATION(422, "A rule of the audit programme would be broken"),
    INTERNAL(500, "Internal error");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "https://certplan.org/problems/" + name().toLowerCase().replace('_', '-');
    }
}
