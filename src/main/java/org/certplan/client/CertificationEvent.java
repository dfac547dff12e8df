package org.certplan.client;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.certplan.programme.CertificationStatus;
import org.hibernate.annotations.CreationTimestamp;

/** One recorded transition of a certification's status: when, by whom, why. */
@Entity
@Table(name = "certification_event")
public class CertificationEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long certificationId;

    @Enumerated(EnumType.STRING)
    public CertificationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public CertificationStatus toStatus;

    @Column(name = "event_date")
    public LocalDate date;

    public String actor;

    public String reason;

    @CreationTimestamp
    public Instant recordedAt;
}
