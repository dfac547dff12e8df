package org.certplan.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The team of an audit as the API shows it. */
@ApplicationScoped
public class TeamView {

    public List<AuditView.TeamMemberView> of(long auditId) {
        return TeamMember.<TeamMember>list("auditId = ?1 order by role, id", auditId).stream()
                .map(m -> new AuditView.TeamMemberView(m.auditorId, m.role, m.days))
                .toList();
    }
}
