package org.certplan.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.optaplanner.core.api.domain.lookup.PlanningId;

/** A client as the solver sees it: scope areas, audit languages, days its sites cannot host an audit. */
public final class PlanningClient {

    private final Long id;
    private final String name;
    private final Set<String> technicalAreas;
    private final Set<String> languages;
    private final Set<LocalDate> holidays;
    private final List<DateRange> blackouts;
    private final double latitude;
    private final double longitude;

    public PlanningClient(Long id, String name, Set<String> technicalAreas, Set<String> languages,
            Set<LocalDate> holidays, List<DateRange> blackouts, double latitude, double longitude) {
        this.id = id;
        this.name = name;
        this.technicalAreas = Set.copyOf(technicalAreas);
        this.languages = Set.copyOf(languages);
        this.holidays = Set.copyOf(holidays);
        this.blackouts = List.copyOf(blackouts);
        this.latitude = latitude;
        this.longitude = longitude;
    }

    @PlanningId
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<String> getTechnicalAreas() {
        return technicalAreas;
    }

    public Set<String> getLanguages() {
        return languages;
    }

    public Set<LocalDate> getHolidays() {
        return holidays;
    }

    public List<DateRange> getBlackouts() {
        return blackouts;
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }

    /** CAP-2: the given days that are public holidays at the client's sites. */
    public List<LocalDate> holidaysAmong(Collection<LocalDate> days) {
        return days.stream().filter(holidays::contains).toList();
    }

    /** CYC-10: the given days inside one of the client's blackout periods. */
    public List<LocalDate> blackoutDaysAmong(Collection<LocalDate> days) {
        return days.stream().filter(day -> blackouts.stream().anyMatch(b -> b.contains(day))).toList();
    }

    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
