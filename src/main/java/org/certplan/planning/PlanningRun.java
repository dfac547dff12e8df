package org.certplan.planning;

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

/** One solve of the open audits in a horizon, from its request to its proposal (and its application). */
@Entity
public class PlanningRun extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public PlanningRunStatus status;

    @Enumerated(EnumType.STRING)
    public PlanningMode mode;

    public LocalDate horizonFrom;

    public LocalDate horizonTo;

    /** ISO-8601 duration. */
    public String timeLimit;

    public String score;

    public Long hardScore;

    public Long mediumScore;

    public Long softScore;

    public Boolean feasible;

    public Integer assignedCount;

    public Integer unassignedCount;

    public Integer changedCount;

    /** Leaves and new audits fed into the run while it solved (null for runs before this was recorded). */
    public Integer fedInputs;

    /** TRUE while QUEUED or SOLVING, otherwise null; unique in the table. */
    public Boolean active;

    public String requestedBy;

    /** The replica solving the run. */
    public String ownerInstance;

    /** The owner's last sign of life while the run is active. */
    public Instant heartbeatAt;

    public String failureMessage;

    @CreationTimestamp
    public Instant createdAt;

    public Instant startedAt;

    public Instant endedAt;

    public Instant appliedAt;

    public String appliedBy;

    @Version
    public long version;

    void finish(PlanningRunStatus finalStatus, Instant at) {
        status = finalStatus;
        active = null;
        if (endedAt == null) {
            endedAt = at;
        }
    }
}
