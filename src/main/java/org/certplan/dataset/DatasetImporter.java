package org.certplan.dataset;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.certplan.audit.Audit;
import org.certplan.audit.AuditService;
import org.certplan.audit.ClosureRequest;
import org.certplan.audit.Nonconformity;
import org.certplan.audit.NonconformityService;
import org.certplan.auditor.Auditor;
import org.certplan.auditor.AuditorService;
import org.certplan.auditor.ConflictRequest;
import org.certplan.auditor.ConflictService;
import org.certplan.auditor.Declarant;
import org.certplan.auditor.UnavailabilityService;
import org.certplan.client.Certification;
import org.certplan.client.CertificationService;
import org.certplan.client.Client;
import org.certplan.client.ClientService;
import org.certplan.client.DecisionMaker;
import org.certplan.platform.problem.ProblemException;
import org.certplan.programme.RuleViolation;
import org.jboss.logging.Logger;

/**
 * Replays a {@link Dataset} through the services the REST API uses, so that every rule is enforced. The document
 * is checked as a whole before anything is stored; then auditors, clients and conflicts of interest are stored in
 * batches of {@value #BATCH}, one transaction each. A step that breaks a rule aborts the import with a problem
 * naming the client and the step; the batch in progress is rolled back, earlier batches stay.
 */
@ApplicationScoped
public class DatasetImporter {

    /** The trail's actor for what an import records: the dataset's own history, not a user's change. */
    private static final String IMPORT = "certplan (dataset import)";

    static final int BATCH = 50;

    private static final Logger LOG = Logger.getLogger(DatasetImporter.class);

    @Inject
    ClientService clients;

    @Inject
    CertificationService certifications;

    @Inject
    AuditService audits;

    @Inject
    NonconformityService nonconformities;

    @Inject
    AuditorService auditors;

    @Inject
    UnavailabilityService unavailability;

    @Inject
    ConflictService conflicts;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    /** Refuses with 409 unless {@code append} or the database holds no client yet. */
    public void requireEmptyUnlessAppending(boolean append) {
        if (append) {
            return;
        }
        long stored = QuarkusTransaction.requiringNew().call(() -> Client.count());
        if (stored > 0) {
            throw ProblemException.conflict("the database already holds " + stored
                    + " client(s); add ?append=true to add the dataset to them");
        }
    }

    public Imported importDataset(Dataset dataset) {
        long started = System.nanoTime();
        check(dataset);
        List<Long> auditorIds = new ArrayList<>();
        for (List<DatasetAuditor> batch : batches(dataset.auditors())) {
            QuarkusTransaction.requiringNew().run(() -> batch.forEach(a -> auditorIds.add(importAuditor(a))));
        }
        Map<String, Long> clientIds = new HashMap<>();
        List<Long> clientIdsInOrder = new ArrayList<>();
        int[] counted = new int[3];
        for (List<DatasetClient> batch : batches(dataset.clients())) {
            Map<String, Long> created = new HashMap<>();
            List<Long> createdInOrder = new ArrayList<>();
            QuarkusTransaction.requiringNew().run(() -> {
                for (DatasetClient client : batch) {
                    long id = importClient(client);
                    created.put(client.ref(), id);
                    createdInOrder.add(id);
                }
            });
            clientIds.putAll(created);
            clientIdsInOrder.addAll(createdInOrder);
            for (DatasetClient client : batch) {
                counted[0] += client.sites().size();
                counted[1] += client.certifications().size();
                counted[2] += client.certifications().stream().mapToInt(c -> c.steps().size()).sum();
            }
        }
        int conflictCount = 0;
        for (int i = 0; i < dataset.auditors().size(); i += BATCH) {
            int from = i;
            int to = Math.min(i + BATCH, dataset.auditors().size());
            QuarkusTransaction.requiringNew().run(() -> {
                for (int a = from; a < to; a++) {
                    for (DatasetConflict c : dataset.auditors().get(a).conflicts()) {
                        conflicts.add(auditorIds.get(a), new ConflictRequest(clientIds.get(c.client()), c.reason(),
                                c.from(), c.to(), c.note()), IMPORT, Declarant.PLANNER);
                    }
                }
            });
            conflictCount += dataset.auditors().subList(from, to).stream().mapToInt(a -> a.conflicts().size()).sum();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        ImportResult counts = new ImportResult(auditorIds.size(), clientIdsInOrder.size(), counted[0], counted[1],
                counted[2], conflictCount, millis);
        LOG.infof("Imported %d auditors and %d clients (%d certifications, %d steps) in %d ms", counts.auditors(),
                counts.clients(), counts.certifications(), counts.steps(), millis);
        return new Imported(counts, List.copyOf(auditorIds), List.copyOf(clientIdsInOrder));
    }

    private long importAuditor(DatasetAuditor auditor) {
        long id = auditors.create(auditor.request()).id();
        auditors.replaceQualifications(id, auditor.qualifications());
        auditor.unavailability().forEach(u -> unavailability.add(id, u));
        return id;
    }

    private long importClient(DatasetClient client) {
        long clientId = clients.create(client.request()).id();
        for (int c = 0; c < client.certifications().size(); c++) {
            DatasetCertification certification = client.certifications().get(c);
            long certificationId = certifications.apply(certification.request(clientId)).id;
            for (int s = 0; s < certification.steps().size(); s++) {
                DatasetStep step = certification.steps().get(s);
                try {
                    replay(certificationId, step);
                } catch (ProblemException e) {
                    throw new ProblemException(e.type(), where(client, c, s, step) + e.getMessage());
                } catch (RuleViolation e) {
                    throw ProblemException.rule(e.rule(), where(client, c, s, step) + e.getMessage());
                }
            }
        }
        return clientId;
    }

    private static String where(DatasetClient client, int certification, int step, DatasetStep what) {
        return "client " + client.ref() + " (" + client.name() + "), certifications[" + certification + "].steps["
                + step + "] (" + what.describe() + "): ";
    }

    private void replay(long certificationId, DatasetStep step) {
        if (step.complete() != null) {
            AuditCompletion completion = step.complete();
            Audit audit = audits.openOfType(certificationId, completion.cycle(), completion.auditType())
                    .orElseThrow(() -> ProblemException.invalidState("there is no open " + completion.auditType()
                            + " audit in cycle " + completion.cycle()));
            audits.complete(audit.id, completion.request());
        } else if (step.decide() != null) {
            certifications.decide(certificationId, step.decide(), DecisionMaker.named(step.decide().decidedBy()));
        } else if (step.closeMajors() != null) {
            closeMajors(certificationId, step.closeMajors());
        } else if (step.suspend() != null) {
            certifications.suspend(certificationId, step.suspend());
        } else if (step.withdraw() != null) {
            certifications.withdraw(certificationId, step.withdraw());
        } else {
            certifications.restore(certificationId, step.restore());
        }
    }

    private void closeMajors(long certificationId, MajorsClosure closure) {
        Certification certification = certifications.find(certificationId);
        Audit verifying = audits.completedOfType(certificationId, certification.cycleNumber, closure.auditType())
                .orElseThrow(() -> ProblemException.invalidState("no " + closure.auditType()
                        + " audit of cycle " + certification.cycleNumber + " has been completed"));
        List<Nonconformity> open = nonconformities.ofCertification(certificationId).stream()
                .filter(nc -> nc.grade == Nonconformity.Grade.MAJOR && nc.status == Nonconformity.Status.OPEN)
                .toList();
        if (open.isEmpty()) {
            throw ProblemException.invalidState("there is no open major nonconformity to close");
        }
        for (Nonconformity nc : open) {
            nonconformities.close(nc.id, new ClosureRequest(closure.verifiedOn(), verifying.id, null));
        }
    }

    /** Everything that can be checked before storing anything: bean validation, references, dates, e-mails. */
    private void check(Dataset dataset) {
        first(validator.validate(dataset), "");
        LocalDate today = LocalDate.now(clock);
        if (dataset.referenceDate().isAfter(today)) {
            throw ProblemException.invalid("referenceDate", "lies after today (" + today + ")");
        }
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < dataset.clients().size(); i++) {
            DatasetClient client = dataset.clients().get(i);
            String at = "clients[" + i + "]";
            if (!refs.add(client.ref())) {
                throw ProblemException.invalid(at + ".ref", "ref " + client.ref() + " is used twice");
            }
            first(validator.validate(client.request()), at + ".");
            for (int c = 0; c < client.certifications().size(); c++) {
                DatasetCertification certification = client.certifications().get(c);
                String certAt = at + ".certifications[" + c + "]";
                first(validator.validate(certification.request(0L)), certAt + ".");
                for (int s = 0; s < certification.steps().size(); s++) {
                    DatasetStep step = certification.steps().get(s);
                    String stepAt = certAt + ".steps[" + s + "]";
                    if (step.members() != 1) {
                        throw ProblemException.invalid(stepAt, "must hold exactly one of complete, decide, "
                                + "closeMajors, suspend, withdraw, restore");
                    }
                    if (step.date().isAfter(dataset.referenceDate())) {
                        throw ProblemException.invalid(stepAt, "lies after the reference date "
                                + dataset.referenceDate());
                    }
                }
            }
        }
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < dataset.auditors().size(); i++) {
            DatasetAuditor auditor = dataset.auditors().get(i);
            String at = "auditors[" + i + "]";
            first(validator.validate(auditor.request()), at + ".");
            if (!emails.add(auditor.email().trim())) {
                throw ProblemException.invalid(at + ".email", auditor.email() + " is used twice");
            }
            for (int c = 0; c < auditor.conflicts().size(); c++) {
                if (!refs.contains(auditor.conflicts().get(c).client())) {
                    throw ProblemException.invalid(at + ".conflicts[" + c + "].client",
                            "no client has ref " + auditor.conflicts().get(c).client());
                }
            }
        }
        requireNewEmails(emails);
    }

    private static void requireNewEmails(Set<String> emails) {
        List<String> all = List.copyOf(emails);
        for (int i = 0; i < all.size(); i += 1000) {
            List<String> chunk = all.subList(i, Math.min(i + 1000, all.size()));
            List<String> taken = QuarkusTransaction.requiringNew().call(() -> Auditor.getEntityManager()
                    .createQuery("select a.email from Auditor a where a.email in :emails order by a.email",
                            String.class)
                    .setParameter("emails", chunk).setMaxResults(3).getResultList());
            if (!taken.isEmpty()) {
                throw ProblemException.conflict("auditors with e-mail " + String.join(", ", taken)
                        + " already exist; a dataset's auditors must be new");
            }
        }
    }

    private static <T> void first(Set<ConstraintViolation<T>> violations, String prefix) {
        violations.stream()
                .map(v -> Map.entry(prefix + v.getPropertyPath().toString().replace(".<list element>", ""),
                        v.getMessage()))
                .min(Map.Entry.comparingByKey())
                .ifPresent(v -> {
                    throw ProblemException.invalid(v.getKey(), v.getValue()
                            + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
                });
    }

    private static <T> List<List<T>> batches(List<T> items) {
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += BATCH) {
            batches.add(items.subList(i, Math.min(i + BATCH, items.size())));
        }
        return batches;
    }
}
