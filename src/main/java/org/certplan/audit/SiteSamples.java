package org.certplan.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.certplan.client.Certification;
import org.certplan.client.ClientSite;
import org.certplan.programme.AuditType;
import org.certplan.programme.SiteInput;
import org.certplan.programme.SiteSampling;

/** The sites an audit visits (MS-1..MS-3): the central function and a sample of the others. */
@ApplicationScoped
public class SiteSamples {

    @Inject
    SiteSampling sampling;

    public List<ClientSite> sites(Certification certification) {
        return ClientSite.list("client.id = ?1 order by id", certification.client.id);
    }

    /** MS-1..MS-3: a sample of the size the audit type needs, covering the sites visited least so far first. */
    public List<Long> draw(Certification certification, AuditType type, List<ClientSite> sites) {
        boolean samplingAllowed = certification.client.siteSampling;
        int count = sampling.sitesToVisit(type, othersThanCentral(sites), samplingAllowed);
        Set<Long> excluded = type == AuditType.SURVEILLANCE_2 && !samplingAllowed
                ? firstSurveillanceSites(certification) : Set.of();
        long seed = certification.id * 1_000_003L + certification.cycleNumber * 31L + type.ordinal();
        List<SiteInput> inputs = sites.stream().map(ClientSite::input).toList();
        return sampling.choose(inputs, count, visitsSoFar(certification.client.id), excluded, new Random(seed));
    }

    /** Whether {@code siteIds} are still the central function and as many of today's other sites as MS-1/MS-2 ask. */
    public boolean fits(Certification certification, AuditType type, Collection<Long> siteIds,
            List<ClientSite> sites) {
        Set<Long> existing = sites.stream().map(s -> s.id).collect(Collectors.toSet());
        long central = sites.stream().filter(s -> s.central).findFirst().map(s -> s.id).orElse(-1L);
        int needed = sampling.sitesToVisit(type, othersThanCentral(sites), certification.client.siteSampling);
        return existing.containsAll(siteIds) && siteIds.contains(central) && siteIds.size() == needed + 1;
    }

    private static int othersThanCentral(List<ClientSite> sites) {
        return (int) sites.stream().filter(s -> !s.central).count();
    }

    private static Map<Long, Integer> visitsSoFar(long clientId) {
        Map<Long, Integer> visits = new HashMap<>();
        List<Object[]> rows = Audit.getEntityManager().createQuery(
                "select s, count(a) from Audit a join a.siteIds s where a.clientId = ?1 and a.status <> ?2 group by s",
                Object[].class).setParameter(1, clientId).setParameter(2, AuditStatus.CANCELLED).getResultList();
        rows.forEach(r -> visits.put((Long) r[0], ((Long) r[1]).intValue()));
        return visits;
    }

    private static Set<Long> firstSurveillanceSites(Certification certification) {
        return Audit.<Audit>find("certificationId = ?1 and cycleNumber = ?2 and type = ?3", certification.id,
                        certification.cycleNumber, AuditType.SURVEILLANCE_1)
                .firstResultOptional().map(a -> Set.copyOf(a.siteIds)).orElse(Set.of());
    }
}
