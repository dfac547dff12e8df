package org.certplan.client;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.certplan.platform.paging.PageParams;
import org.certplan.platform.paging.PageResult;
import org.certplan.platform.problem.ProblemException;
import org.certplan.programme.CertificationStatus;
import org.certplan.programme.MultiSiteAuditTime;

/** Clients with their sites, technical areas, languages and blackout periods. */
@ApplicationScoped
public class ClientService {

    /** While a client holds a certification in one of these, it cannot be deleted. */
    private static final Set<CertificationStatus> ACTIVE_CERTIFICATION = EnumSet.of(CertificationStatus.APPLIED,
            CertificationStatus.STAGE_1_DONE, CertificationStatus.STAGE_2_DONE, CertificationStatus.CERTIFIED,
            CertificationStatus.SUSPENDED);

    /** Coordinates are stored to six decimal places (about 0.1 m), as the schema holds them. */
    private static final int COORDINATE_SCALE = 6;

    @Inject
    MultiSiteAuditTime multiSite;

    @Inject
    Event<ClientChanged> changes;

    public Client get(long id) {
        return Client.<Client>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("client", id));
    }

    public void requireExists(long id) {
        if (Client.count("id", id) == 0) {
            throw ProblemException.notFound("client", id);
        }
    }

    public ClientView view(long id) {
        return ClientView.of(get(id));
    }

    /** Clients whose name contains {@code q}, ignoring case; all clients without {@code q}; by name, then id. */
    public PageResult<ClientView> list(String q, PageParams page) {
        var query = q == null || q.isBlank()
                ? Client.<Client>findAll(Sort.by("name").and("id"))
                : Client.<Client>find("lower(name) like ?1 escape '!'", Sort.by("name").and("id"),
                        "%" + escapeLike(q.strip().toLowerCase()) + "%");
        List<Client> items = query.page(page.panache()).list();
        return new PageResult<>(items, page.page, page.size, query.count()).map(ClientView::of);
    }

    @Transactional
    public ClientView create(ClientRequest request) {
        for (int i = 0; i < request.sites().size(); i++) {
            if (request.sites().get(i).id() != null) {
                throw ProblemException.invalid("sites[" + i + "].id", "a new client's sites have no id yet");
            }
        }
        checkReductions(request);
        Client client = new Client();
        apply(request, client);
        client.persist();
        return ClientView.of(client);
    }

    /**
     * Replaces the client as a whole: sites sent with their id change in place, others are added or removed. The
     * audits not yet held are then brought in line with the sites (MS-1..MS-4), in the name of {@code actor}.
     */
    @Transactional
    public ClientView update(long id, ClientRequest request, String actor) {
        if (request.version() == null) {
            throw ProblemException.invalid("version", "is required: send the version the client was read at");
        }
        Client client = get(id);
        if (client.version != request.version()) {
            throw ProblemException.staleVersion("client " + id, request.version(), client.version);
        }
        Set<Long> siteIds = client.sites.stream().map(site -> site.id).collect(Collectors.toSet());
        for (int i = 0; i < request.sites().size(); i++) {
            Long siteId = request.sites().get(i).id();
            if (siteId != null && !siteIds.contains(siteId)) {
                throw ProblemException.invalid("sites[" + i + "].id",
                        "site " + siteId + " is not a site of client " + id);
            }
        }
        checkReductions(request);
        Set<Long> sent = sentIds(request.sites());
        List<Long> closed = siteIds.stream().filter(siteId -> !sent.contains(siteId)).sorted().toList();
        apply(request, client);
        // The sites are rows of their own: touch the client so that every accepted update moves its version on.
        client.updatedAt = Instant.now();
        Client.flush();
        changes.fire(new ClientChanged(client.id, actor, closed));
        return ClientView.of(client);
    }

    /** Deletes the client with its sites; refused while it holds a certification that is still active. */
    @Transactional
    public void delete(long id) {
        Client client = get(id);
        long active = Certification.count("client.id = ?1 and status in ?2", id, ACTIVE_CERTIFICATION);
        if (active > 0) {
            throw ProblemException.conflict("client " + id + " holds " + active
                    + " active certification(s); withdraw them, or wait until they expire, before deleting it");
        }
        client.delete();
    }

    private void checkReductions(ClientRequest request) {
        request.sites().forEach(site -> multiSite.checkReduction(site.name(), site.reductionPercent()));
    }

    private static void apply(ClientRequest request, Client client) {
        client.name = request.name().strip();
        client.persons = request.persons();
        client.identicalWorkPersons = request.identicalWorkPersons();
        client.siteSampling = request.siteSampling();
        applySites(request.sites(), client);
        replace(client.technicalAreas, Set.copyOf(orEmpty(request.technicalAreas())));
        replace(client.languages, Set.copyOf(request.languages()));
        List<Blackout> blackouts = orEmpty(request.blackouts()).stream()
                .sorted(Comparator.comparing(BlackoutRequest::from))
                .map(b -> new Blackout(b.from(), b.to(), b.reason()))
                .toList();
        if (!views(blackouts).equals(views(client.blackouts))) {
            client.blackouts.clear();
            client.blackouts.addAll(blackouts);
        }
    }

    /** Changes the stored set to the wanted one, touching only the codes that differ. */
    private static void replace(Set<String> stored, Set<String> wanted) {
        stored.retainAll(wanted);
        stored.addAll(wanted);
    }

    private static List<BlackoutView> views(List<Blackout> blackouts) {
        return blackouts.stream().map(BlackoutView::of).toList();
    }

    private static void applySites(List<SiteRequest> requested, Client client) {
        Set<Long> kept = sentIds(requested);
        client.sites.removeIf(site -> !kept.contains(site.id));
        Map<Long, ClientSite> existing = client.sites.stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        for (SiteRequest request : requested) {
            ClientSite site = request.id() == null ? newSite(client) : existing.get(request.id());
            site.name = request.name().strip();
            site.countryCode = request.countryCode();
            site.city = request.city().strip();
            site.latitude = request.latitude().setScale(COORDINATE_SCALE, RoundingMode.HALF_UP);
            site.longitude = request.longitude().setScale(COORDINATE_SCALE, RoundingMode.HALF_UP);
            site.persons = request.persons();
            site.central = request.central();
            site.auditTimeReductionPercent = request.reductionPercent();
            site.auditTimeReductionReason = request.reductionPercent() == 0 ? null
                    : request.auditTimeReductionReason().strip();
        }
    }

    /** The ids of the sites sent: the existing sites to keep. */
    private static Set<Long> sentIds(List<SiteRequest> sites) {
        return sites.stream().map(SiteRequest::id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static ClientSite newSite(Client client) {
        ClientSite site = new ClientSite();
        site.client = client;
        client.sites.add(site);
        return site;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
