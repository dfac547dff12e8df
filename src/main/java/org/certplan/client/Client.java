package org.certplan.client;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** An organisation the CB certifies. */
@Entity
public class Client extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    public int persons;

    public Integer identicalWorkPersons;

    public boolean siteSampling;

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<ClientSite> sites = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "client_technical_area", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "code")
    public Set<String> technicalAreas = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "client_language", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "code")
    public Set<String> languages = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "client_blackout", joinColumns = @JoinColumn(name = "client_id"))
    @OrderBy("from")
    public List<Blackout> blackouts = new ArrayList<>();

    @Version
    public long version;

    @CreationTimestamp
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;

    public ClientSite centralSite() {
        return sites.stream().filter(s -> s.central).findFirst().orElseThrow();
    }
}
