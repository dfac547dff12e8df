package org.certplan.planning;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** An apply of a run's proposal that has begun and not yet ended (see {@link ApplyAttempts}). */
@Entity
public class PlanningRunApply {

    @Id
    public Long runId;

    public Instant startedAt;

    public String startedBy;
}
