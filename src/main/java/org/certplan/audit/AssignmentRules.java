package org.certplan.audit;

import java.time.LocalDate;
import java.util.List;
import org.certplan.platform.problem.Problem;

/**
 * Judges a manual placement of an audit against the hard rules. Implemented by the planning model, so that a
 * planner's assignment and the solver's are held to the same constraints.
 */
public interface AssignmentRules {

    /**
     * @param startDate the start to judge, or null for an audit without a date (then only its team size is judged)
     * @param team the whole team to judge (may be empty)
     */
    Placement judge(long auditId, LocalDate startDate, List<AssignmentRequest.Member> team);

    /**
     * What the placement would be: its last audit day, its team with every member's days, and the hard rules it
     * breaks (whether the team is whole, COMP-7, is {@link TeamSeats}' to say).
     */
    record Placement(LocalDate endDate, List<AssignmentRequest.Member> team, List<Problem.RuleBreach> breaches) {

        public Placement {
            team = List.copyOf(team);
            breaches = List.copyOf(breaches);
        }
    }
}
