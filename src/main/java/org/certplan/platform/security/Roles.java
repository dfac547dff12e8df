package org.certplan.platform.security;

/** The roles a token's {@code groups} claim may carry (api.md "Roles"). */
public final class Roles {

    /** Plans the programme: every endpoint except the portal and the admin ones. */
    public static final String PLANNER = "planner";
    /** A planner who may also change the CB's policy and load datasets. */
    public static final String ADMIN = "admin";
    /** Reads own assignments and calendar, keeps own availability and conflict declarations. */
    public static final String AUDITOR = "auditor";
    /** A certified organisation in the portal: its own audits and certifications only. */
    public static final String CLIENT = "client";

    /** The claim naming the client a {@code client} token belongs to. */
    public static final String CLIENT_ID_CLAIM = "client_id";
    /** The claim naming the auditor an {@code auditor} token belongs to. */
    public static final String AUDITOR_ID_CLAIM = "auditor_id";

    private Roles() {
    }
}
