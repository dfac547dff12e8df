package org.certplan.audit;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.certplan.programme.AuditType;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** One audit of a certification's programme, with its window, its length and, once planned, its dates. */
@Entity
public class Audit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long certificationId;

    public Long clientId;

    public int cycleNumber;

    @Enumerated(EnumType.STRING)
    public AuditType type;

    @Enumerated(EnumType.STRING)
    public AuditStatus status;

    public LocalDate earliestStart;

    public LocalDate latestEnd;

    public LocalDate targetDate;

    public BigDecimal auditorDays;

    public BigDecimal onsiteDays;

    public BigDecimal remoteDays;

    public boolean remote;

    public LocalDate startDate;

    public LocalDate endDate;

    public boolean pinned;

    public String unassignedReason;

    /** When the date and team were last sent to the client and the auditors; null while the plan is a draft. */
    public Instant publishedAt;

    public LocalDate publishedStartDate;

    public LocalDate publishedEndDate;

    /** The published team's auditor ids in seat order (lead first), comma-separated. */
    public String publishedTeam;

    /** For a follow-up: the audit whose major nonconformities it verifies. */
    public Long raisedByAuditId;

    /** In site order as read back: a plain loaded set would iterate in its hash order, which shifts with the ids. */
    @ElementCollection
    @CollectionTable(name = "audit_site", joinColumns = @JoinColumn(name = "audit_id"))
    @Column(name = "site_id")
    @OrderBy
    public Set<Long> siteIds = new LinkedHashSet<>();

    @Version
    public long version;

    @CreationTimestamp
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;

    public boolean isOpen() {
        return status != AuditStatus.COMPLETED && status != AuditStatus.CANCELLED;
    }
}
