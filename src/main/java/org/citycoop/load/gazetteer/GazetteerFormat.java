package org.citycoop.load.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.Location;
import org.citycoop.ontology.Licence;

/**
 * The public gazetteers CityCoop imports, each known by its first line, listed in the order they are imported in
 * (units before the places they hold, a gazetteer before one linked to it): GeoNames' own dump format (tab-separated,
 * no header, nineteen columns, with alternate names) and the CSV of its cities of 1,000 people or more; Natural
 * Earth's admin-1 units; the countrystatecity tables of subdivisions and places; the Kemendagri lists of Indonesian
 * provinces, regencies and cities, and districts; the Japanese lists of prefectures and municipalities (the latter
 * with a byte-order mark).
 */
public enum GazetteerFormat {
    NATURAL_EARTH_ADMIN1("Natural Earth admin-1 units", List.of("featurecla", "ne_id", "iso_3166_2", "iso_a2",
        "name", "name_alt", "type_en", "latitude", "longitude", "gn_id", "gn_a1_code", "wikidataid"),
        new Licence.Terms(Licence.PUBLIC_DOMAIN, "Natural Earth (naturalearthdata.com)")),
    COUNTRYSTATECITY_STATES("countrystatecity subdivisions", List.of("id", "name", "native", "type", "country_code",
        "iso2", "iso3166_2", "fips_code", "latitude", "longitude", "timezone"), Terms.COUNTRYSTATECITY),
    INDONESIAN_PROVINCES("Indonesian provinces (Kemendagri codes)", List.of("code", "name"), Terms.INDONESIA),
    JAPANESE_PREFECTURES("Japanese prefectures", List.of("pid", "pref", "prefkana", "prefshort", "prefshortkana", "pref_en",
        "pref3code", "url", "lgcode", "ISO3166-2", "capital", "lat", "lng"), Terms.JAPAN),
    GEONAMES_DUMP("GeoNames places (dump format)", List.of(), Terms.GEONAMES),
    GEONAMES_CITIES("GeoNames places of 1,000 people or more",
        List.of("geonameid", "name", "altnames", "country", "feature_code", "admin_code", "population", "lat", "lon"),
        Terms.GEONAMES),
    INDONESIAN_REGENCIES("Indonesian regencies and cities (Kemendagri codes)", List.of("code", "province_code", "name"),
        Terms.INDONESIA),
    INDONESIAN_DISTRICTS("Indonesian districts (Kemendagri codes)", List.of("code", "regency_code", "name"),
        Terms.INDONESIA),
    JAPANESE_MUNICIPALITIES("Japanese municipalities and wards",
        List.of("pid", "pref", "cid", "city", "citykana", "lat", "lng", "url", "phrase", "lgcode"), Terms.JAPAN),
    COUNTRYSTATECITY_CITIES("countrystatecity places", List.of("id", "name", "native", "state_id", "state_code",
        "country_code", "latitude", "longitude", "timezone"), Terms.COUNTRYSTATECITY);

    /** The columns of GeoNames' dump format, which has no header line. */
    static final List<String> DUMP_COLUMNS = List.of("geonameid", "name", "asciiname", "alternatenames", "latitude",
        "longitude", "feature class", "feature code", "country code", "cc2", "admin1 code", "admin2 code",
        "admin3 code", "admin4 code", "population", "elevation", "dem", "timezone", "modification date");

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
        static final Licence.Terms GEONAMES = new Licence.Terms(Licence.CC_BY_4, "GeoNames (geonames.org)");
        static final Licence.Terms INDONESIA = new Licence.Terms(Licence.ODBL,
            "idn-area-data (Kemendagri codes of Indonesian administrative areas)");
        static final Licence.Terms JAPAN = new Licence.Terms(Licence.CC0, "code4fukui/localgovjp");
        static final Licence.Terms COUNTRYSTATECITY = new Licence.Terms(Licence.ODBL,
            "countrystatecity (the dr5hn countries-states-cities database)");
    }

    public String title() {
        return title;
    }

    /** The header of a CSV format (for Natural Earth, the columns it must have among others); none for the dump. */
    public List<String> header() {
        return header;
    }

    /** Whether the format's first line is a header, which names the columns. */
    public boolean hasHeader() {
        return this != GEONAMES_DUMP;
    }

    /** The format with exactly this header (Natural Earth's: with these columns among others), or null. */
    public static GazetteerFormat of(List<String> header) {
        for (GazetteerFormat format : values()) {
            if (format.hasHeader() && format.header.equals(header)) {
                return format;
            }
        }
        boolean naturalEarth = !header.isEmpty() && header.get(0).equals("featurecla")
            && header.containsAll(NATURAL_EARTH_ADMIN1.header);
        return naturalEarth ? NATURAL_EARTH_ADMIN1 : null;
    }

    /** The format of a file, told by its first line; an error naming the formats known for any other. */
    public static GazetteerFormat detect(Path path) {
        try (BufferedReader reader = Rows.utf8(Files.newInputStream(path))) {
            String first = reader.readLine();
            if (first != null && GeoNamesDump.isRow(first)) {
                return GEONAMES_DUMP;
            }
            String line = first == null ? "" : first.strip();
            GazetteerFormat format = of(line.isEmpty() ? List.of() : List.of(line.split(",", -1)));
            if (format == null) {
                throw new InputException(ErrorId.MALFORMED_CSV, new Location(path.toString(), 1, 1),
                    "a first line " + shortened(line) + " of no known gazetteer", known());
            }
            return format;
        } catch (IOException e) {
            throw new InputException(ErrorId.UNREADABLE_INPUT, new Location(path.toString(), 0, 0),
                "cannot read the file: " + e.getMessage(), "a readable gazetteer", e);
        }
    }

    private static String shortened(String line) {
        String visible = line.replaceAll("\\p{Cc}", "?");
        return "'" + (visible.length() > 120 ? visible.substring(0, 120) + "…" : visible) + "'";
    }

    private static String known() {
        return "GeoNames' dump format (19 tab-separated columns, no header), or a CSV header of one of "
            + Stream.of(values()).filter(GazetteerFormat::hasHeader)
                .map(f -> f.title() + ": " + String.join(",", f.header()) + (f == NATURAL_EARTH_ADMIN1 ? ",..." : ""))
                .collect(Collectors.joining("; "));
    }
}
