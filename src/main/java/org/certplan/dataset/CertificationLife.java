package org.certplan.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.certplan.audit.CompletionRequest;
import org.certplan.audit.Nonconformity;
import org.certplan.client.DecisionRequest;
import org.certplan.client.StatusChangeRequest;
import org.certplan.programme.AuditType;
import org.certplan.programme.CycleCalendar;
import org.certplan.programme.Window;

/**
 * Lives one certification forward from its application until the reference date: audits held inside the windows
 * the cycle calendar gives, findings, follow-ups within the NC-2 deadline, decisions, and now and then a
 * suspension or withdrawal. Whatever would happen after the reference date does not happen.
 */
final class CertificationLife {

    private static final List<String> DECIDERS = List.of("Dr. Katrin Vogel", "Marc Lefèvre", "Sofia Marino",
            "James Whitfield", "Ewa Nowak", "Lars Eriksson");

    private static final List<String[]> CLAUSES = List.of(
            new String[] {"4.3", "The ISMS scope does not name the outsourced data-centre operations"},
            new String[] {"5.3", "Roles and responsibilities for information security are not assigned"},
            new String[] {"6.1.2", "The risk assessment has not been repeated after the change of the hosting provider"},
            new String[] {"6.1.3", "The statement of applicability does not justify the exclusion of controls"},
            new String[] {"7.2", "Competence records of the security team are incomplete"},
            new String[] {"7.5.3", "Documented information is not reviewed at the planned intervals"},
            new String[] {"8.1", "Outsourced processes are not controlled"},
            new String[] {"9.2", "The internal audit programme did not cover all ISMS processes"},
            new String[] {"9.3", "The management review did not consider the results of the risk treatment"},
            new String[] {"10.2", "Corrective actions from the last audit were not evaluated for effectiveness"},
            new String[] {"A.5.15", "Access rights are not reviewed when staff change roles"},
            new String[] {"A.5.23", "Information security for the use of cloud services is not defined"},
            new String[] {"A.5.30", "ICT readiness for business continuity has not been tested"},
            new String[] {"A.8.8", "Technical vulnerabilities are not assessed within the defined time"},
            new String[] {"A.8.13", "Restores from backup are not tested"},
            new String[] {"A.8.15", "Logs of privileged access are not protected against tampering"});

    private final CycleCalendar calendar;
    private final Draw draw;
    private final LocalDate reference;
    private final BigDecimal initialDays;
    private final AuditTiming timing;
    private final List<DatasetStep> steps = new ArrayList<>();
    private final List<HeldAudit> held = new ArrayList<>();
    private final Map<AuditType, Window> pending = new EnumMap<>(AuditType.class);
    private LocalDate last;
    private int cycle = 1;
    private boolean ended;

    CertificationLife(CycleCalendar calendar, Draw draw, LocalDate reference, BigDecimal initialDays,
            AuditTiming timing) {
        this.calendar = calendar;
        this.draw = draw;
        this.reference = reference;
        this.initialDays = initialDays;
        this.timing = timing;
    }

    /** An audit the services open and that is still to be held on the reference date. */
    record OpenAudit(AuditType type, Window window) {
    }

    /** The audits held so far, each with the window it was held in. */
    List<HeldAudit> held() {
        return List.copyOf(held);
    }

    /**
     * The audits open on the reference date, with the windows the services give them: those of the initial
     * audits from the application on, those of the cycle from its decision on, a follow-up from its major on.
     */
    List<OpenAudit> open() {
        return pending.entrySet().stream().map(e -> new OpenAudit(e.getKey(), e.getValue())).toList();
    }

    /** The replay log of a certification applied for on {@code application}. */
    List<DatasetStep> live(LocalDate application) {
        last = application;
        Window stage1Window = calendar.stage1(application);
        pending.put(AuditType.STAGE_1, stage1Window);
        pending.put(AuditType.STAGE_2, calendar.stage2(stage1Window));
        Held stage1 = hold(AuditType.STAGE_1, stage1Window,
                stage1Window.earliestStart(), stage1Window.earliestStart().plusDays(45), 0, 0);
        if (stage1 == null) {
            return steps;
        }
        if (draw.chance(0.03)) {
            change(Kind.WITHDRAW, last.plusDays(draw.between(20, 60)), "the client withdrew its application");
            return steps;
        }
        Window stage2Window = calendar.stage2AfterStage1(stage1.end);
        pending.put(AuditType.STAGE_2, stage2Window);
        Held stage2 = hold(AuditType.STAGE_2, stage2Window, stage2Window.earliestStart(),
                stage2Window.earliestStart().plusDays(60), 0.55, 0.12);
        if (stage2 == null || !followUp(stage2, false)) {
            return steps;
        }
        LocalDate decision = last.plusDays(draw.between(5, 30));
        if (!decide(decision)) {
            return steps;
        }
        LocalDate decisionDate = decision;
        LocalDate cycleStart = decision;
        LocalDate expiry = calendar.expiry(decision);
        LocalDate stage2End = stage2.end;
        openCycle(decisionDate, decisionDate, stage2End, expiry);
        while (!ended) {
            LocalDate anniversaryBase = cycle == 1 ? decisionDate : cycleStart;
            Window sa1Window = calendar.surveillance1(decisionDate, anniversaryBase, stage2End);
            Held sa1 = surveillance(AuditType.SURVEILLANCE_1, sa1Window);
            if (sa1 == null) {
                return steps;
            }
            Window sa2Window = calendar.surveillance2(decisionDate, anniversaryBase, sa1.start);
            pending.put(AuditType.SURVEILLANCE_2, sa2Window);
            if (draw.chance(0.04) && !suspendVoluntarily()) {
                return steps;
            }
            Held sa2 = surveillance(AuditType.SURVEILLANCE_2, sa2Window);
            if (sa2 == null) {
                return steps;
            }
            Window recertWindow = calendar.recertification(expiry);
            if (draw.chance(0.04)) {
                change(Kind.WITHDRAW, later(last.plusDays(draw.between(14, 60)),
                        recertWindow.earliestStart().minusDays(draw.between(0, 45))),
                        "the client did not apply for recertification");
                return steps;
            }
            Held recert = hold(AuditType.RECERTIFICATION, recertWindow, recertWindow.earliestStart(),
                    recertWindow.latestEnd(), 0.5, 0.08);
            if (recert == null || !followUp(recert, false)) {
                return steps;
            }
            LocalDate recertDecision = earlier(expiry, last.plusDays(draw.between(3, 30)));
            if (!decide(recertDecision)) {
                return steps;
            }
            cycle++;
            decisionDate = recertDecision;
            cycleStart = calendar.nextCycleStart(expiry);
            expiry = calendar.nextCycleExpiry(expiry);
            stage2End = null;
            openCycle(decisionDate, cycleStart, null, expiry);
        }
        return steps;
    }

    /** CYC-3..CYC-6: a decision opens the cycle's surveillance and recertification audits. */
    private void openCycle(LocalDate decision, LocalDate anniversaryBase, LocalDate stage2End, LocalDate expiry) {
        pending.put(AuditType.SURVEILLANCE_1, calendar.surveillance1(decision, anniversaryBase, stage2End));
        pending.put(AuditType.SURVEILLANCE_2, calendar.surveillance2(decision, anniversaryBase, null));
        pending.put(AuditType.RECERTIFICATION, calendar.recertification(expiry));
    }

    private Held surveillance(AuditType type, Window window) {
        LocalDate from = timing == AuditTiming.ANYWHERE_IN_WINDOW ? window.earliestStart()
                : later(window.earliestStart(), window.latestEnd().minusDays(80));
        Held audit = hold(type, window, from, window.latestEnd(), 0.5, 0.08);
        if (audit == null) {
            return null;
        }
        return followUp(audit, true) ? audit : null;
    }

    /** NC-2: a major finding is verified by a follow-up within the deadline, or (rarely) the certificate is suspended. */
    private boolean followUp(Held raising, boolean certified) {
        if (!raising.major) {
            return true;
        }
        Window window = calendar.followUp(raising.end);
        pending.put(AuditType.FOLLOW_UP, window);
        if (certified && draw.chance(0.15)) {
            if (!change(Kind.SUSPEND, window.latestEnd().plusDays(draw.between(1, 10)),
                    "major nonconformity not verified within " + window.lengthInDays() + " days (NC-3)")) {
                return false;
            }
            change(Kind.WITHDRAW, last.plusDays(draw.between(60, 170)),
                    "the suspension was not lifted: the major nonconformity remains open (CYC-9)");
            return false;
        }
        Held followUp = hold(AuditType.FOLLOW_UP, window, window.earliestStart().plusDays(7),
                window.latestEnd(), 0, 0);
        if (followUp == null) {
            return false;
        }
        steps.add(DatasetStep.closeMajors(new MajorsClosure(AuditType.FOLLOW_UP, followUp.end)));
        return true;
    }

    private boolean suspendVoluntarily() {
        if (!change(Kind.SUSPEND, last.plusDays(draw.between(14, 45)),
                "the client asked for a suspension while it moves its operations")) {
            return false;
        }
        LocalDate end = last.plusDays(draw.between(30, 120));
        if (draw.chance(0.6)) {
            return change(Kind.RESTORE, end, "the client has resumed operations; suspension lifted");
        }
        change(Kind.WITHDRAW, end, "the client gave up its certification during the suspension");
        return false;
    }

    private boolean decide(LocalDate date) {
        if (date.isAfter(reference)) {
            ended = true;
            return false;
        }
        steps.add(DatasetStep.decide(new DecisionRequest(date, true, draw.pick(DECIDERS), null)));
        last = date;
        return true;
    }

    private enum Kind { SUSPEND, WITHDRAW, RESTORE }

    private boolean change(Kind kind, LocalDate date, String reason) {
        if (date.isAfter(reference)) {
            ended = true;
            return false;
        }
        StatusChangeRequest change = new StatusChangeRequest(date, reason, "certification manager");
        steps.add(switch (kind) {
            case SUSPEND -> DatasetStep.suspend(change);
            case WITHDRAW -> DatasetStep.withdraw(change);
            case RESTORE -> DatasetStep.restore(change);
        });
        last = date;
        if (kind == Kind.WITHDRAW) {
            pending.clear();
            ended = true;
        }
        return true;
    }

    private record Held(LocalDate start, LocalDate end, boolean major) {
    }

    /**
     * Holds an audit of {@code type} starting between {@code from} and {@code to}, inside {@code window} and after
     * the last step; null when it would end after the reference date. Majors are likelier in the last weeks before
     * the reference date, so that a dataset always has a few follow-ups due.
     */
    private Held hold(AuditType type, Window window, LocalDate from, LocalDate to, double minorChance,
            double majorChance) {
        int length = calendarDays(type);
        LocalDate earliest = later(later(window.earliestStart(), from), last.plusDays(1));
        LocalDate latestStart = earlier(to, window.latestEnd());
        LocalDate start = null;
        LocalDate end = null;
        for (int attempt = 0; attempt < 20 && end == null; attempt++) {
            LocalDate candidate = weekday(draw.dayBetween(earliest, latestStart.isBefore(earliest) ? earliest : latestStart));
            LocalDate candidateEnd = afterWorkingDays(candidate, length - 1);
            if (!candidateEnd.isAfter(window.latestEnd())) {
                start = candidate;
                end = candidateEnd;
            }
        }
        if (end == null) {
            start = earliest;
            end = earlier(earliest.plusDays(length - 1), window.latestEnd());
        }
        if (end.isAfter(reference)) {
            ended = true;
            return null;
        }
        boolean recent = !end.isBefore(reference.minusDays(42));
        boolean major = draw.chance(recent && majorChance > 0 ? 0.35 : majorChance);
        List<CompletionRequest.Finding> findings = new ArrayList<>();
        if (draw.chance(minorChance)) {
            int minors = draw.between(1, 3);
            for (int i = 0; i < minors; i++) {
                findings.add(finding(Nonconformity.Grade.MINOR));
            }
        }
        if (major) {
            findings.add(finding(Nonconformity.Grade.MAJOR));
        }
        steps.add(DatasetStep.complete(new AuditCompletion(type, cycle, start, end, List.copyOf(findings))));
        held.add(new HeldAudit(type, window, start));
        pending.remove(type);
        last = end;
        return new Held(start, end, major);
    }

    private CompletionRequest.Finding finding(Nonconformity.Grade grade) {
        String[] clause = draw.pick(CLAUSES);
        return new CompletionRequest.Finding(grade, clause[0], clause[1]);
    }

    /** How many days the audit runs: its auditor-days shared by a team in which nobody audits over five days. */
    private int calendarDays(AuditType type) {
        BigDecimal days = switch (type) {
            case STAGE_1 -> initialDays.multiply(new BigDecimal("0.3"));
            case STAGE_2 -> initialDays.multiply(new BigDecimal("0.7"));
            case SURVEILLANCE_1, SURVEILLANCE_2 -> initialDays.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
            case RECERTIFICATION -> initialDays.multiply(BigDecimal.valueOf(2))
                    .divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
            default -> BigDecimal.ONE;
        };
        int auditorDays = Math.max(1, days.setScale(0, RoundingMode.CEILING).intValue());
        int team = (auditorDays + 4) / 5;
        return (auditorDays + team - 1) / team;
    }

    private static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    private static LocalDate afterWorkingDays(LocalDate start, int workingDays) {
        LocalDate day = start;
        for (int i = 0; i < workingDays; i++) {
            day = day.plusDays(day.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1);
        }
        return day;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
