package org.certplan.client;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.certplan.programme.CertificationStatus;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A client's certification against one standard, with its current three-year cycle. */
@Entity
public class Certification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    public Client client;

    public String standard;

    public String scope;

    public LocalDate applicationDate;

    @Enumerated(EnumType.STRING)
    public CertificationStatus status;

    /** 0 before the first decision, then 1, 2, … for each three-year cycle. */
    public int cycleNumber;

    public LocalDate cycleStart;

    public LocalDate expiry;

    public LocalDate decisionDate;

    public LocalDate suspendedOn;

    public boolean remote;

    public String issuingBody;

    @Embedded
    public AuditTimeRecord auditTime;

    @Version
    public long version;

    @CreationTimestamp
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;
}
