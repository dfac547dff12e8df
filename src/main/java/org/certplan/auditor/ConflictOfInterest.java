package org.certplan.auditor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;

/** A declared relationship between an auditor and a client (IMP-1, IMP-2); no toDate means it is ongoing. */
@Entity
@Table(name = "conflict_of_interest")
public class ConflictOfInterest extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long auditorId;

    public Long clientId;

    @Enumerated(EnumType.STRING)
    public ConflictReason reason;

    public LocalDate fromDate;

    public LocalDate toDate;

    public String note;

    /** The principal who recorded it; null for conflicts stored before this was kept. */
    public String declaredBy;

    @Enumerated(EnumType.STRING)
    public Declarant declarant;

    @CreationTimestamp
    public Instant createdAt;
}
