package org.citycoop.load.gazetteer;

import java.util.List;

import org.citycoop.ontology.Licence;

/**
 * The public gazetteers CityCoop imports, each known by its exact header: GeoNames' cities of 1,000 people or more,
 * the Kemendagri lists of Indonesian provinces, regencies and cities, and districts, and the Japanese lists of
 * prefectures and municipalities (the latter with a byte-order mark).
 */
public enum GazetteerFormat {
    GEONAMES_CITIES("GeoNames places of 1,000 people or more",
        List.of("geonameid", "name", "altnames", "country", "feature_code", "admin_code", "population", "lat", "lon"),
        new Licence.Terms(Licence.CC_BY_4, "GeoNames (geonames.org)")),
    INDONESIAN_PROVINCES("Indonesian provinces (Kemendagri codes)", List.of("code", "name"), Terms.INDONESIA),
    INDONESIAN_REGENCIES("Indonesian regencies and cities (Kemendagri codes)", List.of("code", "province_code", "name"),
        Terms.INDONESIA),
    INDONESIAN_DISTRICTS("Indonesian districts (Kemendagri codes)", List.of("code", "regency_code", "name"),
        Terms.INDONESIA),
    JAPANESE_PREFECTURES("Japanese prefectures", List.of("pid", "pref", "prefkana", "prefshort", "prefshortkana", "pref_en",
        "pref3code", "url", "lgcode", "ISO3166-2", "capital", "lat", "lng"), Terms.JAPAN),
    JAPANESE_MUNICIPALITIES("Japanese municipalities and wards",
        List.of("pid", "pref", "cid", "city", "citykana", "lat", "lng", "url", "phrase", "lgcode"), Terms.JAPAN);

    private final String title;
    private final List<String> header;
    private final Licence.Terms terms;

    GazetteerFormat(String title, List<String> header, Licence.Terms terms) {
        this.title = title;
        this.header = header;
        this.terms = terms;
    }

    /** The licence of the lists in this format, and whom to credit. */
    public Licence.Terms terms() {
        return terms;
    }

    /** Terms several formats share. */
    private static final class Terms {
        static final Licence.Terms INDONESIA = new Licence.Terms(Licence.ODBL,
            "idn-area-data (Kemendagri codes of Indonesian administrative areas)");
        static final Licence.Terms JAPAN = new Licence.Terms(Licence.CC0, "code4fukui/localgovjp");
    }

    public String title() {
        return title;
    }

    public List<String> header() {
        return header;
    }

    /** The format with exactly this header, or null. */
    public static GazetteerFormat of(List<String> header) {
        for (GazetteerFormat format : values()) {
            if (format.header.equals(header)) {
                return format;
            }
        }
        return null;
    }
}
