package org.certplan.dataset;

import java.util.ArrayList;
import java.util.List;
import org.certplan.client.SiteRequest;

/** A client's sites: the head office, and for about one client in ten further sites among the given cities. */
final class ClientSites {

    private ClientSites() {
    }

    /** About one client in ten works at 2 to 30 sites, mostly in its own country. */
    static List<SiteRequest> draw(Draw draw, City central, int persons, List<City> cities) {
        int count = 1;
        if (persons >= 20 && draw.chance(persons >= 60 ? 0.2 : 0.08)) {
            int most = Math.max(2, Math.min(30, persons / 10));
            count = draw.chance(0.7) ? draw.between(2, Math.min(6, most)) : draw.between(2, most);
        }
        int onSites = persons - (draw.chance(0.3) ? persons / draw.between(10, 30) : 0);
        if (count == 1) {
            return List.of(site("Head office", central, onSites, true));
        }
        List<City> domestic = cities.stream().filter(c -> c.countryCode().equals(central.countryCode())).toList();
        int centralPersons = Math.max(1, onSites * draw.between(20, 50) / 100);
        int rest = onSites - centralPersons;
        List<SiteRequest> sites = new ArrayList<>();
        sites.add(site("Head office", central, centralPersons, true));
        for (int i = 1; i < count; i++) {
            City city = draw.chance(0.8) ? draw.pick(domestic) : draw.pick(cities);
            int share = i == count - 1 ? rest : Math.max(1, rest * draw.between(5, 100 / (count - i) + 5) / 100);
            share = Math.min(share, rest);
            rest -= share;
            sites.add(site("Site " + (i + 1) + " " + city.name(), city, share, false));
        }
        return List.copyOf(sites);
    }

    private static SiteRequest site(String name, City city, int persons, boolean central) {
        return new SiteRequest(null, name, city.countryCode(), city.name(), city.lat(), city.lon(), persons, central);
    }

    /** AT-2: persons doing identical simple work count as the square root of their number. */
    static int effectivePersons(int persons, Integer identical) {
        return identical == null ? persons : persons - identical + (int) Math.ceil(Math.sqrt(identical));
    }
}
