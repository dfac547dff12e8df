package org.certplan.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.certplan.audit.AuditStatus;
import org.certplan.auditor.Auditor;
import org.certplan.platform.problem.ProblemException;
import org.certplan.platform.text.Texts;

/** IMP-4: who takes a certification decision, and whether they took part in an audit of that cycle. */
@ApplicationScoped
public class DecisionMakers {

    /**
     * The authenticated {@code principal} decides, or records the decision of the person whose auditor record has
     * the e-mail {@code decidedBy}; a name that is no person record is refused.
     */
    public DecisionMaker of(String principal, String decidedBy) {
        if (decidedBy == null || decidedBy.isBlank()) {
            return new DecisionMaker(principal, principal, null);
        }
        Auditor person = Auditor.<Auditor>find("lower(email) = ?1", decidedBy.strip().toLowerCase(Locale.ROOT))
                .firstResultOptional().orElseThrow(() -> ProblemException.invalid("decidedBy", "no person record "
                        + "has the e-mail " + decidedBy.strip() + "; name the decision-maker by their auditor "
                        + "record's e-mail, or leave it out when you decide yourself"));
        return new DecisionMaker(Texts.truncate(principal + " (for " + person.name + " <" + person.email + ">)", 200),
                principal, person.id);
    }

    /** Whether the decision-maker is on the team of an audit of the certification's current cycle. */
    public boolean auditedCycle(Certification certification, DecisionMaker maker) {
        String wanted = normalise(maker.identity());
        List<Auditor> team = Auditor.list("id in (select m.auditorId from TeamMember m, Audit a where m.auditId = a.id"
                        + " and a.certificationId = ?1 and a.cycleNumber = ?2 and a.status <> ?3)",
                certification.id, certification.cycleNumber, AuditStatus.CANCELLED);
        return team.stream().anyMatch(a -> a.id.equals(maker.auditorId()) || normalise(a.name).equals(wanted)
                || normalise(a.email).equals(wanted));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
