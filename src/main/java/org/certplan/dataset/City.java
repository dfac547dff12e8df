package org.certplan.dataset;

import java.math.BigDecimal;
import java.util.List;

/** A real European city where clients have sites and auditors live; {@code weight} is its share of them. */
record City(String name, String countryCode, double latitude, double longitude, int weight, List<String> languages) {

    static final List<City> ALL = List.of(
            new City("Berlin", "DE", 52.520008, 13.404954, 9, List.of("de")),
            new City("Hamburg", "DE", 53.551086, 9.993682, 6, List.of("de")),
            new City("München", "DE", 48.137154, 11.576124, 7, List.of("de")),
            new City("Frankfurt am Main", "DE", 50.110924, 8.682127, 6, List.of("de")),
            new City("Köln", "DE", 50.937531, 6.960279, 4, List.of("de")),
            new City("Stuttgart", "DE", 48.775846, 9.182932, 4, List.of("de")),
            new City("Düsseldorf", "DE", 51.227741, 6.773456, 3, List.of("de")),
            new City("Leipzig", "DE", 51.339695, 12.373075, 2, List.of("de")),
            new City("Paris", "FR", 48.856613, 2.352222, 9, List.of("fr")),
            new City("Lyon", "FR", 45.764043, 4.835659, 4, List.of("fr")),
            new City("Toulouse", "FR", 43.604652, 1.444209, 3, List.of("fr")),
            new City("Lille", "FR", 50.629250, 3.057256, 2, List.of("fr")),
            new City("Nantes", "FR", 47.218371, -1.553621, 2, List.of("fr")),
            new City("Amsterdam", "NL", 52.367573, 4.904139, 6, List.of("nl")),
            new City("Rotterdam", "NL", 51.924420, 4.477733, 4, List.of("nl")),
            new City("Utrecht", "NL", 52.090737, 5.121420, 2, List.of("nl")),
            new City("Eindhoven", "NL", 51.441642, 5.469722, 2, List.of("nl")),
            new City("London", "GB", 51.507351, -0.127758, 9, List.of("en")),
            new City("Manchester", "GB", 53.480759, -2.242631, 3, List.of("en")),
            new City("Birmingham", "GB", 52.486243, -1.890401, 3, List.of("en")),
            new City("Edinburgh", "GB", 55.953251, -3.188267, 2, List.of("en")),
            new City("Milano", "IT", 45.464203, 9.189982, 5, List.of("it")),
            new City("Roma", "IT", 41.902782, 12.496366, 4, List.of("it")),
            new City("Torino", "IT", 45.070339, 7.686864, 2, List.of("it")),
            new City("Madrid", "ES", 40.416775, -3.703790, 5, List.of("es")),
            new City("Barcelona", "ES", 41.385064, 2.173404, 4, List.of("es")),
            new City("Valencia", "ES", 39.469907, -0.376288, 2, List.of("es")),
            new City("Warszawa", "PL", 52.229676, 21.012229, 4, List.of("pl")),
            new City("Kraków", "PL", 50.064650, 19.944980, 2, List.of("pl")),
            new City("Wrocław", "PL", 51.107883, 17.038538, 2, List.of("pl")),
            new City("Wien", "AT", 48.208174, 16.373819, 4, List.of("de")),
            new City("Graz", "AT", 47.070714, 15.439504, 2, List.of("de")),
            new City("Zürich", "CH", 47.376887, 8.541694, 3, List.of("de")),
            new City("Genève", "CH", 46.204391, 6.143158, 2, List.of("fr")),
            new City("Basel", "CH", 47.559599, 7.588576, 1, List.of("de")),
            new City("Stockholm", "SE", 59.329323, 18.068581, 3, List.of("sv")),
            new City("Göteborg", "SE", 57.708870, 11.974560, 2, List.of("sv")),
            new City("Bruxelles", "BE", 50.850346, 4.351721, 2, List.of("fr", "nl")),
            new City("København", "DK", 55.676097, 12.568337, 2, List.of("da")),
            new City("Dublin", "IE", 53.349805, -6.260310, 2, List.of("en")),
            new City("Lisboa", "PT", 38.722252, -9.139337, 2, List.of("pt")),
            new City("Praha", "CZ", 50.075538, 14.437800, 2, List.of("cs")),
            new City("Helsinki", "FI", 60.169856, 24.938379, 1, List.of("fi")));

    /** Cities of the regional markets that only the {@code realistic} profile uses. */
    static final List<City> MORE = List.of(
            new City("Den Haag", "NL", 52.070498, 4.300700, 3, List.of("nl")),
            new City("Antwerpen", "BE", 51.219448, 4.402464, 3, List.of("nl")),
            new City("Gent", "BE", 51.054342, 3.717424, 2, List.of("nl")),
            new City("Liège", "BE", 50.632557, 5.579666, 2, List.of("fr")),
            new City("Luxembourg", "LU", 49.611621, 6.131935, 2, List.of("fr", "de")),
            new City("Bern", "CH", 46.947974, 7.447447, 2, List.of("de")),
            new City("Lausanne", "CH", 46.519653, 6.632273, 2, List.of("fr")));

    static final int TOTAL_WEIGHT = ALL.stream().mapToInt(City::weight).sum();

    BigDecimal lat() {
        return BigDecimal.valueOf(latitude).setScale(6, java.math.RoundingMode.HALF_UP);
    }

    BigDecimal lon() {
        return BigDecimal.valueOf(longitude).setScale(6, java.math.RoundingMode.HALF_UP);
    }

    String language() {
        return languages.get(0);
    }
}
