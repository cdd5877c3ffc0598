package io.sportello.commerce;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** Carrier names as shops and platforms write them ("BRT", "brt", "Bartolini", "Poste Italiane", "poste-italiane"). */
public final class Carriers {

    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("bartolini", "brt"),
            Map.entry("brtbartolini", "brt"), Map.entry("brt", "brt"), Map.entry("brtit", "brt"), Map.entry("sdait", "sda"),
            Map.entry("glsita", "gls"), Map.entry("dhlitaly", "dhl"), Map.entry("posteitalianeit", "poste-italiane"), Map.entry("gls", "gls"), Map.entry("glsitaly", "gls"),
            Map.entry("sda", "sda"), Map.entry("sdaexpress", "sda"), Map.entry("posteitaliane", "poste-italiane"),
            Map.entry("poste", "poste-italiane"), Map.entry("posteit", "poste-italiane"), Map.entry("dhl", "dhl"),
            Map.entry("dhlexpress", "dhl"), Map.entry("dhlit", "dhl"), Map.entry("ups", "ups"), Map.entry("tnt", "tnt"),
            Map.entry("fedex", "fedex"), Map.entry("amazon", "amazon"), Map.entry("amazonlogistics", "amazon"),
            Map.entry("nexive", "nexive"), Map.entry("inpost", "inpost"));

    private Carriers() {
    }

    /** The carrier's key ({@code brt}, {@code poste-italiane}); an unknown name lower-cased. */
    public static String key(String name) {
        if (name == null) {
            return null;
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return ALIASES.getOrDefault(plain, name.strip().toLowerCase(Locale.ROOT).replace(' ', '-'));
    }

    /** The carrier as customers know it ("BRT", "Poste Italiane"); an unknown one as the shop wrote it. */
    public static String displayName(String name) {
        if (name == null) {
            return "";
        }
        return switch (key(name)) {
            case "brt" -> "BRT";
            case "gls" -> "GLS";
            case "sda" -> "SDA";
            case "poste-italiane" -> "Poste Italiane";
            case "dhl" -> "DHL";
            case "ups" -> "UPS";
            case "tnt" -> "TNT";
            case "fedex" -> "FedEx";
            case "amazon" -> "Amazon";
            default -> name.strip();
        };
    }

    static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }
}
