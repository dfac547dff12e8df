package org.certplan.planning.weights;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The one row holding the weights a CB has changed from the defaults, as a JSON object key → weight. */
@Entity
@Table(name = "soft_weights")
public class SoftWeights extends PanacheEntityBase {

    static final int ID = 1;

    @Id
    public int id = ID;

    @Column(columnDefinition = "text")
    public String overrides;

    public Instant updatedAt;

    public String updatedBy;

    public String reason;

    @Version
    public long version;
}
