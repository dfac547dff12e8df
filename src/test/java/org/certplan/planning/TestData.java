package org.certplan.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.certplan.audit.AuditStatus;
import org.certplan.auditor.AuditorFacts.CycleRef;
import org.certplan.programme.AuditType;
import org.certplan.rules.ConflictBar;
import org.certplan.rules.Qualification;
import org.certplan.rules.QualificationRole;

/** Small builders for planning facts in tests. Monday 1 March 2027 is the reference day. */
final class TestData {

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    static final PlanningPolicy POLICY = PlanningPolicy.DEFAULTS;

    private TestData() {
    }

    static ClientBuilder client(long id) {
        return new ClientBuilder(id);
    }

    static AuditorBuilder auditor(long id) {
        return new AuditorBuilder(id);
    }

    /** A surveillance audit of the client with a wide window, starting on {@code start}. */
    static PlanningAudit.Builder audit(long id, PlanningClient client, LocalDate start, String onsiteDays) {
        return PlanningAudit.builder(id, client, AuditType.SURVEILLANCE_1)
                .certification(id)
                .window(start.minusMonths(2), start.plusMonths(2))
                .target(start)
                .onsiteDays(onsiteDays)
                .startDate(start);
    }

    /** A two-day surveillance audit as the snapshot reads it: unplanned, no team, in the window given. */
    static PlanSnapshot.AuditRow row(long id, long clientId, LocalDate earliest, LocalDate latest) {
        return new PlanSnapshot.AuditRow(id, id, clientId, 1, AuditType.SURVEILLANCE_1, AuditStatus.UNPLANNED, earliest,
                latest, earliest.plusDays(14), new BigDecimal("2"), new BigDecimal("2"), BigDecimal.ZERO, false, null,
                null, false, null, 0, List.of(), null);
    }

    static TeamSeat seat(PlanningAudit audit, int index, PlanningAuditor auditor) {
        TeamSeat seat = audit.getSeats().get(index);
        seat.setAuditor(auditor);
        return seat;
    }

    static final class ClientBuilder {
        private final long id;
        private Set<String> areas = Set.of("IT");
        private Set<String> languages = Set.of("en");
        private final Set<LocalDate> holidays = new HashSet<>();
        private final List<DateRange> blackouts = new ArrayList<>();
        private double latitude = 52.52;
        private double longitude = 13.40;

        private ClientBuilder(long id) {
            this.id = id;
        }

        ClientBuilder areas(String... areas) {
            this.areas = Set.of(areas);
            return this;
        }

        ClientBuilder languages(String... languages) {
            this.languages = Set.of(languages);
            return this;
        }

        ClientBuilder holiday(LocalDate day) {
            holidays.add(day);
            return this;
        }

        ClientBuilder blackout(LocalDate from, LocalDate to) {
            blackouts.add(new DateRange(from, to));
            return this;
        }

        ClientBuilder at(double latitude, double longitude) {
            this.latitude = latitude;
            this.longitude = longitude;
            return this;
        }

        PlanningClient build() {
            return new PlanningClient(id, "client " + id, areas, languages, holidays, blackouts, latitude, longitude);
        }
    }

    static final class AuditorBuilder {
        private final long id;
        private final List<Qualification> qualifications = new ArrayList<>();
        private Set<String> languages = Set.of("en");
        private final Set<LocalDate> unavailable = new HashSet<>();
        private final List<ConflictBar> conflicts = new ArrayList<>();
        private final Map<CycleRef, Integer> cyclesLed = new HashMap<>();
        private int maxDaysPerMonth = 16;
        private int maxDaysPerYear = 150;
        private double latitude = 52.52;
        private double longitude = 13.40;

        private AuditorBuilder(long id) {
            this.id = id;
        }

        AuditorBuilder lead(String... areas) {
            return qualification(QualificationRole.LEAD_AUDITOR, LocalDate.of(2020, 1, 1), null, areas);
        }

        AuditorBuilder auditorOnly(String... areas) {
            return qualification(QualificationRole.AUDITOR, LocalDate.of(2020, 1, 1), null, areas);
        }

        AuditorBuilder qualification(QualificationRole role, LocalDate from, LocalDate to, String... areas) {
            qualifications.add(new Qualification(role, Set.of(areas), from, to));
            return this;
        }

        AuditorBuilder languages(String... languages) {
            this.languages = Set.of(languages);
            return this;
        }

        AuditorBuilder unavailable(LocalDate... days) {
            unavailable.addAll(List.of(days));
            return this;
        }

        AuditorBuilder conflict(long clientId, LocalDate from, LocalDate until, String rule) {
            conflicts.add(new ConflictBar(clientId, rule, from, until));
            return this;
        }

        /** IMP-3: led {@code cycles} cycles in a row before cycle 1 of the certification. */
        AuditorBuilder cyclesLed(long certificationId, int cycles) {
            cyclesLed.put(new CycleRef(certificationId, 1), cycles);
            return this;
        }

        AuditorBuilder capacity(int perMonth, int perYear) {
            this.maxDaysPerMonth = perMonth;
            this.maxDaysPerYear = perYear;
            return this;
        }

        AuditorBuilder home(double latitude, double longitude) {
            this.latitude = latitude;
            this.longitude = longitude;
            return this;
        }

        PlanningAuditor build() {
            return new PlanningAuditor(id, "auditor " + id, latitude, longitude, languages, qualifications, unavailable,
                    maxDaysPerMonth, maxDaysPerYear, conflicts, cyclesLed);
        }
    }
}
