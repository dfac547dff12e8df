package org.certplan.dataset;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;

/** Names of people and companies in the languages of the cities they live and work in. */
final class Names {

    static final Map<String, List<String>> FIRST_NAMES = Map.ofEntries(
            Map.entry("de", List.of("Anna", "Jonas", "Katrin", "Markus", "Sabine", "Tobias", "Julia", "Stefan")),
            Map.entry("fr", List.of("Camille", "Julien", "Claire", "Nicolas", "Élodie", "Thomas", "Amélie", "Hugo")),
            Map.entry("nl", List.of("Sanne", "Daan", "Femke", "Joost", "Lotte", "Bram", "Eva", "Thijs")),
            Map.entry("en", List.of("Emma", "Oliver", "Charlotte", "George", "Sophie", "Harry", "Grace", "Jack")),
            Map.entry("it", List.of("Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo", "Sara", "Davide")),
            Map.entry("es", List.of("Lucía", "Javier", "Carmen", "Pablo", "Marta", "Diego", "Elena", "Sergio")),
            Map.entry("pl", List.of("Agnieszka", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Paweł")),
            Map.entry("sv", List.of("Ingrid", "Erik", "Astrid", "Johan", "Maja", "Nils")),
            Map.entry("da", List.of("Mette", "Søren", "Freja", "Mads")),
            Map.entry("pt", List.of("Inês", "João", "Beatriz", "Tiago")),
            Map.entry("cs", List.of("Tereza", "Jakub", "Lucie", "Ondřej")),
            Map.entry("fi", List.of("Aino", "Mikko", "Helmi", "Juha")));

    static final Map<String, List<String>> LAST_NAMES = Map.ofEntries(
            Map.entry("de", List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Wagner", "Hoffmann")),
            Map.entry("fr", List.of("Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Girard", "Roux", "Fontaine")),
            Map.entry("nl", List.of("de Jong", "Jansen", "de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Meijer")),
            Map.entry("en", List.of("Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walsh", "Murphy")),
            Map.entry("it", List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Greco")),
            Map.entry("es", List.of("García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro")),
            Map.entry("pl", List.of("Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski")),
            Map.entry("sv", List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Lindqvist")),
            Map.entry("da", List.of("Jensen", "Nielsen", "Hansen", "Pedersen")),
            Map.entry("pt", List.of("Silva", "Santos", "Ferreira", "Costa")),
            Map.entry("cs", List.of("Novák", "Dvořák", "Svobodová", "Černý")),
            Map.entry("fi", List.of("Korhonen", "Virtanen", "Mäkinen", "Nieminen")));

    static final List<String> NAME_WORDS = List.of("Nordlicht", "Alpen", "Blue Harbour", "Quadra",
            "Meridian", "Helix", "Polaris", "Kestrel", "Solvent", "Ardent", "Lumen", "Vantage", "Orbis", "Cobalt",
            "Granite", "Aurora", "Brightwell", "Trident", "Silverline", "Castello", "Ostwind", "Riverside",
            "Sentinel", "Crescent", "Evergreen", "Falkner", "Greenfield", "Ironbridge", "Juniper", "Larchmont");

    static final List<String> ACTIVITY_WORDS = List.of("Data", "Cloud", "Logistics", "Payments",
            "Health", "Software", "Systems", "Energy", "Insurance", "Telecom", "Engineering", "Analytics",
            "Hosting", "Retail", "Pharma", "Mobility");

    static final Map<String, String> LEGAL_FORMS = Map.ofEntries(Map.entry("DE", "GmbH"),
            Map.entry("AT", "GmbH"), Map.entry("CH", "AG"), Map.entry("FR", "SAS"), Map.entry("BE", "SA"),
            Map.entry("NL", "B.V."), Map.entry("GB", "Ltd"), Map.entry("IE", "Ltd"), Map.entry("IT", "S.p.A."),
            Map.entry("ES", "S.L."), Map.entry("PT", "Lda."), Map.entry("PL", "Sp. z o.o."), Map.entry("SE", "AB"),
            Map.entry("DK", "A/S"), Map.entry("CZ", "s.r.o."), Map.entry("FI", "Oy"), Map.entry("LU", "S.A."));

    private Names() {
    }

    static String firstName(Draw draw, String language) {
        return draw.pick(FIRST_NAMES.get(language));
    }

    static String lastName(Draw draw, String language) {
        return draw.pick(LAST_NAMES.get(language));
    }

    static String email(String first, String last, int index, long seed) {
        return ascii(first) + "." + ascii(last) + "." + (index + 1) + "@auditors-" + seed + ".certplan.example";
    }

    static String company(Draw draw, City central) {
        return draw.pick(NAME_WORDS) + " " + draw.pick(ACTIVITY_WORDS) + " " + LEGAL_FORMS.get(central.countryCode());
    }

    static String activity(Draw draw) {
        return draw.pick(ACTIVITY_WORDS).toLowerCase();
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ø", "o").replace("ł", "l").replace("Ł", "L").replace(" ", "").toLowerCase();
    }
}
