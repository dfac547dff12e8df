package org.certplan.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.certplan.platform.text.OneLine;

/**
 * A planner's manual assignment: a new start date, team or pin, each optional (absent = unchanged), always with a
 * reason. {@code force} writes it even though hard rules are broken, an incomplete team (COMP-7) among them; the
 * overridden rules go to the audit trail.
 */
public record AssignmentRequest(
        LocalDate startDate,
        @Size(max = 20) List<@Valid @NotNull Member> team,
        Boolean pinned,
        @OneLine @NotBlank @Size(max = 1000) String reason,
        Boolean force,
        @PositiveOrZero Long version,
        @OneLine @Size(max = 200) String actor) {

    /** One team member; {@code days} defaults to an equal share of the auditor-days (LEAD, AUDITOR) or the audit's length. */
    public record Member(
            @NotNull Long auditorId,
            @NotNull TeamRole role,
            @DecimalMin("0.5") @DecimalMax("999") BigDecimal days) {

        public boolean counts() {
            return role == TeamRole.LEAD || role == TeamRole.AUDITOR;
        }
    }

    /** An empty team and no new date: the audit is taken off the plan (UNPLANNED, no date). */
    public boolean releases() {
        return team != null && team.isEmpty() && startDate == null;
    }

    public boolean forced() {
        return Boolean.TRUE.equals(force);
    }

    public AssignmentRequest withActor(String recorded) {
        return new AssignmentRequest(startDate, team, pinned, reason, force, version, recorded);
    }
}
