package org.certplan.portal;

import org.certplan.programme.AuditType;

/** How an audit type reads for people outside the planning office. */
final class AuditLabels {

    private AuditLabels() {
    }

    static String of(AuditType type) {
        return switch (type) {
            case STAGE_1 -> "Stage 1 audit";
            case STAGE_2 -> "Stage 2 audit";
            case SURVEILLANCE_1 -> "Surveillance audit 1";
            case SURVEILLANCE_2 -> "Surveillance audit 2";
            case RECERTIFICATION -> "Recertification audit";
            case FOLLOW_UP -> "Follow-up audit";
            case SPECIAL -> "Special audit";
        };
    }
}
