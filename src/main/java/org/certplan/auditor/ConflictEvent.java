package org.certplan.auditor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of an auditor's conflict trail: a declaration or a withdrawal, by whom and when. */
@Entity
@Table(name = "conflict_event")
public class ConflictEvent extends PanacheEntityBase {

    public static final String DECLARED = "DECLARED";
    public static final String WITHDRAWN = "WITHDRAWN";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long auditorId;

    public Long conflictId;

    public Long clientId;

    public String action;

    public String actor;

    public String detail;

    public Instant at;
}
