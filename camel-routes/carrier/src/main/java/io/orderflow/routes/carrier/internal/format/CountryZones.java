package io.orderflow.routes.carrier.internal.format;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The zone of a country that keeps one civil time throughout, by its ISO 3166 alpha-2 or alpha-3 code. Countries
 * with several (US, CA, MX, BR, RU, AU, ID, and ES and PT with their islands) are left out on purpose: for them the
 * location tells no zone and the profile's assumed zone applies.
 */
final class CountryZones {

    private static final Map<String, ZoneId> ZONES = new HashMap<>();

    static {
        add("CN", "CHN", "Asia/Shanghai");
        add("HK", "HKG", "Asia/Hong_Kong");
        add("TW", "TWN", "Asia/Taipei");
        add("JP", "JPN", "Asia/Tokyo");
        add("KR", "KOR", "Asia/Seoul");
        add("SG", "SGP", "Asia/Singapore");
        add("MY", "MYS", "Asia/Kuala_Lumpur");
        add("TH", "THA", "Asia/Bangkok");
        add("VN", "VNM", "Asia/Ho_Chi_Minh");
        add("PH", "PHL", "Asia/Manila");
        add("IN", "IND", "Asia/Kolkata");
        add("AE", "ARE", "Asia/Dubai");
        add("IL", "ISR", "Asia/Jerusalem");
        add("TR", "TUR", "Europe/Istanbul");
        add("GB", "GBR", "Europe/London");
        add("IE", "IRL", "Europe/Dublin");
        add("FR", "FRA", "Europe/Paris");
        add("DE", "DEU", "Europe/Berlin");
        add("NL", "NLD", "Europe/Amsterdam");
        add("BE", "BEL", "Europe/Brussels");
        add("LU", "LUX", "Europe/Luxembourg");
        add("CH", "CHE", "Europe/Zurich");
        add("AT", "AUT", "Europe/Vienna");
        add("IT", "ITA", "Europe/Rome");
        add("DK", "DNK", "Europe/Copenhagen");
        add("SE", "SWE", "Europe/Stockholm");
        add("NO", "NOR", "Europe/Oslo");
        add("FI", "FIN", "Europe/Helsinki");
        add("PL", "POL", "Europe/Warsaw");
        add("CZ", "CZE", "Europe/Prague");
        add("HU", "HUN", "Europe/Budapest");
        add("GR", "GRC", "Europe/Athens");
        add("ZA", "ZAF", "Africa/Johannesburg");
    }

    private CountryZones() {
    }

    private static void add(String alpha2, String alpha3, String zone) {
        ZoneId id = ZoneId.of(zone);
        ZONES.put(alpha2, id);
        ZONES.put(alpha3, id);
    }

    /** @param country an alpha-2 or alpha-3 code in any case; may be null */
    static Optional<ZoneId> of(String country) {
        return country == null ? Optional.empty()
                : Optional.ofNullable(ZONES.get(country.strip().toUpperCase(Locale.ROOT)));
    }
}
