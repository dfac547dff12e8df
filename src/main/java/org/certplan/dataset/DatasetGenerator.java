package org.certplan.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.certplan.programme.AuditTimeCalculator;
import org.certplan.programme.CycleCalendar;

/**
 * Data of a certification body, the same for the same size, profile, seed and reference date: auditors with
 * qualifications, leave and conflicts of interest, and clients at every point of their certification cycle.
 */
@ApplicationScoped
public class DatasetGenerator {

    static final String QUALIFICATION_STANDARD = "ISO/IEC 27001";

    private final CycleCalendar calendar;
    private final AuditTimeCalculator times;

    public DatasetGenerator(CycleCalendar calendar, AuditTimeCalculator times) {
        this.calendar = calendar;
        this.times = times;
    }

    /** A CB of the {@code realistic} profile. */
    public Dataset generate(DatasetSize size, long seed, LocalDate reference) {
        return generate(size, DatasetProfile.REALISTIC, seed, reference);
    }

    public Dataset generate(DatasetSize size, DatasetProfile profile, long seed, LocalDate reference) {
        return cb(size, profile, seed, reference).dataset();
    }

    GeneratedCb cb(DatasetSize size, DatasetProfile profile, long seed, LocalDate reference) {
        return switch (profile) {
            case REALISTIC -> new RealisticCb(calendar, times, size, seed, reference).generate();
            case UNDERSTAFFED -> new UnderstaffedCb(calendar, times, size, seed, reference).generate();
        };
    }
}
