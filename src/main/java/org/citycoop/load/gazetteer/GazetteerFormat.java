package org.citycoop.load.gazetteer;

import java.util.List;

/**
 * The public gazetteers CityCoop imports, each known by its exact header: GeoNames' cities of 1,000 people or more,
 * the Kemendagri lists of Indonesian provinces, regencies and cities, and districts, and the Japanese lists of
 * prefectures and municipalities (the latter with a byte-order mark).
 */
public enum GazetteerFormat {
    GEONAMES_CITIES("GeoNames places of 1,000 people or more",
        List.of("geonameid", "name", "altnames", "country", "feature_code", "admin_code", "population", "lat", "lon")),
    INDONESIAN_PROVINCES("Indonesian provinces (Kemendagri codes)", List.of("code", "name")),
    INDONESIAN_REGENCIES("Indonesian regencies and cities (Kemendagri codes)", List.of("code", "province_code", "name")),
    INDONESIAN_DISTRICTS("Indonesian districts (Kemendagri codes)", List.of("code", "regency_code", "name")),
    JAPANESE_PREFECTURES("Japanese prefectures", List.of("pid", "pref", "prefkana", "prefshort", "prefshortkana", "pref_en",
        "pref3code", "url", "lgcode", "ISO3166-2", "capital", "lat", "lng")),
    JAPANESE_MUNICIPALITIES("Japanese municipalities and wards",
        List.of("pid", "pref", "cid", "city", "citykana", "lat", "lng", "url", "phrase", "lgcode"));

    private final String title;
    private final List<String> header;

    GazetteerFormat(String title, List<String> header) {
        this.title = title;
        this.header = header;
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
