package org.certplan.planning.replanning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One night of the re-planning job: its REPAIR run, what the proposal would change, and whether it was applied. */
@Entity
@Table(name = "replanning_night")
public class ReplanningNight extends PanacheEntityBase {

    public enum Outcome {
        /** The run is solving. */
        RUNNING,
        /** Feasible and within the churn budget: written and notified. */
        APPLIED,
        /** Kept for a planner: infeasible, over the budget, or the plan changed meanwhile. */
        NEEDS_PLANNER,
        /** No run: another one was active. */
        SKIPPED,
        /** The run failed or the job could not finish. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long runId;

    /** The replica that ran the job. */
    public String instance;

    public Instant startedAt;

    public Instant endedAt;

    public LocalDate horizonFrom;

    public LocalDate horizonTo;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public String score;

    public Boolean feasible;

    public Integer changedCount;

    public Integer publishedCount;

    public Integer changedPublished;

    public Integer forcedCount;

    public Integer churnBudget;

    public boolean applied;

    public boolean needsPlanner;

    public String reason;

    /** JSON: each forced move with its audit, rule ids, and old and new dates. */
    @Column(columnDefinition = "mediumtext")
    public String forcedMoves;

    @Version
    public long version;
}
