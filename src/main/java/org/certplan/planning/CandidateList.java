package org.certplan.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * The best alternative placements of one audit, best first. {@code currentScore} is the score of the plan around
 * the audit as it stands; each option's {@code scoreDelta} is its score minus that one (positive is better).
 */
public record CandidateList(long auditId, LocalDate currentStartDate, String currentScore, int evaluated,
        List<Option> candidates) {

    public record Option(LocalDate startDate, LocalDate endDate, List<Member> team, String score, Delta scoreDelta,
            boolean feasible, List<Breach> breaks) {
    }

    public record Member(long auditorId, String name, String role) {
    }

    public record Delta(long hard, long medium, long soft) {
    }

    public record Breach(String rule, String detail) {
    }
}
