package org.certplan.auditor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;

/** A period, both days inclusive, in which the auditor cannot audit (CAP-2). */
@Entity
@Table(name = "auditor_unavailability")
public class Unavailability extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long auditorId;

    public LocalDate fromDate;

    public LocalDate toDate;

    public String reason;

    @CreationTimestamp
    public Instant createdAt;
}
