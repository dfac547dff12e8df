package org.certplan.planning.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One batched message to one auditor or client about one change set, with its delivery state: an outbox row,
 * written in the transaction of the change and sent by {@link NotificationDispatcher}.
 */
@Entity
@Table(name = "change_notification")
public class ChangeNotification extends PanacheEntityBase {

    public enum RecipientType { AUDITOR, CLIENT }

    /** PENDING until delivered (or logged when no webhook is configured): SENT; FAILED after the last attempt. */
    public enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String changeSet;

    @Enumerated(EnumType.STRING)
    public RecipientType recipientType;

    public Long recipientId;

    @Column(columnDefinition = "mediumtext")
    public String payload;

    @Convert(converter = StatusColumn.class)
    public Status status;

    public int attempts;

    /**
     * When a PENDING notification is due; null once it is SENT or FAILED, and on a PENDING row written by the
     * version before the outbox during a rolling update (due at once).
     */
    public Instant nextAttemptAt;

    public String lastError;

    public Instant createdAt;

    public Instant deliveredAt;

    @Version
    public long version;
}
