package org.certplan.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * COMP-7, whole teams or none: an audit is staffed when its team has a lead and fills every seat COMP-5 needs,
 * {@code ceil(on-site days / the policy maximum per auditor)} leads and auditors (at least one). Technical experts
 * and interpreters hold no seat. PLANNED and CONFIRMED mean staffed; an audit held by a planner's forced
 * incomplete team, or a confirmed one that lost a member, is flagged as such wherever it is shown.
 */
public record TeamSeats(int maxDaysPerAuditor) {

    public static final String RULE = "COMP-7";

    /**
     * SQL true for an audit row {@code a} whose team is not whole; binds {@code :maxDaysPerAuditor}. Must agree
     * with {@link #missing}.
     */
    public static final String NOT_WHOLE_SQL = """
            ((SELECT COUNT(*) FROM audit_team_member wl
              WHERE wl.audit_id = a.id AND wl.role = 'LEAD' AND wl.auditor_id IS NOT NULL) = 0
             OR (SELECT COUNT(*) FROM audit_team_member ws
                 WHERE ws.audit_id = a.id AND ws.role IN ('LEAD', 'AUDITOR') AND ws.auditor_id IS NOT NULL)
                < CEIL(GREATEST(1, CEIL(a.onsite_days)) / :maxDaysPerAuditor))""";

    public TeamSeats {
        if (maxDaysPerAuditor < 1) {
            throw new IllegalArgumentException("maxDaysPerAuditor must be at least 1, is " + maxDaysPerAuditor);
        }
    }

    /** The seats (lead included) an audit of these on-site days needs. */
    public int needed(BigDecimal onsiteDays) {
        int wholeDays = Math.max(1, onsiteDays.setScale(0, RoundingMode.CEILING).intValue());
        return (wholeDays + maxDaysPerAuditor - 1) / maxDaysPerAuditor;
    }

    /** What keeps the team of {@code roles} (one per member with an auditor) from being whole, if anything. */
    public Optional<String> missing(BigDecimal onsiteDays, Collection<TeamRole> roles) {
        long leads = roles.stream().filter(r -> r == TeamRole.LEAD).count();
        long seated = roles.stream().filter(r -> r == TeamRole.LEAD || r == TeamRole.AUDITOR).count();
        int needed = needed(onsiteDays);
        if (leads == 0 && seated == 0) {
            return Optional.of("no team: all " + needed + " seat" + (needed == 1 ? "" : "s") + " empty, no lead");
        }
        if (leads == 0) {
            return Optional.of("no lead");
        }
        if (seated < needed) {
            return Optional.of((needed - seated) + " of " + needed + " seats empty");
        }
        return Optional.empty();
    }

    public boolean whole(BigDecimal onsiteDays, Collection<TeamRole> roles) {
        return missing(onsiteDays, roles).isEmpty();
    }

    /** The roles of the members that hold an auditor (a deleted auditor's row holds none). */
    public static List<TeamRole> roles(Collection<TeamMember> members) {
        return members.stream().filter(m -> m.auditorId != null).map(m -> m.role).toList();
    }
}
