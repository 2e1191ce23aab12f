package org.citycoop.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/** The corpus's tables, each in parts: countries, cities, mayors' posts, twinnings. */
final class TableFiles {
    private static final String[] PLACE_COLUMNS = {"key", "type", "name_en", "name_id", "name_ja", "within",
        "wikidata", "geonames", "kemendagri", "iso3166", "lgcode", "lat", "lon", "note"};
    private final List<City> cities;
    private final Random random;

    TableFiles(List<City> cities, Random random) {
        this.cities = cities;
        this.random = random;
    }

    /** Writes the tables; returns how many files they took. */
    int write(Path out, List<int[]> twins) throws IOException {
        return countries(out) + places(out) + posts(out) + twinnings(out, twins);
    }

    private int countries(Path out) throws IOException {
        try (CsvParts csv = new CsvParts(out, "synthetic-countries", PLACE_COLUMNS)) {
            TreeSet<String> countries = new TreeSet<>();
            cities.forEach(c -> countries.add(c.country()));
            for (String country : countries) {
                csv.row("country-" + country.toLowerCase(java.util.Locale.ROOT), "Country", country, "", "", "",
                    "", "", "", country, "", "", "", "");
            }
            return csv.parts();
        }
    }

    private int places(Path out) throws IOException {
        try (CsvParts csv = new CsvParts(out, "synthetic-places", PLACE_COLUMNS)) {
            for (City city : cities) {
                csv.row(city.placeKey(), "City", city.name(), "", "", city.countryKey(), "", city.geonameId(),
                    "", "", "", city.lat(), city.lon(), "");
            }
            return csv.parts();
        }
    }

    private int posts(Path out) throws IOException {
        try (CsvParts csv = new CsvParts(out, "synthetic-posts", "key", "title_en", "title_id", "organisation", "note")) {
            for (City city : cities) {
                csv.row(city.postKey(), "Mayor of " + city.name(), "Wali Kota " + city.name(), city.governmentKey(), "");
            }
            return csv.parts();
        }
    }

    private int twinnings(Path out, List<int[]> twins) throws IOException {
        try (CsvParts csv = new CsvParts(out, "synthetic-twins", "place1", "place2", "date", "status", "name", "note")) {
            for (int[] pair : twins) {
                City a = cities.get(pair[0]);
                City b = cities.get(pair[1]);
                csv.row(a.placeKey(), b.placeKey(), 1950 + random.nextInt(75), "active",
                    a.name() + " – " + b.name() + " twinning", "");
            }
            return csv.parts();
        }
    }
}
