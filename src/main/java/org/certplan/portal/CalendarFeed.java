package org.certplan.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The secret of one auditor's or one client's calendar feed, as a hash; exactly one owner is set. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long auditorId;

    public Long clientId;

    /** Hex SHA-256 of the token; the token itself is shown once, when issued. */
    public String tokenHash;

    public Instant issuedAt;

    @Version
    public long version;
}
