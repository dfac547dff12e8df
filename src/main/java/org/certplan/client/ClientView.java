package org.certplan.client;

import java.time.Instant;
import java.util.List;

/** A client as the API shows it; sites in the order they were added, codes sorted, blackouts by start. */
public record ClientView(
        Long id,
        String name,
        int persons,
        Integer identicalWorkPersons,
        boolean siteSampling,
        List<SiteView> sites,
        List<String> technicalAreas,
        List<String> languages,
        List<BlackoutView> blackouts,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static ClientView of(Client client) {
        return new ClientView(client.id, client.name, client.persons, client.identicalWorkPersons,
                client.siteSampling,
                client.sites.stream().map(SiteView::of).toList(),
                client.technicalAreas.stream().sorted().toList(),
                client.languages.stream().sorted().toList(),
                client.blackouts.stream().map(BlackoutView::of).toList(),
                client.version, client.createdAt, client.updatedAt);
    }
}
