package org.certplan.planning;

import static org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_HARD;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toList;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.certplan.programme.AuditType;
import org.certplan.rules.ConflictBar;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * The rules of domain-rules.md as constraints. Every constraint name starts with its rule id, and every match is
 * justified with a {@link RuleMatch} so a planner can see, per audit, which rule, which auditor, how much.
 */
public class AuditPlanConstraints implements ConstraintProvider {

    static final String WITHIN_WINDOW = "CYC-3/CYC-5/CYC-6/CYC-7/NC-2 audit within its window";
    static final String STAGE_2_GAP = "CYC-7 stage 2 gap after stage 1";
    static final String CLIENT_BLACKOUT = "CYC-10 audit day in a client blackout";
    static final String CLIENT_HOLIDAY = "CAP-2 audit day on a client public holiday";
    static final String WORKING_DAYS_ONLY = "CAP-4 audit on working days only";
    static final String REMOTE_SHARE = "AT-9 remote share of on-site days";

    /** A published audit changed closer than this to its start costs more per day (§8.3). */
    static final int SHORT_NOTICE_DAYS = 90;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                auditWithinWindow(factory),
                cyc7Stage2GapAfterStage1(factory),
                cyc10ClientBlackout(factory),
                comp1LeadQualified(factory),
                comp2AuditorQualified(factory),
                comp3TechnicalAreasCovered(factory),
                comp4LanguageSpoken(factory),
                imp1ConsultancyCoolingOff(factory),
                imp2DeclaredConflict(factory),
                imp3LeadRotation(factory),
                cap1OneAuditAtATime(factory),
                cap2AuditorUnavailable(factory),
                cap2ClientHoliday(factory),
                cap3MonthlyCapacity(factory),
                cap3YearlyCapacity(factory),
                cap4WorkingDaysOnly(factory),
                at9RemoteShare(factory),
                followUpUnstaffed(factory),
                recertificationUnstaffed(factory),
                surveillance1Unstaffed(factory),
                surveillance2Unstaffed(factory),
                specialAuditUnstaffed(factory),
                stage2Unstaffed(factory),
                stage1Unstaffed(factory),
                seatUnassigned(factory),
                earlierThanTarget(factory),
                laterThanTarget(factory),
                publishedDateMoved(factory),
                publishedTeamChanged(factory),
                publishedChangedAtShortNotice(factory),
                leadContinuity(factory),
                travelDistance(factory),
                workloadBalance(factory)
        };
    }

    // ---- hard: domain-rules §1–7 ----

    // CYC-3 (SA1), CYC-5 (SA2, special), CYC-6 (recertification), CYC-7 (stage 2), NC-2 (follow-up): an audit outside
    // its window misses a deadline; the start range keeps the solver inside, this catches pinned and manual dates.
    Constraint auditWithinWindow(ConstraintFactory factory) {
        return factory.forEach(PlanningAudit.class)
                .filter(audit -> audit.daysOutsideWindow() > 0)
                .penalizeLong(ONE_HARD, PlanningAudit::daysOutsideWindow)
                .justifyWith((audit, score) -> RuleMatch.of(audit.windowRule(), audit, null,
                        audit.label() + " runs " + audit.getStartDate() + ".." + audit.lastDay()
                                + ", outside its window " + audit.getEarliestStart() + ".." + audit.getLatestEnd()
                                + " by " + audit.daysOutsideWindow() + " days"))
                .asConstraint(WITHIN_WINDOW);
    }

    // CYC-7: stage 2 needs time for stage 1 findings to be fixed, and stage 1 lapses after the maximum gap.
    Constraint cyc7Stage2GapAfterStage1(ConstraintFactory factory) {
        return factory.forEach(PlanningAudit.class)
                .filter(audit -> audit.getType() == AuditType.STAGE_1 && audit.getCertificationId() != null)
                .join(PlanningAudit.class,
                        Joiners.equal(PlanningAudit::getCertificationId),
                        Joiners.filtering((stage1, stage2) -> stage2.getType() == AuditType.STAGE_2))
                .join(PlanningPolicy.class)
                .filter((stage1, stage2, policy) -> stage2.stage2GapViolationDays(stage1, policy) > 0)
                .penalizeLong(ONE_HARD, (stage1, stage2, policy) -> stage2.stage2GapViolationDays(stage1, policy))
                .justifyWith((stage1, stage2, policy, score) -> new RuleMatch("CYC-7",
                        List.of(stage1.getId(), stage2.getId()), null,
                        stage2.label() + " starts " + stage2.getStartDate() + ", stage 1 ended " + stage1.lastDay()
                                + "; allowed gap " + policy.stage2MinGapDays() + " days to "
                                + policy.stage2MaxGapMonths() + " months"))
                .asConstraint(STAGE_2_GAP);
    }

    // CYC-10: the client declared it cannot host an audit then.
    Constraint cyc10ClientBlackout(ConstraintFactory factory) {
        return factory.forEach(PlanningAudit.class)
                .filter(audit -> !audit.getClient().blackoutDaysAmong(audit.days()).isEmpty())
                .penalize(ONE_HARD, audit -> audit.getClient().blackoutDaysAmong(audit.days()).size())
                .justifyWith((audit, score) -> RuleMatch.of("CYC-10", audit, null,
                        audit.label() + " falls in a client blackout on "
                                + audit.getClient().blackoutDaysAmong(audit.days())))
                .asConstraint(CLIENT_BLACKOUT);
    }

    // COMP-1: the team leader must hold a lead-auditor qualification valid on the audit dates.
    Constraint comp1LeadQualified(ConstraintFactory factory) {
        return factory.forEach(TeamSeat.class)
                .filter(seat -> seat.isLead() && !seat.getAudit().isBooked()
                        && !seat.getAuditor().qualifiedToLead(seat.days()))
                .penalize(ONE_HARD)
                .justifyWith((seat, score) -> RuleMatch.of("COMP-1", seat.getAudit(), seat.getAuditor(),
                        seat.getAuditor().getName() + " leads " + seat.getAudit().label()
                                + " without a lead-auditor qualification valid " + seat.firstDay() + ".."
                                + seat.days().get(seat.days().size() - 1)))
                .asConstraint("COMP-1 lead holds a valid lead-auditor qualification");
    }

    // COMP-2: only qualified auditors count toward audit time.
    Constraint comp2AuditorQualified(ConstraintFactory factory) {
        return factory.forEach(TeamSeat.class)
                .filter(seat -> !seat.isLead() && !seat.getAudit().isBooked()
                        && !seat.getAuditor().qualifiedToAudit(seat.days()))
                .penalize(ONE_HARD)
                .justifyWith((seat, score) -> RuleMatch.of("COMP-2", seat.getAudit(), seat.getAuditor(),
                        seat.getAuditor().getName() + " sits on " + seat.getAudit().label()
                                + " without an auditor qualification valid on the audit days"))
                .asConstraint("COMP-2 team member holds a valid auditor qualification");
    }

    // COMP-3: the team must be competent in every technical area of the scope; judged once the team is complete.
    Constraint comp3TechnicalAreasCovered(ConstraintFactory factory) {
        return factory.forEach(TeamSeat.class)
                .groupBy(TeamSeat::getAudit, toList())
                .filter((audit, seats) -> seats.size() == audit.getSeatCount() && !missingAreas(audit, seats).isEmpty())
                .penalize(ONE_HARD, (audit, seats) -> missingAreas(audit, seats).size())
                .justifyWith((audit, seats, score) -> RuleMatch.of("COMP-3", audit, null,
                        "the team of " + audit.label() + " covers no qualification for "
                                + new TreeSet<>(missingAreas(audit, seats))))
                .asConstraint("COMP-3 team covers the client's technical areas");
    }

    // COMP-4: someone on the team must speak each audit language of the client; judged once the team is complete.
    Constraint comp4LanguageSpoken(ConstraintFactory factory) {
        return factory.forEach(TeamSeat.class)
                .groupBy(TeamSeat::getAudit, toList())
                .filter((audit, seats) -> seats.size() == audit.getSeatCount()
                        && !audit.missingLanguages(team(seats)).isEmpty())
                .penalize(ONE_HARD, (audit, seats) -> audit.missingLanguages(team(seats)).size())
                .justifyWith((audit, seats, score) -> RuleMatch.of("COMP-4", audit, null,
                        "nobody on the team of " + audit.label() + " speaks "
                                + new TreeSet<>(audit.missingLanguages(team(seats)))))
                .asConstraint("COMP-4 team speaks the client's languages");
    }

    // IMP-1: a former consultant, employee or internal auditor of the client may not audit it before the cooling-off ends.
    Constraint imp1ConsultancyCoolingOff(ConstraintFactory factory) {
        return conflictConstraint(factory, ConflictBar.IMP_1, "IMP-1 auditor within a cooling-off period");
    }

    // IMP-2: a declared conflict (family, financial, complaint...) bars the auditor while it is in force.
    Constraint imp2DeclaredConflict(ConstraintFactory factory) {
        return conflictConstraint(factory, ConflictBar.IMP_2, "IMP-2 auditor with a declared conflict");
    }

    private Constraint conflictConstraint(ConstraintFactory factory, String rule, String name) {
        return factory.forEach(TeamSeat.class)
                .filter(seat -> barredDays(seat, rule) > 0)
                .penalizeLong(ONE_HARD, seat -> barredDays(seat, rule))
                .justifyWith((seat, score) -> RuleMatch.of(rule, seat.getAudit(), seat.getAuditor(),
                        seat.getAuditor().getName() + " is barred from " + seat.getAudit().getClient().getName()
                                + " on " + barredDays(seat, rule) + " audit days (until "
                                + seat.getAuditor().conflictOn(seat.getAudit().getClient().getId(), rule, seat.days())
                                        .map(c -> c.lastDay() == null ? "further notice" : c.lastDay().toString())
                                        .orElse("?")
                                + ")"))
                .asConstraint(name);
    }

    // IMP-3: leading the same client for too many consecutive cycles is a familiarity threat (N = 0 turns it off).
    Constraint imp3LeadRotation(ConstraintFactory factory) {
        return factory.forEach(TeamSeat.class)
                .filter(TeamSeat::isLead)
                .join(PlanningPolicy.class)
                .filter((seat, policy) -> seat.getAuditor().rotationBars(seat.getAudit(), policy.rotationCycles()))
                .penalize(ONE_HARD)
                .justifyWith((seat, policy, score) -> RuleMatch.of("IMP-3", seat.getAudit(), seat.getAuditor(),
                        seat.getAuditor().getName() + " already led " + seat.getAudit().getClient().getName() + " for "
                                + seat.getAuditor().cyclesLedBefore(seat.getAudit()) + " consecutive cycles"))
                .asConstraint("IMP-3 lead rotation");
    }

    // CAP-1: one person cannot be at two audits (or hold two seats of one audit) on the same day, travel days included.
    Constraint cap1OneAuditAtATime(ConstraintFactory factory) {
        return factory.forEachUniquePair(TeamSeat.class,
                        Joiners.equal(TeamSeat::getAuditor),
                        Joiners.overlapping(TeamSeat::firstBusyDay, TeamSeat::dayAfterLast))
                .filter((a, b) -> a.daysSharedWith(b) > 0)
                .penalize(ONE_HARD, TeamSeat::daysSharedWith)
                .justifyWith((a, b, score) -> new RuleMatch("CAP-1",
                        List.of(a.getAudit().getId(), b.getAudit().getId()).stream().distinct().toList(),
                        a.getAuditor().getId(),
                        a.getAuditor().getName() + " is booked on " + a.getAudit().label() + " and "
                                + b.getAudit().label() + " on " + a.daysSharedWith(b) + " same days"))
                .asConstraint("CAP-1 auditor at one audit at a time");
    }

    // CAP-2: nobody audits on declared leave, training or sickness.
    Constraint cap2AuditorUnavailable(ConstraintFactory factory) {
        return factory.forEach(TeamSeat.class)
                .filter(seat -> !seat.getAuditor().unavailableAmong(seat.days()).isEmpty())
                .penalize(ONE_HARD, seat -> seat.getAuditor().unavailableAmong(seat.days()).size())
                .justifyWith((seat, score) -> RuleMatch.of("CAP-2", seat.getAudit(), seat.getAuditor(),
                        seat.getAuditor().getName() + " is unavailable on "
                                + seat.getAuditor().unavailableAmong(seat.days())))
                .asConstraint("CAP-2 auditor unavailable on an audit day");
    }

    // CAP-2: the client's site is closed on its country's public holidays.
    Constraint cap2ClientHoliday(ConstraintFactory factory) {
        return factory.forEach(PlanningAudit.class)
                .filter(audit -> !audit.getClient().holidaysAmong(audit.days()).isEmpty())
                .penalize(ONE_HARD, audit -> audit.getClient().holidaysAmong(audit.days()).size())
                .justifyWith((audit, score) -> RuleMatch.of("CAP-2", audit, null,
                        audit.label() + " falls on public holidays " + audit.getClient().holidaysAmong(audit.days())))
                .asConstraint(CLIENT_HOLIDAY);
    }

    // CAP-3: an auditor's audit days per month are capped by policy (or their own override).
    Constraint cap3MonthlyCapacity(ConstraintFactory factory) {
        return factory.forEach(TeamSeat.class)
                .flattenLast(TeamSeat::monthLoads)
                .groupBy(AuditorLoad::auditor, AuditorLoad::period, sum(AuditorLoad::days), toList(AuditorLoad::auditId))
                .filter((auditor, month, days, audits) -> days > auditor.getMaxDaysPerMonth())
                .penalize(ONE_HARD, (auditor, month, days, audits) -> days - auditor.getMaxDaysPerMonth())
                .justifyWith((auditor, month, days, audits, score) -> new RuleMatch("CAP-3",
                        audits.stream().distinct().toList(), auditor.getId(),
                        auditor.getName() + " has " + days + " audit days in " + month + ", capacity "
                                + auditor.getMaxDaysPerMonth()))
                .asConstraint("CAP-3 auditor days per month within capacity");
    }

    // CAP-3: an auditor's audit days per year are capped by policy (or their own override).
    Constraint cap3YearlyCapacity(ConstraintFactory factory) {
        return factory.forEach(TeamSeat.class)
                .flattenLast(TeamSeat::yearLoads)
                .groupBy(AuditorLoad::auditor, AuditorLoad::period, sum(AuditorLoad::days), toList(AuditorLoad::auditId))
                .filter((auditor, year, days, audits) -> days > auditor.getMaxDaysPerYear())
                .penalize(ONE_HARD, (auditor, year, days, audits) -> days - auditor.getMaxDaysPerYear())
                .justifyWith((auditor, year, days, audits, score) -> new RuleMatch("CAP-3",
                        audits.stream().distinct().toList(), auditor.getId(),
                        auditor.getName() + " has " + days + " audit days in " + year + ", capacity "
                                + auditor.getMaxDaysPerYear()))
                .asConstraint("CAP-3 auditor days per year within capacity");
    }

    // CAP-4: audits run on working days; the start range only offers working days, this catches pinned dates.
    Constraint cap4WorkingDaysOnly(ConstraintFactory factory) {
        return factory.forEach(PlanningAudit.class)
                .filter(audit -> audit.nonWorkingDays() > 0)
                .penalizeLong(ONE_HARD, PlanningAudit::nonWorkingDays)
                .justifyWith((audit, score) -> RuleMatch.of("CAP-4", audit, null,
                        audit.label() + " has " + audit.nonWorkingDays() + " days on no working day"))
                .asConstraint(WORKING_DAYS_ONLY);
    }

    // AT-9: at most the allowed share of on-site time may be held remotely; a property of the audit's own numbers,
    // checked here so a bad input shows in the score instead of passing silently.
    Constraint at9RemoteShare(ConstraintFactory factory) {
        return factory.forEach(PlanningAudit.class)
                .join(PlanningPolicy.class)
                .filter((audit, policy) -> audit.remoteHalfDaysOverLimit(policy.maxRemotePercent()) > 0)
                .penalize(ONE_HARD, (audit, policy) -> audit.remoteHalfDaysOverLimit(policy.maxRemotePercent()))
                .justifyWith((audit, policy, score) -> RuleMatch.of("AT-9", audit, null,
                        audit.label() + " has " + audit.getRemoteDays() + " remote of " + audit.getOnsiteDays()
                                + " on-site days, above " + policy.maxRemotePercent() + "%"))
                .asConstraint(REMOTE_SHARE);
    }

    // ---- medium: §8.1 ----

    // §8.1: a follow-up not held in time suspends the certificate or repeats stage 2 (NC-3).
    Constraint followUpUnstaffed(ConstraintFactory factory) {
        return unstaffed(factory, AuditType.FOLLOW_UP, AuditPlanWeights.UNSTAFFED_FOLLOW_UP);
    }

    // §8.1: a recertification not held before expiry ends the certificate (CYC-6, CYC-8).
    Constraint recertificationUnstaffed(ConstraintFactory factory) {
        return unstaffed(factory, AuditType.RECERTIFICATION, AuditPlanWeights.UNSTAFFED_RECERTIFICATION);
    }

    // §8.1: a first surveillance not held by its deadline suspends the certificate (CYC-3).
    Constraint surveillance1Unstaffed(ConstraintFactory factory) {
        return unstaffed(factory, AuditType.SURVEILLANCE_1, AuditPlanWeights.UNSTAFFED_SURVEILLANCE_1);
    }

    // §8.1: a second surveillance not held in its year suspends the certificate (CYC-4).
    Constraint surveillance2Unstaffed(ConstraintFactory factory) {
        return unstaffed(factory, AuditType.SURVEILLANCE_2, AuditPlanWeights.UNSTAFFED_SURVEILLANCE_2);
    }

    // §8.1: a special audit answers a complaint, a change or a suspension; missing it leaves that open.
    Constraint specialAuditUnstaffed(ConstraintFactory factory) {
        return unstaffed(factory, AuditType.SPECIAL, AuditPlanWeights.UNSTAFFED_SPECIAL);
    }

    // §8.1: without stage 2 there is no certification decision; stage 1 lapses after the CYC-7 maximum.
    Constraint stage2Unstaffed(ConstraintFactory factory) {
        return unstaffed(factory, AuditType.STAGE_2, AuditPlanWeights.UNSTAFFED_STAGE_2);
    }

    // §8.1: without stage 1 an applicant waits; nothing is at risk yet.
    Constraint stage1Unstaffed(ConstraintFactory factory) {
        return unstaffed(factory, AuditType.STAGE_1, AuditPlanWeights.UNSTAFFED_STAGE_1);
    }

    private Constraint unstaffed(ConstraintFactory factory, AuditType type, String name) {
        return factory.forEachIncludingNullVars(TeamSeat.class)
                .filter(seat -> seat.getAuditor() == null && seat.getAudit().getType() == type
                        && !seat.getAudit().isBooked())
                .groupBy(TeamSeat::getAudit)
                .join(PlanningPolicy.class)
                .penalizeConfigurable((audit, policy) -> audit.urgencyPercent(policy.nearDeadlineDays()))
                .justifyWith((audit, policy, score) -> RuleMatch.of("§8.1", audit, null, audit.label()
                        + " has no whole team" + (RunStaffing.risk(type) == null ? ""
                                : "; from " + audit.getLatestEnd().plusDays(1) + " " + RunStaffing.risk(type))))
                .asConstraint(name);
    }

    // §8.1 tie-breaker: the empty seats of a team that can still be completed lead the search to whole teams; a
    // team that cannot be completed counts all its seats, so filling part of it earns nothing.
    Constraint seatUnassigned(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(TeamSeat.class)
                .groupBy(TeamSeat::getAudit, toList())
                .filter((audit, seats) -> !audit.isBooked() && TeamCompletion.emptySeats(seats) > 0)
                .penalizeConfigurable(TeamCompletion::countedEmptySeats)
                .justifyWith((audit, seats, score) -> RuleMatch.of("§8.1", audit, null,
                        TeamCompletion.countedEmptySeats(audit, seats) == TeamCompletion.emptySeats(seats)
                                ? TeamCompletion.emptySeats(seats) + " of " + seats.size() + " seats of "
                                        + audit.label() + " are unassigned"
                                : "the team of " + audit.label() + " cannot be completed by the auditors eligible"
                                        + " for its empty seats; all " + seats.size() + " seats count as empty"))
                .asConstraint(AuditPlanWeights.SEAT_UNASSIGNED);
    }

    // ---- soft: §8.2–6 ----

    // CYC-5 (§8.2): audits land close to their target date.
    Constraint earlierThanTarget(ConstraintFactory factory) {
        return factory.forEach(PlanningAudit.class)
                .filter(audit -> audit.getStartDate().isBefore(audit.getTargetDate()))
                .penalizeConfigurableLong(audit -> daysBetween(audit.getStartDate(), audit.getTargetDate()))
                .justifyWith((audit, score) -> RuleMatch.of("CYC-5", audit, null, audit.label() + " starts "
                        + daysBetween(audit.getStartDate(), audit.getTargetDate()) + " days before its target "
                        + audit.getTargetDate()))
                .asConstraint(AuditPlanWeights.EARLIER_THAN_TARGET);
    }

    // CYC-5 (§8.2): later than target costs more, because the hard deadline is closer.
    Constraint laterThanTarget(ConstraintFactory factory) {
        return factory.forEach(PlanningAudit.class)
                .filter(audit -> audit.getStartDate().isAfter(audit.getTargetDate()))
                .penalizeConfigurableLong(audit -> daysBetween(audit.getTargetDate(), audit.getStartDate()))
                .justifyWith((audit, score) -> RuleMatch.of("CYC-5", audit, null, audit.label() + " starts "
                        + daysBetween(audit.getTargetDate(), audit.getStartDate()) + " days after its target "
                        + audit.getTargetDate()))
                .asConstraint(AuditPlanWeights.LATER_THAN_TARGET);
    }

    // §8.3: a date already communicated to the client is not moved without need.
    Constraint publishedDateMoved(ConstraintFactory factory) {
        return factory.forEach(PlanningAudit.class)
                .filter(audit -> audit.isPublished() && !audit.getStartDate().equals(audit.getPublishedStart()))
                .penalizeConfigurableLong(audit -> Math.abs(daysBetween(audit.getPublishedStart(), audit.getStartDate())))
                .justifyWith((audit, score) -> RuleMatch.of("§8.3", audit, null, audit.label()
                        + " moves from its published start " + audit.getPublishedStart() + " to " + audit.getStartDate()))
                .asConstraint(AuditPlanWeights.PUBLISHED_DATE_MOVED);
    }

    // §8.3: a team member already communicated is not replaced without need.
    Constraint publishedTeamChanged(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(TeamSeat.class)
                .filter(seat -> seat.getPublishedAuditorId() != null
                        && (seat.getAuditor() == null || !seat.getAuditor().getId().equals(seat.getPublishedAuditorId())))
                .penalizeConfigurable()
                .justifyWith((seat, score) -> RuleMatch.of("§8.3", seat.getAudit(), seat.getAuditor(),
                        "the " + seat.role() + " seat of " + seat.getAudit().label() + " no longer holds published auditor "
                                + seat.getPublishedAuditorId()))
                .asConstraint(AuditPlanWeights.PUBLISHED_TEAM_CHANGED);
    }

    // §8.3: the sooner a published audit is, the more a change costs the client and the auditors who arranged for it.
    Constraint publishedChangedAtShortNotice(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(TeamSeat.class)
                .filter(seat -> seat.getAudit().isPublished() && seat.getAudit().publishedDaysShortOf(SHORT_NOTICE_DAYS) > 0)
                .groupBy(TeamSeat::getAudit, toList())
                .filter((audit, seats) -> !seats.get(0).getStartDate().equals(audit.getPublishedStart())
                        || seats.stream().anyMatch(TeamSeat::publishedChanged))
                .penalizeConfigurable((audit, seats) -> audit.publishedDaysShortOf(SHORT_NOTICE_DAYS))
                .justifyWith((audit, seats, score) -> RuleMatch.of("§8.3", audit, null, audit.label()
                        + " changes " + audit.getPublishedNoticeDays() + " days before its published start "
                        + audit.getPublishedStart()))
                .asConstraint(AuditPlanWeights.PUBLISHED_CHANGED_AT_SHORT_NOTICE);
    }

    // §8.4: the same lead within a cycle keeps knowledge of the client (IMP-3 bounds it as a hard rule).
    Constraint leadContinuity(ConstraintFactory factory) {
        return factory.forEach(TeamSeat.class)
                .filter(seat -> seat.isLead() && seat.getAudit().getPreviousLeadId() != null
                        && !seat.getAuditor().getId().equals(seat.getAudit().getPreviousLeadId()))
                .penalizeConfigurable()
                .justifyWith((seat, score) -> RuleMatch.of("§8.4", seat.getAudit(), seat.getAuditor(),
                        seat.getAuditor().getName() + " leads " + seat.getAudit().label() + " instead of previous lead "
                                + seat.getAudit().getPreviousLeadId()))
                .asConstraint(AuditPlanWeights.LEAD_CONTINUITY);
    }

    // CAP-5 (§8.5): nearer auditors cost less travel; a remote audit needs none.
    Constraint travelDistance(ConstraintFactory factory) {
        return factory.forEach(TeamSeat.class)
                .filter(seat -> !seat.getAudit().isRemote())
                .penalizeConfigurableLong(seat -> seat.getAuditor().distanceKmTo(seat.getAudit().getClient()))
                .justifyWith((seat, score) -> RuleMatch.of("CAP-5", seat.getAudit(), seat.getAuditor(),
                        seat.getAuditor().getName() + " travels " + seat.getAuditor().distanceKmTo(seat.getAudit().getClient())
                                + " km to " + seat.getAudit().getClient().getName()))
                .asConstraint(AuditPlanWeights.TRAVEL_DISTANCE);
    }

    // §8.6: spread audit days in proportion to capacity; the square makes one overloaded auditor cost more than two
    // half-loaded ones.
    Constraint workloadBalance(ConstraintFactory factory) {
        return factory.forEach(TeamSeat.class)
                .groupBy(TeamSeat::getAuditor, sum(TeamSeat::dayCount), toList((TeamSeat seat) -> seat.getAudit().getId()))
                .penalizeConfigurableLong((auditor, days, audits) -> workload(auditor, days))
                .justifyWith((auditor, days, audits, score) -> new RuleMatch("§8.6", audits.stream().distinct().toList(),
                        auditor.getId(), auditor.getName() + " has " + days + " audit days in this plan, capacity "
                                + auditor.getMaxDaysPerYear() + " a year"))
                .asConstraint(AuditPlanWeights.WORKLOAD_BALANCE);
    }

    static long workload(PlanningAuditor auditor, int days) {
        return (long) days * days * 100 / Math.max(1, auditor.getMaxDaysPerYear());
    }

    private static long barredDays(TeamSeat seat, String rule) {
        return seat.getAuditor().barredDays(seat.getAudit().getClient().getId(), rule, seat.days());
    }

    private static Set<String> missingAreas(PlanningAudit audit, List<TeamSeat> seats) {
        return audit.missingTechnicalAreas(team(seats), seats.get(0).days());
    }

    private static List<PlanningAuditor> team(List<TeamSeat> seats) {
        return seats.stream().map(TeamSeat::getAuditor).filter(Objects::nonNull).toList();
    }


    private static long daysBetween(LocalDate from, LocalDate to) {
        return to.toEpochDay() - from.toEpochDay();
    }
}
