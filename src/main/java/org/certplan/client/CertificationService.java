package org.certplan.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.certplan.audit.Audit;
import org.certplan.audit.AuditCompleted;
import org.certplan.audit.AuditGenerator;
import org.certplan.audit.AuditService;
import org.certplan.audit.AuditTimes;
import org.certplan.audit.Nonconformity;
import org.certplan.audit.NonconformityService;
import org.certplan.audit.NonconformityView;
import org.certplan.platform.problem.Problem;
import org.certplan.platform.problem.ProblemException;
import org.certplan.platform.problem.WriteConflicts;
import org.certplan.programme.AuditTime;
import org.certplan.programme.AuditTimeCalculator;
import org.certplan.programme.AuditTimeInput;
import org.certplan.programme.AuditType;
import org.certplan.programme.CertificationStatus;
import org.certplan.programme.CycleCalendar;
import org.certplan.programme.ProgrammePolicy;
import org.certplan.programme.Window;

/** The life of a certification: application, decisions, suspension, withdrawal, restoration, expiry (§1). */
@ApplicationScoped
public class CertificationService {

    private static final String SYSTEM = "certplan";
    private static final String ONE_ACTIVE = "uq_certification_active";
    private static final List<AuditType> CYCLE_AUDITS =
            List.of(AuditType.SURVEILLANCE_1, AuditType.SURVEILLANCE_2, AuditType.RECERTIFICATION);

    @Inject
    AuditTimeCalculator auditTimes;

    @Inject
    CycleCalendar calendar;

    @Inject
    AuditGenerator generator;

    @Inject
    AuditService audits;

    @Inject
    AuditTimes times;

    @Inject
    NonconformityService nonconformities;

    @Inject
    DecisionMakers decisionMakers;

    @Inject
    ProgrammePolicy policy;

    @Inject
    Clock clock;

    public Certification find(long id) {
        return Certification.<Certification>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("certification", id));
    }

    /** Computes the audit time and creates stage 1 and stage 2 with their windows (AT-*, CYC-2, CYC-7). */
    @Transactional
    public Certification apply(CertificationRequest request) {
        Client client = Client.<Client>findByIdOptional(request.clientId())
                .orElseThrow(() -> ProblemException.invalid("clientId", "client " + request.clientId() + " does not exist"));
        requireNoActiveCertification(client, request.standard());
        int adjustment = request.auditTimeAdjustmentPercent() == null ? 0 : request.auditTimeAdjustmentPercent();
        boolean remote = Boolean.TRUE.equals(request.remote());
        Certification certification = new Certification();
        certification.client = client;
        certification.standard = request.standard();
        certification.scope = request.scope();
        certification.applicationDate = request.applicationDate();
        certification.status = CertificationStatus.APPLIED;
        certification.cycleNumber = 1;
        certification.remote = remote;
        certification.auditTime = AuditTimeRecord.of(auditTime(client, adjustment, remote));
        persistActive(certification);
        record(certification, null, CertificationStatus.APPLIED, request.applicationDate(), SYSTEM, "application received");
        Window stage1 = calendar.stage1(request.applicationDate());
        generator.create(certification, AuditType.STAGE_1, stage1, null);
        generator.create(certification, AuditType.STAGE_2, calendar.stage2(stage1), null);
        return certification;
    }

    /**
     * §9: continues another CB's cycle with its dates and expiry; the audits still due in it are generated, and a
     * transfer visit (a special audit) when the issuing body left major nonconformities open.
     */
    @Transactional
    public Certification transfer(TransferRequest request) {
        Client client = Client.<Client>findByIdOptional(request.clientId())
                .orElseThrow(() -> ProblemException.invalid("clientId", "client " + request.clientId() + " does not exist"));
        requireTransferable(request);
        requireNoActiveCertification(client, request.standard());
        int adjustment = request.auditTimeAdjustmentPercent() == null ? 0 : request.auditTimeAdjustmentPercent();
        boolean remote = Boolean.TRUE.equals(request.remote());
        LocalDate today = LocalDate.now(clock);
        Certification certification = new Certification();
        certification.client = client;
        certification.standard = request.standard();
        certification.scope = request.scope();
        certification.applicationDate = today;
        certification.status = CertificationStatus.CERTIFIED;
        certification.cycleNumber = 1;
        certification.cycleStart = request.cycleStart();
        certification.decisionDate = request.cycleStart();
        certification.expiry = request.expiry();
        certification.issuingBody = request.issuingBody();
        certification.remote = remote;
        certification.auditTime = AuditTimeRecord.of(auditTime(client, adjustment, remote));
        persistActive(certification);
        record(certification, null, CertificationStatus.CERTIFIED, today, SYSTEM,
                "transferred from " + request.issuingBody() + " after the transfer review (IAF MD 2)");
        if (request.openMajorNonconformities() > 0) {
            generator.create(certification, AuditType.SPECIAL, calendar.followUp(today), null);
        }
        generateCycle(certification, request.cycleStart(), null, dueAfter(request.lastAuditType()));
        return certification;
    }

    /** Grants (or refuses) certification after stage 2, or recertification after the recertification audit. */
    @Transactional
    public Certification decide(long id, DecisionRequest request, DecisionMaker maker) {
        Certification certification = find(id);
        LocalDate date = request.date();
        requireNotFuture("date", date);
        if (!request.granted()) {
            record(certification, certification.status, certification.status, date, maker.actor(),
                    "certification not granted" + (request.reason() == null ? "" : ": " + request.reason()));
            return certification;
        }
        AuditType decidedAudit = switch (certification.status) {
            case STAGE_2_DONE -> AuditType.STAGE_2;
            case CERTIFIED -> AuditType.RECERTIFICATION;
            default -> throw ProblemException.invalidState("certification " + id + " is " + certification.status
                    + "; a decision follows a completed stage 2 or recertification audit");
        };
        Audit decided = audits.completedOfType(id, certification.cycleNumber, decidedAudit)
                .orElseThrow(() -> ProblemException.invalidState("the " + decidedAudit + " audit of cycle "
                        + certification.cycleNumber + " has not been completed"));
        if (date.isBefore(decided.endDate)) {
            throw ProblemException.invalid("date", "must not be before the " + decidedAudit + " audit ended ("
                    + decided.endDate + ")");
        }
        if (decidedAudit == AuditType.RECERTIFICATION && date.isAfter(certification.expiry)) {
            throw ProblemException.invalidState("the certificate expired on " + certification.expiry
                    + "; restore it instead (CYC-8)");
        }
        requireDecidable(certification, maker);
        CertificationStatus from = certification.status;
        if (decidedAudit == AuditType.STAGE_2) {
            certification.cycleStart = date;
            certification.expiry = calendar.expiry(date);
            certification.decisionDate = date;
            certification.status = CertificationStatus.CERTIFIED;
            generateCycle(certification, date, decided.endDate);
            record(certification, from, CertificationStatus.CERTIFIED, date, maker.actor(),
                    reason("certification granted, valid until " + certification.expiry, request.reason()));
        } else {
            startNextCycle(certification, date);
            record(certification, from, CertificationStatus.CERTIFIED, date, maker.actor(),
                    reason("recertification granted, cycle " + certification.cycleNumber + " valid until "
                            + certification.expiry, request.reason()));
        }
        return certification;
    }

    /** CYC-9: suspension keeps the cycle's dates. */
    @Transactional
    public Certification suspend(long id, StatusChangeRequest request) {
        Certification certification = find(id);
        requireNotFuture("date", request.date());
        move(certification, CertificationStatus.SUSPENDED, request);
        certification.suspendedOn = request.date();
        return certification;
    }

    @Transactional
    public Certification withdraw(long id, StatusChangeRequest request) {
        Certification certification = find(id);
        requireNotFuture("date", request.date());
        move(certification, CertificationStatus.WITHDRAWN, request);
        audits.cancelOpen(id, actor(request), "certification withdrawn: " + request.reason());
        return certification;
    }

    /** Lifts a suspension, or restores an expired certificate within the CYC-8 period. */
    @Transactional
    public Certification restore(long id, StatusChangeRequest request) {
        Certification certification = find(id);
        requireNotFuture("date", request.date());
        if (certification.status == CertificationStatus.EXPIRED) {
            requireRestorable(certification, request);
            CertificationStatus from = certification.status;
            startNextCycle(certification, request.date());
            record(certification, from, CertificationStatus.CERTIFIED, request.date(), actor(request),
                    "restored (CYC-8): " + request.reason());
            return certification;
        }
        if (certification.status != CertificationStatus.SUSPENDED) {
            throw ProblemException.invalidState("certification " + id + " is " + certification.status
                    + "; only a suspended or expired certification can be restored");
        }
        move(certification, CertificationStatus.CERTIFIED, request);
        certification.suspendedOn = null;
        return certification;
    }

    /** CYC-1: a certificate whose expiry has passed without a recertification decision expires. */
    @Transactional
    public int expireDue(LocalDate today) {
        List<Certification> due = Certification.list("status in ?1 and expiry < ?2",
                List.of(CertificationStatus.CERTIFIED, CertificationStatus.SUSPENDED), today);
        for (Certification certification : due) {
            record(certification, certification.status, CertificationStatus.EXPIRED, certification.expiry.plusDays(1),
                    SYSTEM, "expired without a recertification decision");
            certification.status = CertificationStatus.EXPIRED;
        }
        return due.size();
    }

    /** Keeps the certification's status and the dependent windows in step with the audits held. */
    void onAuditCompleted(@Observes AuditCompleted completed) {
        Certification certification = find(completed.certificationId());
        switch (completed.type()) {
            case STAGE_1 -> {
                if (certification.status == CertificationStatus.APPLIED) {
                    record(certification, CertificationStatus.APPLIED, CertificationStatus.STAGE_1_DONE,
                            completed.endDate(), SYSTEM, "stage 1 audit held");
                    certification.status = CertificationStatus.STAGE_1_DONE;
                }
                audits.openOfType(certification.id, certification.cycleNumber, AuditType.STAGE_2).ifPresent(stage2 ->
                        audits.reschedule(stage2, calendar.stage2AfterStage1(completed.endDate()),
                                "stage 1 ended on " + completed.endDate() + " (CYC-7)"));
            }
            case STAGE_2 -> {
                record(certification, certification.status, CertificationStatus.STAGE_2_DONE, completed.endDate(),
                        SYSTEM, "stage 2 audit held");
                certification.status = CertificationStatus.STAGE_2_DONE;
            }
            case SURVEILLANCE_1 -> audits.openOfType(certification.id, certification.cycleNumber,
                    AuditType.SURVEILLANCE_2).ifPresent(sa2 -> audits.reschedule(sa2,
                    calendar.surveillance2(certification.decisionDate, anniversaryBase(certification),
                            completed.startDate()),
                    "surveillance 1 held on " + completed.startDate() + " (CYC-5)"));
            default -> {
            }
        }
    }

    public CertificationView view(Certification c) {
        List<NonconformityView> ncs = nonconformities.ofCertification(c.id).stream()
                .map(NonconformityView::of).toList();
        List<CertificationView.Transition> history = CertificationEvent
                .<CertificationEvent>list("certificationId = ?1 order by recordedAt, id", c.id).stream()
                .map(CertificationView.Transition::of).toList();
        return new CertificationView(c.id, c.client.id, c.standard, c.scope, c.applicationDate, c.status,
                c.cycleNumber, c.cycleStart, c.expiry, c.decisionDate, c.suspendedOn, c.remote, c.issuingBody,
                AuditTimeView.of(times.organisation(c), times.programme(c), policy.multiSiteStage1Basis()),
                atRisk(c, ncs), audits.views(audits.ofCertification(c.id)), ncs, history, c.version);
    }

    /** NC-3: an open major whose follow-up is not planned to end by its due date puts the certification at risk. */
    private boolean atRisk(Certification certification, List<NonconformityView> ncs) {
        LocalDate today = LocalDate.now(clock);
        return ncs.stream()
                .filter(nc -> nc.grade() == Nonconformity.Grade.MAJOR && nc.status() == Nonconformity.Status.OPEN)
                .anyMatch(nc -> {
                    if (nc.dueDate().isBefore(today)) {
                        return true;
                    }
                    Audit followUp = nc.followUpAuditId() == null ? null : Audit.findById(nc.followUpAuditId());
                    return followUp == null || followUp.endDate == null || followUp.endDate.isAfter(nc.dueDate());
                });
    }

    private void startNextCycle(Certification certification, LocalDate decisionDate) {
        LocalDate oldExpiry = certification.expiry;
        certification.cycleNumber++;
        certification.cycleStart = calendar.nextCycleStart(oldExpiry);
        certification.expiry = calendar.nextCycleExpiry(oldExpiry);
        certification.decisionDate = decisionDate;
        certification.status = CertificationStatus.CERTIFIED;
        generateCycle(certification, certification.cycleStart, null);
    }

    /** CYC-3..CYC-6: the surveillance audits and the recertification audit of the current cycle. */
    private void generateCycle(Certification certification, LocalDate anniversaryBase, LocalDate stage2End) {
        generateCycle(certification, anniversaryBase, stage2End, CYCLE_AUDITS);
    }

    private void generateCycle(Certification certification, LocalDate anniversaryBase, LocalDate stage2End,
            List<AuditType> types) {
        LocalDate decision = certification.decisionDate;
        for (AuditType type : types) {
            Window window = switch (type) {
                case SURVEILLANCE_1 -> calendar.surveillance1(decision, anniversaryBase, stage2End);
                case SURVEILLANCE_2 -> calendar.surveillance2(decision, anniversaryBase, null);
                default -> calendar.recertification(certification.expiry);
            };
            generator.create(certification, type, window, null);
        }
    }

    /** The audits of the cycle still due after the last one the issuing body held. */
    private static List<AuditType> dueAfter(AuditType lastHeld) {
        return switch (lastHeld) {
            case STAGE_2, RECERTIFICATION -> CYCLE_AUDITS;
            case SURVEILLANCE_1 -> CYCLE_AUDITS.subList(1, 3);
            case SURVEILLANCE_2 -> CYCLE_AUDITS.subList(2, 3);
            default -> throw ProblemException.invalid("lastAuditType",
                    "must be STAGE_2, SURVEILLANCE_1, SURVEILLANCE_2 or RECERTIFICATION");
        };
    }

    private void requireTransferable(TransferRequest request) {
        LocalDate today = LocalDate.now(clock);
        if (Boolean.TRUE.equals(request.suspended())) {
            throw ProblemException.rule("IAF-MD-2", "a suspended certificate cannot be transferred");
        }
        if (request.cycleStart().isAfter(today)) {
            throw ProblemException.invalid("cycleStart", "lies in the future");
        }
        if (!request.expiry().isAfter(today)) {
            throw ProblemException.rule("IAF-MD-2", "the certificate expired on " + request.expiry()
                    + "; only a valid certificate can be transferred");
        }
        if (request.expiry().isAfter(calendar.expiry(request.cycleStart()))) {
            throw ProblemException.invalid("expiry", "a cycle starting " + request.cycleStart() + " expires by "
                    + calendar.expiry(request.cycleStart()) + " at the latest (CYC-1)");
        }
        dueAfter(request.lastAuditType());
    }

    private LocalDate anniversaryBase(Certification certification) {
        return certification.cycleNumber == 1 ? certification.decisionDate : certification.cycleStart;
    }

    /** NC-3 and IMP-4: what stands between a completed audit and a positive decision. */
    private void requireDecidable(Certification certification, DecisionMaker maker) {
        List<Problem.RuleBreach> breaches = new ArrayList<>();
        long openMajors = nonconformities.openMajors(certification.id);
        if (openMajors > 0) {
            breaches.add(new Problem.RuleBreach("NC-3", openMajors
                    + " major nonconformity(ies) still open: their correction must be verified before the decision"));
        }
        if (decisionMakers.auditedCycle(certification, maker)) {
            breaches.add(new Problem.RuleBreach("IMP-4", maker.actor() + " took part in an audit of cycle "
                    + certification.cycleNumber + " and may not take its certification decision"));
        }
        if (!breaches.isEmpty()) {
            throw ProblemException.rules(breaches);
        }
    }

    private void requireRestorable(Certification certification, StatusChangeRequest request) {
        if (!calendar.restorable(certification.expiry, request.date())) {
            throw ProblemException.rule("CYC-8", "the certificate expired on " + certification.expiry
                    + "; restoration is possible only within the restoration period, after that a full stage 2 is needed");
        }
        if (audits.completedOfType(certification.id, certification.cycleNumber, AuditType.RECERTIFICATION).isEmpty()) {
            throw ProblemException.rule("CYC-8", "the outstanding recertification audit of cycle "
                    + certification.cycleNumber + " must be completed before restoration");
        }
        if (nonconformities.openMajors(certification.id) > 0) {
            throw ProblemException.rule("NC-3", "open major nonconformities must be verified before restoration");
        }
    }

    private void requireNoActiveCertification(Client client, String standard) {
        long active = Certification.count("client.id = ?1 and standard = ?2 and status in ?3", client.id, standard,
                CertificationStatus.active());
        if (active > 0) {
            throw alreadyActive(client.id, standard);
        }
    }

    /** The database's unique key holds when concurrent applications passed the check above together. */
    private static void persistActive(Certification certification) {
        WriteConflicts.guard(ONE_ACTIVE, () -> alreadyActive(certification.client.id, certification.standard),
                certification::persist);
    }

    private static ProblemException alreadyActive(long clientId, String standard) {
        return ProblemException.conflict("client " + clientId + " already has an active " + standard
                + " certification");
    }

    private void move(Certification certification, CertificationStatus to, StatusChangeRequest request) {
        if (!certification.status.canMoveTo(to)) {
            throw ProblemException.invalidState("certification " + certification.id + " is " + certification.status
                    + " and cannot become " + to);
        }
        record(certification, certification.status, to, request.date(), actor(request), request.reason());
        certification.status = to;
    }

    private void record(Certification certification, CertificationStatus from, CertificationStatus to,
            LocalDate date, String actor, String reason) {
        CertificationEvent event = new CertificationEvent();
        event.certificationId = certification.id;
        event.fromStatus = from;
        event.toStatus = to;
        event.date = date;
        event.actor = actor;
        event.reason = reason;
        event.persist();
    }

    private AuditTime auditTime(Client client, int adjustment, boolean remote) {
        return auditTimes.calculate(new AuditTimeInput(client.persons, client.identicalWorkPersons, adjustment,
                remote));
    }

    private void requireNotFuture(String field, LocalDate date) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid(field, "lies in the future");
        }
    }

    private static String actor(StatusChangeRequest request) {
        return request.actor() == null || request.actor().isBlank() ? "planner" : request.actor();
    }

    private static String reason(String what, String why) {
        return why == null || why.isBlank() ? what : what + ": " + why;
    }
}
