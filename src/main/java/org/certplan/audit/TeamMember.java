package org.certplan.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One auditor on an audit's team, in a role, for a number of auditor-days. */
@Entity
@Table(name = "audit_team_member")
public class TeamMember extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long auditId;

    /** Null once the auditor has been deleted; only closed audits keep such rows. */
    public Long auditorId;

    @Enumerated(EnumType.STRING)
    public TeamRole role;

    public BigDecimal days;
}
