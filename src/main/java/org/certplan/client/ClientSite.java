package org.certplan.client;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.certplan.programme.SiteInput;

/** A place where the client's people work; exactly one site per client is its central function. */
@Entity
@Table(name = "client_site")
public class ClientSite extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    public Client client;

    public String name;

    public String countryCode;

    public String city;

    public BigDecimal latitude;

    public BigDecimal longitude;

    public int persons;

    public boolean central;

    /** MS-4: the CB's reduction of this site's table time, with its reason. */
    public int auditTimeReductionPercent;

    public String auditTimeReductionReason;

    public SiteInput input() {
        return new SiteInput(id, name, persons, central, auditTimeReductionPercent, auditTimeReductionReason);
    }
}
