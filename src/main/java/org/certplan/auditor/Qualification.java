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
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.certplan.rules.QualificationRole;
import org.hibernate.annotations.BatchSize;

/** An auditor's qualification for a standard, in a role, for technical areas, valid from/to (both inclusive). */
@Entity
public class Qualification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long auditorId;

    public String standard;

    @Enumerated(EnumType.STRING)
    public QualificationRole role;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "qualification_technical_area", joinColumns = @JoinColumn(name = "qualification_id"))
    @Column(name = "code")
    public Set<String> technicalAreas = new TreeSet<>();

    public LocalDate validFrom;

    public LocalDate validTo;
}
