package org.certplan.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.certplan.audit.TeamSeats;
import org.certplan.auditor.AuditorFacts.CycleRef;
import org.certplan.programme.AuditType;
import org.certplan.rules.AuditorRules;
import org.certplan.rules.GeoDistance;
import org.certplan.rules.Qualification;
import org.certplan.rules.RulePolicy;
import org.certplan.rules.Travel;
import org.certplan.rules.WorkingCalendar;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * An audit to place: the solver chooses its start date (a working day); its team is a fixed number of
 * {@link TeamSeat}s whose auditors the solver chooses.
 *
 * <p>The start range holds the working days from which the audit fits its window, less those that would put an
 * audit day on a client blackout or public holiday (when some start avoids them all).
 *
 * <p>COMP-5 is structural: {@code seatCount = ceil(onsiteDays / maxConsecutiveDaysPerAuditor)} and the audit lasts
 * {@code ceil(onsiteDays / seatCount)} consecutive working days (a half day takes a whole day), so no auditor
 * spends more than the policy maximum on one audit.
 */
@PlanningEntity
public class PlanningAudit {

    /** COMP-3 and COMP-4 read no policy value. */
    private static final AuditorRules RULES = new AuditorRules(RulePolicy.DEFAULTS);

    @PlanningId
    private Long id;
    private PlanningClient client;
    private Long certificationId;
    private int cycleNumber;
    private AuditType type;
    private LocalDate earliestStart;
    private LocalDate latestEnd;
    private LocalDate targetDate;
    private BigDecimal onsiteDays;
    private boolean remote;
    private BigDecimal remoteDays;
    @PlanningPin
    private boolean pinned;
    private LocalDate publishedStart;
    private int publishedNoticeDays;
    private long deadlineNoticeDays;
    private Long previousLeadId;
    private int seatCount;
    private int durationDays;
    private List<LocalDate> startDateRange;
    private List<TeamSeat> seats;
    private List<PlanningAuditor> technicalExperts;
    private boolean interpreted;
    private boolean booked;
    private boolean bookedTravelDay;
    private WorkingCalendar calendar;
    private int travelDayBeyondKm;

    @PlanningVariable(valueRangeProviderRefs = "startDateRange")
    private LocalDate startDate;

    private List<LocalDate> days;
    private LocalDate daysStart;

    @SuppressWarnings("unused")
    private PlanningAudit() {
    }

    public static Builder builder(long id, PlanningClient client, AuditType type) {
        return new Builder(id, client, type);
    }

    public Long getId() {
        return id;
    }

    public PlanningClient getClient() {
        return client;
    }

    public Long getCertificationId() {
        return certificationId;
    }

    /** The certification cycle the audit belongs to (IMP-3), or null for an audit of no certification. */
    public CycleRef cycle() {
        return certificationId == null ? null : new CycleRef(certificationId, cycleNumber);
    }

    /** CAP-4: the working days audits run on. */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /** The audit's days when it starts on {@code start}: that day, then the following working days. */
    public List<LocalDate> daysFrom(LocalDate start) {
        return calendar.from(start, durationDays);
    }

    /**
     * CAP-1: whether the auditor on this audit travels the working day before it. Load booked outside the plan
     * knows it from when it was read.
     */
    public boolean needsTravelDay(PlanningAuditor auditor) {
        if (booked) {
            return bookedTravelDay;
        }
        return Travel.needsTravelDay(remote, GeoDistance.km(auditor.getHomeLatitude(), auditor.getHomeLongitude(),
                client.getLatitude(), client.getLongitude()), travelDayBeyondKm);
    }

    public AuditType getType() {
        return type;
    }

    public LocalDate getEarliestStart() {
        return earliestStart;
    }

    public LocalDate getLatestEnd() {
        return latestEnd;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public BigDecimal getOnsiteDays() {
        return onsiteDays;
    }

    /** No travel is needed: the audit is held by ICT (CAP-5). */
    public boolean isRemote() {
        return remote;
    }

    /** The part of the on-site days held remotely (AT-9). */
    /** The audit time: on-site and remote auditor-days. */
    public BigDecimal auditorDays() {
        return onsiteDays.add(remoteDays);
    }

    public BigDecimal getRemoteDays() {
        return remoteDays;
    }

    public boolean isPinned() {
        return pinned;
    }

    /**
     * Days an auditor is booked on an audit outside the plan: load for CAP-1 and CAP-3, not a team the plan judges
     * (its seat holds whoever is booked, lead or not).
     */
    public boolean isBooked() {
        return booked;
    }

    /** Lets the solver move a published audit that a change arriving during a REPAIR run now forces; only in a problem change. */
    public void releasePin() {
        pinned = false;
    }

    /** The start date already communicated to the client, or null. */
    public LocalDate getPublishedStart() {
        return publishedStart;
    }

    public boolean isPublished() {
        return publishedStart != null;
    }

    /** Calendar days from the day the plan was read to the published start (0 when it has passed). */
    public int getPublishedNoticeDays() {
        return publishedNoticeDays;
    }

    /** How many days short of {@code notice} the published start is: 0 far ahead, {@code notice} when it is today. */
    public int publishedDaysShortOf(int notice) {
        return Math.max(0, notice - publishedNoticeDays);
    }

    /**
     * §8.1: how much more missing this audit costs because its deadline is near, in percent — 100 from
     * {@code nearDays} before its latest end and earlier, rising to 200 at it.
     */
    public int urgencyPercent(int nearDays) {
        if (nearDays <= 0 || deadlineNoticeDays >= nearDays) {
            return 100;
        }
        return (int) (100 + 100 * (nearDays - Math.max(0, deadlineNoticeDays)) / nearDays);
    }

    public Long getPreviousLeadId() {
        return previousLeadId;
    }

    public int getSeatCount() {
        return seatCount;
    }

    public int getDurationDays() {
        return durationDays;
    }

    public List<TeamSeat> getSeats() {
        return seats;
    }

    /** Technical experts on the team: they hold no seat and add no audit time, but cover technical areas (COMP-3). */
    public List<PlanningAuditor> getTechnicalExperts() {
        return technicalExperts;
    }

    void supportedBy(List<PlanningAuditor> technicalExperts, boolean interpreted) {
        this.technicalExperts = List.copyOf(technicalExperts);
        this.interpreted = interpreted;
    }

    /** The team carries an interpreter, so COMP-4 holds whatever languages the auditors speak. */
    public boolean isInterpreted() {
        return interpreted;
    }

    @ValueRangeProvider(id = "startDateRange")
    public List<LocalDate> getStartDateRange() {
        return startDateRange;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    /** The audit's working days from its start date. */
    public List<LocalDate> days() {
        if (!Objects.equals(daysStart, startDate)) {
            days = calendar.from(startDate, durationDays);
            daysStart = startDate;
        }
        return days;
    }

    public LocalDate lastDay() {
        List<LocalDate> d = days();
        return d.get(d.size() - 1);
    }

    /** Calendar days before the earliest start plus calendar days after the latest end. */
    public long daysOutsideWindow() {
        long early = Math.max(0, earliestStart.toEpochDay() - startDate.toEpochDay());
        long late = Math.max(0, lastDay().toEpochDay() - latestEnd.toEpochDay());
        return early + late;
    }

    /**
     * CYC-7: calendar days by which this stage 2 audit starts too soon after, or too long after, the last day of
     * the given stage 1 audit.
     */
    public long stage2GapViolationDays(PlanningAudit stage1, PlanningPolicy policy) {
        LocalDate stage1End = stage1.lastDay();
        LocalDate earliest = stage1End.plusDays(policy.stage2MinGapDays());
        LocalDate latest = stage1End.plusMonths(policy.stage2MaxGapMonths());
        if (startDate.isBefore(earliest)) {
            return earliest.toEpochDay() - startDate.toEpochDay();
        }
        if (startDate.isAfter(latest)) {
            return startDate.toEpochDay() - latest.toEpochDay();
        }
        return 0;
    }

    /** CAP-4: audit days that fall on no working day (only a pinned or manual start date can cause one). */
    public long nonWorkingDays() {
        return days().stream().filter(day -> !calendar.isWorkingDay(day)).count();
    }

    /** The rule that sets this audit's window, for explanations. */
    public String windowRule() {
        return switch (type) {
            case STAGE_1 -> "CYC-2";
            case STAGE_2 -> "CYC-7";
            case SURVEILLANCE_1 -> "CYC-3";
            case SURVEILLANCE_2, SPECIAL -> "CYC-5";
            case RECERTIFICATION -> "CYC-6";
            case FOLLOW_UP -> "NC-2";
        };
    }

    /** COMP-3: the client's technical areas that none of the team, experts included, covers on the given days. */
    public Set<String> missingTechnicalAreas(Collection<PlanningAuditor> team, List<LocalDate> onDays) {
        List<List<Qualification>> qualifications = new ArrayList<>();
        team.forEach(auditor -> qualifications.add(auditor.getQualifications()));
        technicalExperts.forEach(expert -> qualifications.add(expert.getQualifications()));
        return RULES.comp3MissingAreas(client.getTechnicalAreas(), qualifications, onDays);
    }

    /** COMP-4: the client's audit languages that nobody on the team speaks. */
    public Set<String> missingLanguages(Collection<PlanningAuditor> team) {
        return RULES.comp4MissingLanguages(client.getLanguages(),
                team.stream().map(PlanningAuditor::getLanguages).toList(), interpreted);
    }

    /** AT-9: remote half days beyond the allowed share of the on-site days. */
    public int remoteHalfDaysOverLimit(int maxRemotePercent) {
        BigDecimal allowed = onsiteDays.multiply(BigDecimal.valueOf(maxRemotePercent))
                .divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
        BigDecimal excess = remoteDays.subtract(allowed);
        return excess.signum() <= 0 ? 0 : excess.multiply(BigDecimal.valueOf(2)).setScale(0, RoundingMode.CEILING).intValue();
    }

    /**
     * Whether starting on {@code start} keeps the rules of the audit's own dates, whoever audits it: its window
     * (CYC-3), its client's blackouts and public holidays (CYC-10) and its remote share (AT-9).
     */
    public boolean startKeepsOwnDateRules(LocalDate start, int maxRemotePercent) {
        List<LocalDate> on = daysFrom(start);
        return remoteHalfDaysOverLimit(maxRemotePercent) == 0
                && !start.isBefore(earliestStart) && !on.get(on.size() - 1).isAfter(latestEnd)
                && client.blackoutDaysAmong(on).isEmpty() && client.holidaysAmong(on).isEmpty();
    }

    /** No start in the audit's range keeps its own date rules: no planner can place it. */
    public boolean unplaceable(int maxRemotePercent) {
        return startDateRange.stream().noneMatch(start -> startKeepsOwnDateRules(start, maxRemotePercent));
    }

    public String label() {
        return "audit " + id + " (" + type + ", " + client.getName() + ")";
    }

    @Override
    public String toString() {
        return label() + " from " + startDate;
    }

    public static final class Builder {
        private final long id;
        private final PlanningClient client;
        private final AuditType type;
        private Long certificationId;
        private int cycleNumber = 1;
        private LocalDate earliestStart;
        private LocalDate latestEnd;
        private LocalDate targetDate;
        private LocalDate notBefore;
        private BigDecimal onsiteDays = BigDecimal.ONE;
        private boolean remote;
        private BigDecimal remoteDays = BigDecimal.ZERO;
        private boolean pinned;
        private LocalDate publishedStart;
        private int publishedNoticeDays;
        private Long previousLeadId;
        private LocalDate startDate;
        private final List<Long> publishedTeam = new ArrayList<>();
        private int teamSize;
        private List<PlanningAuditor> technicalExperts = List.of();
        private boolean interpreted;
        private boolean booked;
        private boolean bookedTravelDay;

        private Builder(long id, PlanningClient client, AuditType type) {
            this.id = id;
            this.client = client;
            this.type = type;
        }

        public Builder certification(Long certificationId) {
            this.certificationId = certificationId;
            return this;
        }

        /** The certification cycle (IMP-3); 1 unless told. */
        public Builder cycle(int cycleNumber) {
            this.cycleNumber = cycleNumber;
            return this;
        }

        public Builder window(LocalDate earliestStart, LocalDate latestEnd) {
            this.earliestStart = earliestStart;
            this.latestEnd = latestEnd;
            return this;
        }

        /** No start before this day (the day the plan is made): an audit cannot be held in the past. */
        public Builder notBefore(LocalDate day) {
            this.notBefore = day;
            return this;
        }

        public Builder target(LocalDate targetDate) {
            this.targetDate = targetDate;
            return this;
        }

        public Builder onsiteDays(String onsiteDays) {
            this.onsiteDays = new BigDecimal(onsiteDays);
            return this;
        }

        public Builder onsiteDays(BigDecimal onsiteDays) {
            this.onsiteDays = onsiteDays;
            return this;
        }

        public Builder remote(boolean remote) {
            this.remote = remote;
            return this;
        }

        public Builder remoteDays(BigDecimal remoteDays) {
            this.remoteDays = remoteDays;
            return this;
        }

        public Builder pinned(boolean pinned) {
            this.pinned = pinned;
            return this;
        }

        public Builder published(LocalDate publishedStart, List<Long> publishedTeam) {
            this.publishedStart = publishedStart;
            this.publishedTeam.clear();
            this.publishedTeam.addAll(publishedTeam);
            return this;
        }

        /** How many calendar days ahead of the plan's reading day the published start lies. */
        public Builder publishedNotice(int days) {
            this.publishedNoticeDays = Math.max(0, days);
            return this;
        }

        public Builder previousLead(Long previousLeadId) {
            this.previousLeadId = previousLeadId;
            return this;
        }

        /** The current start date; without one the audit starts on the working day nearest its target. */
        public Builder startDate(LocalDate startDate) {
            this.startDate = startDate;
            return this;
        }

        /**
         * A team of this many auditors (lead included) when it is larger than COMP-5 requires; the audit then
         * lasts fewer days.
         */
        public Builder teamSize(int teamSize) {
            this.teamSize = teamSize;
            return this;
        }

        public Builder technicalExperts(List<PlanningAuditor> technicalExperts) {
            this.technicalExperts = List.copyOf(technicalExperts);
            return this;
        }

        public Builder interpreted(boolean interpreted) {
            this.interpreted = interpreted;
            return this;
        }

        /** Load booked outside the plan, see {@link PlanningAudit#isBooked()}. */
        public Builder booked() {
            this.booked = true;
            return this;
        }

        /** Booked load whose auditor travels the working day before it (CAP-1). */
        public Builder bookedTravelDay(boolean travelDay) {
            this.bookedTravelDay = travelDay;
            return this;
        }

        public PlanningAudit build(PlanningPolicy policy) {
            Objects.requireNonNull(earliestStart, "window");
            Objects.requireNonNull(latestEnd, "window");
            PlanningAudit audit = new PlanningAudit();
            audit.id = id;
            audit.client = client;
            audit.type = type;
            audit.certificationId = certificationId;
            audit.cycleNumber = cycleNumber;
            audit.calendar = policy.calendar();
            audit.travelDayBeyondKm = policy.travelDayBeyondKm();
            audit.earliestStart = earliestStart;
            audit.latestEnd = latestEnd;
            audit.targetDate = targetDate == null ? earliestStart : targetDate;
            audit.onsiteDays = onsiteDays;
            audit.remote = remote;
            audit.remoteDays = remoteDays;
            audit.pinned = pinned;
            audit.publishedStart = publishedStart;
            audit.publishedNoticeDays = publishedNoticeDays;
            audit.deadlineNoticeDays = notBefore == null ? Long.MAX_VALUE
                    : latestEnd.toEpochDay() - notBefore.toEpochDay();
            audit.previousLeadId = previousLeadId;
            int halfDays = Math.max(1, onsiteDays.multiply(BigDecimal.valueOf(2)).setScale(0, RoundingMode.CEILING).intValue());
            audit.seatCount = Math.max(teamSize,
                    new TeamSeats(policy.maxConsecutiveDaysPerAuditor()).needed(onsiteDays));
            audit.technicalExperts = technicalExperts;
            audit.interpreted = interpreted;
            audit.booked = booked;
            audit.bookedTravelDay = bookedTravelDay;
            audit.durationDays = ceilDiv(halfDays, 2 * audit.seatCount);
            audit.startDateRange = openStartRange(audit.calendar, audit.durationDays);
            audit.startDate = startDate != null ? startDate
                    : WorkingCalendar.nearest(audit.startDateRange, audit.targetDate);
            if (!audit.startDateRange.contains(audit.startDate)) {
                List<LocalDate> range = new ArrayList<>(audit.startDateRange);
                range.add(audit.startDate);
                range.sort(null);
                audit.startDateRange = List.copyOf(range);
            }
            List<TeamSeat> seats = new ArrayList<>();
            for (int i = 0; i < audit.seatCount; i++) {
                seats.add(new TeamSeat(audit, i, i < publishedTeam.size() ? publishedTeam.get(i) : null));
            }
            audit.seats = seats;
            return audit;
        }

        /**
         * The start range without the starts that put an audit day on a client blackout (CYC-10) or public holiday
         * (CAP-2), unless every start does.
         */
        private List<LocalDate> openStartRange(WorkingCalendar calendar, int duration) {
            List<LocalDate> range = startRange(calendar, duration);
            List<LocalDate> open = range.stream().filter(start -> {
                List<LocalDate> days = calendar.from(start, duration);
                return client.blackoutDaysAmong(days).isEmpty() && client.holidaysAmong(days).isEmpty();
            }).toList();
            return open.isEmpty() ? range : open;
        }

        /**
         * Working days from which the audit still ends by its latest end; the whole window if none; the first possible
         * day when the window has passed (the window rule then reports the audit as overdue).
         */
        private List<LocalDate> startRange(WorkingCalendar calendar, int duration) {
            LocalDate first = notBefore == null || notBefore.isBefore(earliestStart) ? earliestStart : notBefore;
            List<LocalDate> inWindow = calendar.between(first, latestEnd);
            List<LocalDate> fitting = inWindow.stream()
                    .filter(start -> !calendar.from(start, duration).get(duration - 1).isAfter(latestEnd))
                    .toList();
            if (!fitting.isEmpty()) {
                return fitting;
            }
            if (!inWindow.isEmpty()) {
                return List.copyOf(inWindow);
            }
            return List.of(calendar.between(first, first.plusDays(7)).get(0));
        }

        private static int ceilDiv(int a, int b) {
            return (a + b - 1) / b;
        }
    }
}
