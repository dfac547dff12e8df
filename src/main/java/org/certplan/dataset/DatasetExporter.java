package org.certplan.dataset;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.certplan.audit.Audit;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.CompletionRequest;
import org.certplan.audit.Nonconformity;
import org.certplan.auditor.Auditor;
import org.certplan.auditor.ConflictOfInterest;
import org.certplan.auditor.Qualification;
import org.certplan.auditor.QualificationRequest;
import org.certplan.auditor.Unavailability;
import org.certplan.auditor.UnavailabilityRequest;
import org.certplan.client.BlackoutRequest;
import org.certplan.client.Certification;
import org.certplan.client.CertificationEvent;
import org.certplan.client.Client;
import org.certplan.client.DecisionRequest;
import org.certplan.client.SiteRequest;
import org.certplan.client.StatusChangeRequest;
import org.certplan.programme.AuditType;
import org.certplan.programme.CertificationStatus;

/**
 * Reads clients, auditors and certifications back into a {@link Dataset}. A certification's replay log is rebuilt
 * from its completed audits with their findings, the closures of major nonconformities and the recorded decisions
 * and status changes; what the services derive by themselves (stage and expiry transitions, windows) is left out.
 */
@ApplicationScoped
public class DatasetExporter {

    private static final String NOT_GRANTED = "certification not granted";
    private static final String RESTORED = "restored (CYC-8): ";
    private static final int CHUNK = 1000;

    @Inject
    Clock clock;

    /** Everything in the database. */
    public Dataset export() {
        return QuarkusTransaction.requiringNew().call(() -> build(
                Client.<Client>list("order by id"), Auditor.<Auditor>list("order by id")));
    }

    /** Only these clients and auditors, e.g. those one import created. */
    public Dataset export(Collection<Long> clientIds, Collection<Long> auditorIds) {
        return QuarkusTransaction.requiringNew().call(() -> build(
                inChunks(clientIds, ids -> Client.<Client>list("id in ?1 order by id", ids)).stream()
                        .sorted(Comparator.comparing(c -> c.id)).toList(),
                inChunks(auditorIds, ids -> Auditor.<Auditor>list("id in ?1 order by id", ids)).stream()
                        .sorted(Comparator.comparing(a -> a.id)).toList()));
    }

    private Dataset build(List<Client> clients, List<Auditor> auditors) {
        Map<Long, String> refs = new LinkedHashMap<>();
        for (int i = 0; i < clients.size(); i++) {
            refs.put(clients.get(i).id, String.format("C%05d", i + 1));
        }
        List<Long> clientIds = List.copyOf(refs.keySet());
        Map<Long, List<Certification>> certificationsByClient = inChunks(clientIds,
                ids -> Certification.<Certification>list("client.id in ?1 order by id", ids)).stream()
                .collect(Collectors.groupingBy(c -> c.client.id));
        List<Long> certificationIds = certificationsByClient.values().stream().flatMap(List::stream)
                .map(c -> c.id).toList();
        Map<Long, List<Audit>> auditsByCertification = groupBy(inChunks(certificationIds,
                ids -> Audit.<Audit>list("certificationId in ?1 order by id", ids)), a -> a.certificationId);
        Map<Long, List<Nonconformity>> ncsByCertification = groupBy(inChunks(certificationIds,
                ids -> Nonconformity.<Nonconformity>list("certificationId in ?1 order by id", ids)),
                nc -> nc.certificationId);
        Map<Long, List<CertificationEvent>> eventsByCertification = groupBy(inChunks(certificationIds,
                ids -> CertificationEvent.<CertificationEvent>list("certificationId in ?1 order by id", ids)),
                e -> e.certificationId);

        List<DatasetClient> datasetClients = new ArrayList<>();
        for (Client client : clients) {
            List<DatasetCertification> certifications = certificationsByClient.getOrDefault(client.id, List.of())
                    .stream().map(c -> certification(c, auditsByCertification.getOrDefault(c.id, List.of()),
                            ncsByCertification.getOrDefault(c.id, List.of()),
                            eventsByCertification.getOrDefault(c.id, List.of())))
                    .toList();
            datasetClients.add(client(client, refs.get(client.id), certifications));
        }
        return new Dataset(Dataset.FORMAT, null, null, null, LocalDate.now(clock), auditors(auditors, refs),
                datasetClients);
    }

    private static DatasetClient client(Client client, String ref, List<DatasetCertification> certifications) {
        List<SiteRequest> sites = client.sites.stream().map(s -> new SiteRequest(null, s.name, s.countryCode, s.city,
                s.latitude, s.longitude, s.persons, s.central,
                s.auditTimeReductionPercent == 0 ? null : s.auditTimeReductionPercent, s.auditTimeReductionReason))
                .toList();
        List<BlackoutRequest> blackouts = client.blackouts.stream()
                .sorted(Comparator.comparing(b -> b.from))
                .map(b -> new BlackoutRequest(b.from, b.to, b.reason)).toList();
        return new DatasetClient(ref, client.name, client.persons, client.identicalWorkPersons, client.siteSampling,
                sites, sorted(client.technicalAreas), sorted(client.languages), blackouts, certifications);
    }

    private static DatasetCertification certification(Certification certification, List<Audit> audits,
            List<Nonconformity> ncs, List<CertificationEvent> events) {
        Map<Long, Audit> auditsById = audits.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<DatasetStep> steps = new ArrayList<>();
        for (Audit audit : audits) {
            if (audit.status == AuditStatus.COMPLETED && audit.type != AuditType.SPECIAL) {
                List<CompletionRequest.Finding> findings = ncs.stream().filter(nc -> audit.id.equals(nc.auditId))
                        .map(nc -> new CompletionRequest.Finding(nc.grade, nc.clause, nc.description)).toList();
                steps.add(DatasetStep.complete(new AuditCompletion(audit.type, audit.cycleNumber, audit.startDate,
                        audit.endDate, findings)));
            }
        }
        ncs.stream()
                .filter(nc -> nc.grade == Nonconformity.Grade.MAJOR && nc.status == Nonconformity.Status.CLOSED)
                .map(nc -> new MajorsClosure(auditsById.get(nc.verifiedByAuditId).type, nc.verifiedOn))
                .distinct()
                .forEach(closure -> steps.add(DatasetStep.closeMajors(closure)));
        for (CertificationEvent event : events) {
            step(event).ifPresent(steps::add);
        }
        steps.sort(DatasetStep.ORDER);
        return new DatasetCertification(certification.standard, certification.scope, certification.applicationDate,
                certification.auditTime.adjustmentPercent, certification.remote, List.copyOf(steps));
    }

    private static Optional<DatasetStep> step(CertificationEvent event) {
        CertificationStatus from = event.fromStatus;
        CertificationStatus to = event.toStatus;
        String reason = event.reason == null ? "" : event.reason;
        if (from != null && from == to && (to == CertificationStatus.STAGE_2_DONE || to == CertificationStatus.CERTIFIED)
                && reason.startsWith(NOT_GRANTED)) {
            String why = reason.length() > NOT_GRANTED.length() + 2 ? reason.substring(NOT_GRANTED.length() + 2) : null;
            return Optional.of(DatasetStep.decide(new DecisionRequest(event.date, false, event.actor, why)));
        }
        if (to == CertificationStatus.CERTIFIED
                && (from == CertificationStatus.STAGE_2_DONE || from == CertificationStatus.CERTIFIED)) {
            return Optional.of(DatasetStep.decide(new DecisionRequest(event.date, true, event.actor, null)));
        }
        StatusChangeRequest change = new StatusChangeRequest(event.date,
                reason.startsWith(RESTORED) ? reason.substring(RESTORED.length()) : reason, event.actor);
        if (to == CertificationStatus.SUSPENDED) {
            return Optional.of(DatasetStep.suspend(change));
        }
        if (to == CertificationStatus.WITHDRAWN) {
            return Optional.of(DatasetStep.withdraw(change));
        }
        if (to == CertificationStatus.CERTIFIED
                && (from == CertificationStatus.SUSPENDED || from == CertificationStatus.EXPIRED)) {
            return Optional.of(DatasetStep.restore(change));
        }
        return Optional.empty();
    }

    private static List<DatasetAuditor> auditors(List<Auditor> auditors, Map<Long, String> refs) {
        List<Long> ids = auditors.stream().map(a -> a.id).toList();
        Map<Long, List<Qualification>> qualifications = groupBy(inChunks(ids,
                chunk -> Qualification.<Qualification>list("auditorId in ?1 order by validFrom, id", chunk)),
                q -> q.auditorId);
        Map<Long, List<Unavailability>> leave = groupBy(inChunks(ids,
                chunk -> Unavailability.<Unavailability>list("auditorId in ?1 order by fromDate, id", chunk)),
                u -> u.auditorId);
        Map<Long, List<ConflictOfInterest>> conflicts = groupBy(inChunks(ids,
                chunk -> ConflictOfInterest.<ConflictOfInterest>list("auditorId in ?1 order by fromDate, id", chunk)),
                c -> c.auditorId);
        return auditors.stream().map(a -> new DatasetAuditor(a.name, a.email, a.homeCountryCode, a.homeCity,
                a.latitude, a.longitude, sorted(a.languages), a.employment, a.maxDaysPerMonth, a.maxDaysPerYear,
                qualifications.getOrDefault(a.id, List.of()).stream()
                        .map(q -> new QualificationRequest(q.standard, q.role, sorted(q.technicalAreas),
                                q.validFrom, q.validTo)).toList(),
                leave.getOrDefault(a.id, List.of()).stream()
                        .map(u -> new UnavailabilityRequest(u.fromDate, u.toDate, u.reason)).toList(),
                conflicts.getOrDefault(a.id, List.of()).stream().filter(c -> refs.containsKey(c.clientId))
                        .map(c -> new DatasetConflict(refs.get(c.clientId), c.reason, c.fromDate, c.toDate, c.note))
                        .toList()))
                .toList();
    }

    /** Element collections come back as hash sets; the document lists codes in order. */
    private static List<String> sorted(Collection<String> codes) {
        return codes.stream().sorted().toList();
    }

    /** Rows ordered within each group as the query ordered them. */
    private static <T> Map<Long, List<T>> groupBy(List<T> rows, Function<T, Long> key) {
        Map<Long, List<T>> groups = new HashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
        return groups;
    }

    private static <T> List<T> inChunks(Collection<Long> ids, Function<List<Long>, List<T>> query) {
        List<Long> all = List.copyOf(ids);
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            rows.addAll(query.apply(all.subList(i, Math.min(i + CHUNK, all.size()))));
        }
        return rows;
    }
}
