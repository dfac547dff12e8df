package org.certplan.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;

/** A finding raised at an audit (NC-1); a major one needs a follow-up audit by its due date (NC-2). */
@Entity
public class Nonconformity extends PanacheEntityBase {

    public enum Grade { MAJOR, MINOR }

    public enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long certificationId;

    public Long auditId;

    @Enumerated(EnumType.STRING)
    public Grade grade;

    public String clause;

    public String description;

    @Enumerated(EnumType.STRING)
    public Status status;

    public LocalDate raisedOn;

    public LocalDate dueDate;

    public Long followUpAuditId;

    public LocalDate verifiedOn;

    public Long verifiedByAuditId;

    @Version
    public long version;

    @CreationTimestamp
    public Instant createdAt;
}
