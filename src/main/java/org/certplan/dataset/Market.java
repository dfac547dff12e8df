package org.certplan.dataset;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where a generated CB of the {@code realistic} profile works: the cities its clients and auditors are in, how many
 * leads its application review asks for, how many of its auditors are employed, and how large its clients get.
 *
 * @param leadsPerClient leads able to audit a client alone that the application review asks for
 * @param internalShare share of the auditors employed by the CB; the others are contractors giving fewer days
 * @param internalDays the on-site days a year an employed auditor gives; null for the policy's maximum
 * @param contractorDays the same for a contractor, who also works for other CBs
 * @param smallestPool the fewest auditors the CB starts with
 * @param onsiteDaysPerClient on-site auditor-days a client of this market needs a year on average, measured on
 *                            generated data; the CB's first hires are planned from it
 * @param everyBand whether the first clients take one band of the AT-1 table each; otherwise clients stay below
 *                  {@link #SMALL_CB_LARGEST_BAND}
 */
record Market(String name, List<City> cities, int leadsPerClient, double internalShare, DayRange internalDays,
        DayRange contractorDays, int smallestPool, double onsiteDaysPerClient, boolean everyBand) {

    /** 876–1,175 persons: a regional CB's largest clients, whose audits need no team of more than two. */
    static final int SMALL_CB_LARGEST_BAND = 12;

    private static final List<City> EUROPE = Stream.concat(City.ALL.stream(), City.MORE.stream()).toList();

    static Market of(DatasetSize size) {
        return switch (size) {
            case S -> new Market("Benelux", in("NL", "BE", "LU"), 1, 0.3, new DayRange(60, 100), new DayRange(20, 45),
                    4, 2.8, false);
            case M -> new Market("Benelux, Germany, Austria and Switzerland", in("NL", "BE", "LU", "DE", "AT", "CH"),
                    2, 0.6, null, new DayRange(60, 100), 10, 3.7, true);
            case L -> new Market("Europe", EUROPE, 2, 0.7, null, new DayRange(60, 100), 10, 3.7, true);
        };
    }

    private static List<City> in(String... countries) {
        Set<String> codes = Set.of(countries);
        return EUROPE.stream().filter(c -> codes.contains(c.countryCode())).toList();
    }

    /** The on-site days a year an auditor gives on average. */
    double meanDays() {
        double internal = internalDays == null ? PoolCapacity.POLICY_DAYS_PER_YEAR : internalDays.mean();
        return internalShare * internal + (1 - internalShare) * contractorDays.mean();
    }

    City city(Draw draw) {
        return draw.weighted(cities, City::weight);
    }

    City named(String name) {
        return cities.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** The languages of the market's cities, and English. */
    List<String> languages() {
        TreeSet<String> languages = new TreeSet<>(List.of("en"));
        cities.forEach(c -> languages.addAll(c.languages()));
        return List.copyOf(languages);
    }

    List<Band> bands() {
        return everyBand ? Band.AT_1 : Band.AT_1.subList(0, SMALL_CB_LARGEST_BAND + 1);
    }
}
