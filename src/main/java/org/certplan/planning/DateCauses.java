package org.certplan.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.certplan.rules.WorkingCalendar;

/**
 * Why no start keeps an audit's own date rules ({@link UnplaceableAudits}), whoever audits it, and what would let
 * one: its remote share first (AT-9, whatever the date), then its window (too short, or closed), then the client's
 * blackouts (CYC-10) and public holidays (CAP-2), with the starts that need the fewest days freed.
 */
final class DateCauses {

    static final int REMEDIES = 3;
    static final String PREFIX = "left unplanned: no date keeps its own rules";

    private DateCauses() {
    }

    /** The cause for an audit that is not pinned and of which no start keeps its own date rules; empty otherwise. */
    static Optional<String> of(PlanningAudit audit, int maxRemotePercent) {
        return UnplaceableAudits.staysOut(audit, maxRemotePercent) ? Optional.of(cause(audit, maxRemotePercent))
                : Optional.empty();
    }

    private static String cause(PlanningAudit audit, int maxRemotePercent) {
        int remoteExcess = audit.remoteHalfDaysOverLimit(maxRemotePercent);
        if (remoteExcess > 0) {
            BigDecimal allowed = audit.getOnsiteDays().multiply(BigDecimal.valueOf(maxRemotePercent))
                    .divide(BigDecimal.valueOf(100), 1, RoundingMode.FLOOR);
            return PREFIX + " (AT-9): " + audit.getRemoteDays() + " of its " + audit.getOnsiteDays()
                    + " on-site days are remote, above the " + maxRemotePercent + "% allowed. Remedies: 1) hold "
                    + halfDays(remoteExcess) + " of them on-site, so at most " + allowed + " days stay remote";
        }
        List<LocalDate> fitting = audit.getStartDateRange().stream().filter(start -> fitsWindow(audit, start)).toList();
        if (fitting.isEmpty()) {
            return windowCause(audit);
        }
        return clientDaysCause(audit, fitting);
    }

    private static String windowCause(PlanningAudit audit) {
        String window = audit.windowRule() + ", " + audit.getEarliestStart() + ".." + audit.getLatestEnd();
        LocalDate first = audit.getStartDateRange().get(0);
        String risk = RunStaffing.risk(audit.getType());
        String late = "hold it as soon as it can be staffed, from " + first + ", forced with a reason (PATCH "
                + "/api/v1/audits/" + audit.getId() + ")" + (risk == null ? "" : ", and decide on the certificate: "
                + risk);
        if (first.isAfter(audit.getLatestEnd())) {
            return PREFIX + " (" + audit.windowRule() + "): its window (" + window + ") closed before the first day "
                    + "this run may plan, " + first + ". Remedies: 1) " + late;
        }
        int workingDays = (int) audit.getStartDateRange().stream().filter(day -> !day.isAfter(audit.getLatestEnd()))
                .count();
        int halfDays = Math.max(1, audit.getOnsiteDays().multiply(BigDecimal.valueOf(2))
                .setScale(0, RoundingMode.CEILING).intValue());
        int team = (halfDays + 2 * workingDays - 1) / (2 * workingDays);
        return PREFIX + " (" + audit.windowRule() + "): what remains of its window (" + window + ") has "
                + workingDays + " working days from " + first + ", and with " + audit.getSeatCount()
                + (audit.getSeatCount() == 1 ? " auditor" : " auditors") + " it takes " + audit.getDurationDays()
                + ". Remedies: 1) a team of " + team + " auditors by hand (COMP-5 sets the smallest team, not the "
                + "largest), which holds it in " + (halfDays + 2 * team - 1) / (2 * team) + " days; 2) " + late;
    }

    private static String clientDaysCause(PlanningAudit audit, List<LocalDate> fitting) {
        PlanningClient client = audit.getClient();
        List<Freed> ranked = fitting.stream().map(start -> Freed.of(audit.calendar(), client, audit.daysFrom(start)))
                .sorted(Comparator.comparingInt(Freed::size).thenComparing(freed -> freed.days().get(0)))
                .toList();
        boolean blackouts = ranked.stream().anyMatch(freed -> !freed.blackout().isEmpty());
        boolean holidays = ranked.stream().anyMatch(freed -> !freed.holidays().isEmpty());
        String rules = blackouts && holidays ? "CYC-10, CAP-2" : blackouts ? "CYC-10" : "CAP-2";
        String what = blackouts && holidays ? "the client's blackouts or its sites' public holidays"
                : blackouts ? "the client's blackouts" : "its sites' public holidays";
        String starts = fitting.size() == 1 ? "the one start" : "each of the " + fitting.size() + " starts";
        StringBuilder text = new StringBuilder(PREFIX + " (" + rules + "): " + starts + " in its window ("
                + audit.windowRule() + ", " + audit.getEarliestStart() + ".." + audit.getLatestEnd()
                + ") puts a day of the " + audit.getDurationDays() + "-day audit on " + what
                + ". Remedies, fewest days first: ");
        List<Freed> shown = new ArrayList<>();
        for (Freed freed : ranked) {
            if (shown.size() == REMEDIES) {
                break;
            }
            if (shown.stream().noneMatch(freed::asksAtLeast)) {
                shown.add(freed);
            }
        }
        for (int i = 0; i < shown.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(i + 1).append(") ").append(shown.get(i).remedy());
        }
        return text.toString();
    }

    private static boolean fitsWindow(PlanningAudit audit, LocalDate start) {
        List<LocalDate> days = audit.daysFrom(start);
        return !start.isBefore(audit.getEarliestStart()) && !days.get(days.size() - 1).isAfter(audit.getLatestEnd());
    }

    private static String halfDays(int count) {
        BigDecimal days = BigDecimal.valueOf(count).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY)
                .stripTrailingZeros();
        return days.toPlainString() + (days.compareTo(BigDecimal.ONE) == 0 ? " day" : " days");
    }

    /** The audit days of one start, and those of them the client would have to open. */
    private record Freed(WorkingCalendar calendar, List<LocalDate> days, List<LocalDate> blackout,
            List<LocalDate> holidays) {

        static Freed of(WorkingCalendar calendar, PlanningClient client, List<LocalDate> days) {
            return new Freed(calendar, days, client.blackoutDaysAmong(days), client.holidaysAmong(days));
        }

        int size() {
            return opened().size();
        }

        /** Whether this start asks the client to open every day that {@code other} asks, and so adds no option. */
        boolean asksAtLeast(Freed other) {
            return opened().containsAll(other.opened());
        }

        private List<LocalDate> opened() {
            return days.stream().filter(day -> blackout.contains(day) || holidays.contains(day)).toList();
        }

        String remedy() {
            List<String> asks = new ArrayList<>();
            if (!blackout.isEmpty()) {
                asks.add("the client opens " + ranges(blackout) + " of its blackout");
            }
            List<LocalDate> onlyHolidays = holidays.stream().filter(day -> !blackout.contains(day)).toList();
            if (!onlyHolidays.isEmpty()) {
                asks.add("its site opens on the public " + (onlyHolidays.size() == 1 ? "holiday " : "holidays ")
                        + ranges(onlyHolidays));
            }
            return "run it " + days.get(0) + ".." + days.get(days.size() - 1) + " if " + String.join(" and ", asks)
                    + " (" + size() + (size() == 1 ? " day)" : " days)");
        }

        private String ranges(List<LocalDate> days) {
            List<String> ranges = new ArrayList<>();
            LocalDate from = days.get(0);
            LocalDate to = from;
            for (LocalDate day : days.subList(1, days.size())) {
                if (calendar.between(to.plusDays(1), day.minusDays(1)).isEmpty()) {
                    to = day;
                } else {
                    ranges.add(from.equals(to) ? from.toString() : from + ".." + to);
                    from = day;
                    to = day;
                }
            }
            ranges.add(from.equals(to) ? from.toString() : from + ".." + to);
            return ranges.stream().collect(Collectors.joining(", "));
        }
    }
}
