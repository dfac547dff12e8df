package org.certplan.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.certplan.audit.AuditStatus;
import org.certplan.auditor.Auditor;

/** IMP-4: whether the person taking a certification decision took part in an audit of that cycle. */
@ApplicationScoped
public class DecisionMakers {

    /** {@code person} is matched against the name and e-mail of every team member of the cycle's audits. */
    public boolean auditedCycle(Certification certification, String person) {
        String wanted = normalise(person);
        List<Auditor> team = Auditor.list("id in (select m.auditorId from TeamMember m, Audit a where m.auditId = a.id"
                        + " and a.certificationId = ?1 and a.cycleNumber = ?2 and a.status <> ?3)",
                certification.id, certification.cycleNumber, AuditStatus.CANCELLED);
        return team.stream().anyMatch(a -> normalise(a.name).equals(wanted) || normalise(a.email).equals(wanted));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
