package org.certplan.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * COMP-1..3 on the audit days: a requirement holds when on every audit day some qualification meeting it is valid,
 * so a renewal that follows its predecessor without a gap (or with a gap on days without an audit day, such as a
 * weekend) keeps its holder qualified.
 */
public final class QualificationValidity {

    private QualificationValidity() {
    }

    /** The first of the days on which none of the qualifications is valid. */
    public static Optional<LocalDate> firstUncoveredDay(Collection<Qualification> qualifications,
            Collection<LocalDate> days) {
        for (LocalDate day : days) {
            if (qualifications.stream().noneMatch(q -> q.validOn(day))) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    public static boolean validOnAll(Collection<Qualification> qualifications, Collection<LocalDate> days) {
        return firstUncoveredDay(qualifications, days).isEmpty();
    }

    /**
     * Whether the qualifications, renewals chained, cover every calendar day from {@code from} to {@code to}: judged
     * by following the validity periods, not day by day, so a long range costs no more than a short one.
     */
    public static boolean validThroughout(Collection<Qualification> qualifications, LocalDate from, LocalDate to) {
        LocalDate day = from;
        while (!day.isAfter(to)) {
            LocalDate current = day;
            Optional<LocalDate> reach = qualifications.stream().filter(q -> q.validOn(current))
                    .map(q -> q.validTo() == null ? LocalDate.MAX : q.validTo()).max(Comparator.naturalOrder());
            if (reach.isEmpty()) {
                return false;
            }
            if (!reach.get().isBefore(to)) {
                return true;
            }
            day = reach.get().plusDays(1);
        }
        return true;
    }

    /** The technical areas covered on every one of the days, by one qualification or renewals of it. */
    public static Set<String> areasCovered(Collection<Qualification> qualifications, Collection<LocalDate> days) {
        Set<String> candidates = new HashSet<>();
        qualifications.forEach(q -> candidates.addAll(q.technicalAreas()));
        Set<String> covered = new HashSet<>();
        for (String area : candidates) {
            if (days.stream().allMatch(day -> qualifications.stream()
                    .anyMatch(q -> q.validOn(day) && q.technicalAreas().contains(area)))) {
                covered.add(area);
            }
        }
        return covered;
    }

    /** The first day after {@code day} on which one of the qualifications starts, if any. */
    public static Optional<LocalDate> nextStartAfter(Collection<Qualification> qualifications, LocalDate day) {
        return qualifications.stream().map(Qualification::validFrom).filter(d -> d.isAfter(day))
                .min(Comparator.naturalOrder());
    }
}
