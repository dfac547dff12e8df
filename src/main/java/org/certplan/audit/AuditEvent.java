package org.certplan.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of an audit's trail: who or what changed it, when, how and why. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    public enum Source { PLANNER, PLANNING_RUN, NIGHTLY_JOB, SYSTEM }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long auditId;

    public Instant at;

    public String actor;

    @Enumerated(EnumType.STRING)
    public Source source;

    public String action;

    public String detail;

    public String reason;
}
