package org.certplan.planning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One audit of a run's proposal: what the run read (with the audit's version) and what it proposes. Teams and
 * the explanation are JSON.
 */
@Entity
@Table(name = "planning_run_change")
public class PlanningRunChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long runId;

    public Long auditId;

    public long auditVersion;

    public boolean changed;

    public LocalDate oldStart;

    public LocalDate oldEnd;

    public LocalDate newStart;

    public LocalDate newEnd;

    @Column(columnDefinition = "text")
    public String oldTeam;

    @Column(columnDefinition = "text")
    public String newTeam;

    public String unassignedReason;

    /** The audit's date and team had been published when the run read it. */
    public boolean published;

    /** REPAIR: the hard rules (ids, comma-separated) that force this published audit to change; null otherwise. */
    public String forcedBy;

    public String explanationSummary;

    @Column(columnDefinition = "mediumtext")
    public String explanation;
}
