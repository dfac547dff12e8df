package org.certplan.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The secret of one auditor's or one client's calendar feed, as a hash, with its expiry and the hash of the token it
 * replaced; exactly one owner is set.
 */
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

    public Instant expiresAt;

    /** Hex SHA-256 of the token the current one replaced, so that its link can say so. */
    public String replacedTokenHash;

    public Instant replacedAt;

    @Version
    public long version;
}
