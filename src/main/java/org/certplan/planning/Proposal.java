package org.certplan.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.TeamRole;
import org.certplan.audit.TeamSeats;
import org.certplan.platform.text.Texts;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A solved plan compared with the snapshot it was solved from: per planned audit, the date and team read and
 * the date and team proposed, why seats stay empty, and the rules that shaped it.
 */
public record Proposal(HardMediumSoftLongScore score, List<Item> items) {

    private static final int MAX_TEXT = 2000;

    /** One audit of the proposal. */
    public record Item(PlanSnapshot.AuditRow read, LocalDate newStart, LocalDate newEnd, List<TeamEntry> newTeam,
            String unassignedReason, List<RuleImpact> impacts, boolean changed) {

        public boolean fullyStaffed() {
            return unassignedReason == null;
        }

        /** The summed score impact of the rules touching the audit, and how often each rule matched. */
        public String explanationSummary() {
            if (impacts.isEmpty()) {
                return "no rule touches this audit";
            }
            HardMediumSoftLongScore total = impacts.stream().map(RuleImpact::impact)
                    .reduce(HardMediumSoftLongScore.ZERO, HardMediumSoftLongScore::add);
            Map<String, Long> byRule = impacts.stream()
                    .collect(Collectors.groupingBy(RuleImpact::ruleId, TreeMap::new, Collectors.counting()));
            return total + " from " + byRule.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue())
                    .collect(Collectors.joining(", "));
        }
    }

    public static Proposal of(PlanSnapshot snapshot, AuditPlan solved, PlanExplainer explainer) {
        return of(snapshot, new GuardedPlan(solved, Map.of(), Set.of()), explainer);
    }

    /**
     * The proposal of a guarded plan: whole teams or none. An audit the {@link HardRuleGuard} left unplanned, or one
     * not pinned with an empty seat, gets no date and no team, with its reason. Pinned audits keep what they have.
     */
    public static Proposal of(PlanSnapshot snapshot, GuardedPlan guarded, PlanExplainer explainer) {
        AuditPlan solved = guarded.plan();
        Map<Long, List<RuleImpact>> impacts = explainer.explainAll(solved);
        EligibilityCheck check = new EligibilityCheck(solved);
        Map<Long, PlanningAudit> byId = solved.getAudits().stream()
                .collect(Collectors.toMap(PlanningAudit::getId, audit -> audit));
        List<Item> items = new ArrayList<>();
        for (PlanSnapshot.AuditRow row : snapshot.audits().values()) {
            PlanningAudit audit = guarded.isUnplanned(row.id()) ? null : planned(byId, row.id());
            List<String> empty = audit == null ? List.of() : audit.getSeats().stream().filter(seat -> !seat.isAssigned())
                    .map(seat -> emptySeatReason(check, seat)).toList();
            if (audit == null || (!audit.isPinned() && !empty.isEmpty())) {
                String reason = Texts.truncate(audit == null ? guarded.releaseReasons().get(row.id())
                        : "left unplanned without a whole team (" + TeamSeats.RULE + "): " + String.join("; ", empty),
                        MAX_TEXT);
                boolean changed = !row.keepsDateAndTeam() && (row.status() != AuditStatus.UNPLANNED
                        || row.startDate() != null || !row.seatOrder().isEmpty()
                        || !Objects.equals(row.unassignedReason(), reason));
                items.add(new Item(row, null, null, List.of(), reason, List.of(), changed));
                continue;
            }
            List<TeamEntry> team = new ArrayList<>();
            BigDecimal days = seatDays(row.auditorDays(), audit.getSeatCount());
            for (TeamSeat seat : audit.getSeats()) {
                if (seat.getAuditor() != null) {
                    team.add(new TeamEntry(seat.getAuditor().getId(), seat.isLead() ? TeamRole.LEAD : TeamRole.AUDITOR, days));
                }
            }
            String reason = Texts.truncate(empty.isEmpty() ? null : String.join("; ", empty), MAX_TEXT);
            // an audit pinned for the run (confirmed, pinned, or published and kept by REPAIR) changes nothing
            boolean changed = !row.keepsDateAndTeam() && !audit.isPinned() && (row.status() == AuditStatus.UNPLANNED
                    || !Objects.equals(row.startDate(), audit.getStartDate())
                    || !Objects.equals(row.endDate(), audit.lastDay())
                    || !row.seatOrder().equals(team.stream().map(TeamEntry::auditorId).toList())
                    || !Objects.equals(row.unassignedReason(), reason));
            items.add(new Item(row, audit.getStartDate(), audit.lastDay(), team, reason,
                    impacts.getOrDefault(row.id(), List.of()), changed));
        }
        return new Proposal(solved.getScore(), items);
    }

    private static PlanningAudit planned(Map<Long, PlanningAudit> byId, long auditId) {
        PlanningAudit audit = byId.get(auditId);
        if (audit == null) {
            throw new IllegalArgumentException("No audit " + auditId + " in this plan");
        }
        return audit;
    }

    public long assigned() {
        return items.stream().filter(Item::fullyStaffed).count();
    }

    public long unassigned() {
        return items.size() - assigned();
    }

    public long changed() {
        return items.stream().filter(Item::changed).count();
    }

    /** Each seat holder's share of the auditor-days, in half days rounded up. */
    static BigDecimal seatDays(BigDecimal auditorDays, int seats) {
        return auditorDays.multiply(BigDecimal.valueOf(2)).divide(BigDecimal.valueOf(seats), 0, RoundingMode.CEILING)
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    }

    /**
     * Why an empty seat stayed empty, competence first: when no auditor is competent and impartial for it, the
     * competence and impartiality rules that rule them out; otherwise the date and load rules that rule out each of
     * the competent ones, so that a competence gap is never reported as a booking.
     */
    static String emptySeatReason(EligibilityCheck check, TeamSeat seat) {
        List<CandidateVerdict> verdicts = check.candidatesFor(seat);
        String what = "the " + seat.role() + " seat from " + seat.getStartDate();
        if (verdicts.isEmpty()) {
            return what + " is empty: there are no auditors";
        }
        long eligible = verdicts.stream().filter(CandidateVerdict::eligible).count();
        if (eligible > 0) {
            return what + " is empty although " + eligible + " of " + verdicts.size()
                    + " auditors are eligible there; filling it would break a rule elsewhere. Remedies: 1) place "
                    + verdicts.stream().filter(CandidateVerdict::eligible).limit(CompetenceCauses.NEAR_MATCHES)
                            .map(v -> v.auditor().getName()).collect(Collectors.joining(" or "))
                    + " by hand, with the audit's candidates (GET /api/v1/audits/" + seat.getAudit().getId()
                    + "/candidates) showing what each would break";
        }
        List<CandidateVerdict> competent = verdicts.stream()
                .filter(v -> v.breaches().stream().map(RuleBreach::ruleId).noneMatch(Proposal::isCompetenceRule))
                .toList();
        if (competent.isEmpty()) {
            return what + " is empty: none of " + verdicts.size() + " auditors is competent and impartial for it ("
                    + ruledOut(verdicts, Proposal::isCompetenceRule) + ")";
        }
        return what + " is empty: " + competent.size() + " of " + verdicts.size() + " auditors are competent and "
                + "impartial for it, and its date or their load rules out each of them ("
                + ruledOut(competent, rule -> true) + "). Remedies, fewest changes first: " + nearest(seat, competent);
    }

    /**
     * The competent auditors the fewest rules keep off the seat, each with what would have to give way; those on
     * another seat of the same audit are no remedy.
     */
    private static String nearest(TeamSeat seat, List<CandidateVerdict> competent) {
        List<CandidateVerdict> ranked = competent.stream()
                .filter(v -> seat.getAudit().getSeats().stream().noneMatch(other -> other.getAuditor() == v.auditor()))
                .sorted(Comparator.comparingInt((CandidateVerdict v) -> v.breaches().size())
                        .thenComparing(v -> v.auditor().getName()))
                .limit(CompetenceCauses.NEAR_MATCHES).toList();
        if (ranked.isEmpty()) {
            return "1) one more auditor competent and impartial for it";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ranked.size(); i++) {
            CandidateVerdict verdict = ranked.get(i);
            text.append(i == 0 ? "" : "; ").append(i + 1).append(") free ").append(verdict.auditor().getName())
                    .append(" (").append(verdict.breaches().stream().map(b -> b.ruleId() + " " + b.detail())
                            .collect(Collectors.joining(", "))).append(')');
        }
        return text.toString();
    }

    private static boolean isCompetenceRule(String ruleId) {
        return ruleId.startsWith("COMP-") || ruleId.startsWith("IMP-");
    }

    private static String ruledOut(List<CandidateVerdict> verdicts, Predicate<String> rules) {
        Map<String, Long> byRule = verdicts.stream()
                .flatMap(v -> v.breaches().stream().map(RuleBreach::ruleId).filter(rules).distinct())
                .collect(Collectors.groupingBy(rule -> rule, TreeMap::new, Collectors.counting()));
        return byRule.entrySet().stream().map(e -> e.getKey() + " rules out " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
