package org.certplan.auditor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A person who audits for the CB, employed or contracted. */
@Entity
public class Auditor extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    public String email;

    public String homeCountryCode;

    public String homeCity;

    public BigDecimal latitude;

    public BigDecimal longitude;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "auditor_language", joinColumns = @JoinColumn(name = "auditor_id"))
    @Column(name = "code")
    public Set<String> languages = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    public Employment employment;

    /** Overrides the policy's CAP-3 monthly maximum when set. */
    public Integer maxDaysPerMonth;

    /** Overrides the policy's CAP-3 yearly maximum when set. */
    public Integer maxDaysPerYear;

    @Version
    public long version;

    @CreationTimestamp
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;
}
