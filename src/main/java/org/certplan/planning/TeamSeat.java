package org.certplan.planning;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.certplan.rules.Travel;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * One place on an audit team: index 0 is the lead (COMP-1), the others count as auditors (COMP-2). The solver
 * chooses the auditor; a seat nobody can fill stays empty and costs a medium-level penalty.
 *
 * <p>The seat mirrors its audit's start date in a shadow variable so that constraints over seats see date moves.
 */
@PlanningEntity(difficultyComparatorClass = SeatDifficulty.class)
public class TeamSeat {

    @PlanningId
    private String id;
    private PlanningAudit audit;
    private int index;
    private Long publishedAuditorId;

    @PlanningVariable(valueRangeProviderRefs = "eligibleAuditors", nullable = true)
    private PlanningAuditor auditor;

    private List<PlanningAuditor> eligibleAuditors;

    @ShadowVariable(variableListenerClass = SeatStartListener.class, sourceEntityClass = PlanningAudit.class,
            sourceVariableName = "startDate")
    private LocalDate startDate;

    private List<LocalDate> days;
    private LocalDate daysStart;
    private List<LocalDate> busyDays;
    private LocalDate busyStart;
    private PlanningAuditor busyAuditor;

    @SuppressWarnings("unused")
    private TeamSeat() {
    }

    TeamSeat(PlanningAudit audit, int index, Long publishedAuditorId) {
        this.id = audit.getId() + "/" + index;
        this.audit = audit;
        this.index = index;
        this.publishedAuditorId = publishedAuditorId;
        this.startDate = audit.getStartDate();
    }

    public String getId() {
        return id;
    }

    public PlanningAudit getAudit() {
        return audit;
    }

    public int getIndex() {
        return index;
    }

    public boolean isLead() {
        return index == 0;
    }

    public String role() {
        return isLead() ? "LEAD" : "AUDITOR";
    }

    /** The auditor already communicated for this seat, or null. */
    public Long getPublishedAuditorId() {
        return publishedAuditorId;
    }

    /** A published seat that no longer holds its published auditor. */
    public boolean publishedChanged() {
        return publishedAuditorId != null && (auditor == null || !auditor.getId().equals(publishedAuditorId));
    }

    @PlanningPin
    public boolean isPinned() {
        return audit.isPinned();
    }

    public PlanningAuditor getAuditor() {
        return auditor;
    }

    public void setAuditor(PlanningAuditor auditor) {
        this.auditor = auditor;
    }

    /** The auditors the search may put here ({@link SeatEligibility}); set when the plan is built. */
    @ValueRangeProvider(id = "eligibleAuditors")
    public List<PlanningAuditor> getEligibleAuditors() {
        return eligibleAuditors;
    }

    void setEligibleAuditors(List<PlanningAuditor> eligibleAuditors) {
        this.eligibleAuditors = List.copyOf(eligibleAuditors);
    }

    public boolean isAssigned() {
        return auditor != null;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public List<LocalDate> days() {
        if (!Objects.equals(daysStart, startDate)) {
            days = audit.daysFrom(startDate);
            daysStart = startDate;
        }
        return days;
    }

    public LocalDate firstDay() {
        return startDate;
    }

    /** Exclusive end, for overlap joins. */
    public LocalDate dayAfterLast() {
        List<LocalDate> d = days();
        return d.get(d.size() - 1).plusDays(1);
    }

    /** CAP-1: the days the seat keeps its auditor busy: the travel day before the audit, if any, and its days. */
    public List<LocalDate> busyDays() {
        if (auditor == null) {
            return days();
        }
        if (busyDays == null || !Objects.equals(busyStart, startDate) || busyAuditor != auditor) {
            busyDays = Travel.busyDays(days(), audit.needsTravelDay(auditor), audit.calendar());
            busyStart = startDate;
            busyAuditor = auditor;
        }
        return busyDays;
    }

    /** CAP-1: the first day the seat keeps its auditor busy, for overlap joins. */
    public LocalDate firstBusyDay() {
        return busyDays().get(0);
    }

    /** CAP-1: the days this seat's auditor is busy with both this seat and the other (of any audit). */
    public int daysSharedWith(TeamSeat other) {
        Set<LocalDate> otherDays = new HashSet<>(other.busyDays());
        return (int) busyDays().stream().filter(otherDays::contains).count();
    }

    public int dayCount() {
        return audit.getDurationDays();
    }

    /** CAP-3: this seat's audit days per calendar month. */
    public List<AuditorLoad<YearMonth>> monthLoads() {
        Map<YearMonth, Integer> perMonth = new LinkedHashMap<>();
        days().forEach(day -> perMonth.merge(YearMonth.from(day), 1, Integer::sum));
        return perMonth.entrySet().stream().map(e -> new AuditorLoad<>(auditor, e.getKey(), e.getValue(), audit.getId())).toList();
    }

    /** CAP-3: this seat's audit days per calendar year. */
    public List<AuditorLoad<Year>> yearLoads() {
        Map<Year, Integer> perYear = new LinkedHashMap<>();
        days().forEach(day -> perYear.merge(Year.from(day), 1, Integer::sum));
        return perYear.entrySet().stream().map(e -> new AuditorLoad<>(auditor, e.getKey(), e.getValue(), audit.getId())).toList();
    }

    @Override
    public String toString() {
        return "seat " + id + " " + (auditor == null ? "unassigned" : auditor.getName());
    }
}
