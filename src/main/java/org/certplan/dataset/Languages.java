package org.certplan.dataset;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.certplan.client.SiteRequest;

/** Who speaks what in the {@code realistic} profile: clients' audit languages (COMP-4) and auditors' languages. */
final class Languages {

    private Languages() {
    }

    /**
     * The language(s) a client's audits are held in: the language of its head office (or English, which some
     * companies choose); a multi-site client in Belgium or Switzerland with sites in another language region may
     * need that language as well.
     */
    static List<String> ofAudits(Draw draw, City central, List<SiteRequest> sites, Market market) {
        String country = central.countryCode();
        String primary = switch (country) {
            case "GB", "IE" -> "en";
            case "BE" -> central.languages().size() > 1 ? (draw.chance(0.55) ? "fr" : "nl") : central.language();
            case "LU" -> draw.chance(0.6) ? "fr" : "en";
            default -> central.language();
        };
        if (!primary.equals("en") && draw.chance(englishShare(country))) {
            primary = "en";
        }
        TreeSet<String> languages = new TreeSet<>(List.of(primary));
        if ((country.equals("BE") || country.equals("CH")) && sites.size() > 1 && !primary.equals("en")) {
            TreeSet<String> others = new TreeSet<>();
            sites.stream().filter(s -> s.countryCode().equals(country))
                    .forEach(s -> others.addAll(market.named(s.city()).languages()));
            others.remove(primary);
            if (!others.isEmpty() && draw.chance(0.5)) {
                languages.add(others.first());
            }
        }
        return List.copyOf(languages);
    }

    private static double englishShare(String country) {
        return switch (country) {
            case "NL", "SE", "DK", "FI" -> 0.25;
            case "BE", "CH" -> 0.1;
            case "DE", "AT" -> 0.08;
            default -> 0.05;
        };
    }

    /** An auditor's languages: those of home, usually English, in bilingual countries often both. */
    static List<String> spokenBy(Draw draw, City home, Market market) {
        TreeSet<String> languages = new TreeSet<>(home.languages());
        String country = home.countryCode();
        if (country.equals("GB") || country.equals("IE")) {
            if (draw.chance(0.2)) {
                languages.add(draw.pick(List.of("fr", "de", "es")));
            }
        } else if (draw.chance(0.85)) {
            languages.add("en");
        }
        switch (country) {
            case "BE" -> {
                if (draw.chance(0.6)) {
                    languages.addAll(Set.of("fr", "nl"));
                }
            }
            case "CH" -> {
                if (draw.chance(0.5)) {
                    languages.addAll(Set.of("de", "fr"));
                }
            }
            case "NL" -> {
                if (draw.chance(0.3)) {
                    languages.add("de");
                }
            }
            default -> { }
        }
        if (draw.chance(0.1)) {
            languages.add(draw.pick(market.languages()));
        }
        return List.copyOf(languages);
    }
}
