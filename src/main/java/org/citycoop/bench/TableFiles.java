package org.citycoop.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The corpus's tables: places (countries and cities), mayors' posts, twinnings. */
final class TableFiles {
    private final List<City> cities;
    private final Random random;

    TableFiles(List<City> cities, Random random) {
        this.cities = cities;
        this.random = random;
    }

    void write(Path out, List<int[]> twins) throws IOException {
        places(out.resolve("synthetic-places.csv"));
        posts(out.resolve("synthetic-posts.csv"));
        twinnings(out.resolve("synthetic-twins.csv"), twins);
    }

    private void places(Path file) throws IOException {
        try (CSVPrinter csv = printer(file, "key", "type", "name_en", "name_id", "name_ja", "within", "wikidata",
                "geonames", "kemendagri", "iso3166", "lgcode", "lat", "lon", "note")) {
            TreeSet<String> countries = new TreeSet<>();
            cities.forEach(c -> countries.add(c.country()));
            for (String country : countries) {
                csv.printRecord("country-" + country.toLowerCase(java.util.Locale.ROOT), "Country", country, "", "", "",
                    "", "", "", country, "", "", "", "");
            }
            for (City city : cities) {
                csv.printRecord(city.placeKey(), "City", city.name(), "", "", city.countryKey(), "", city.geonameId(),
                    "", "", "", city.lat(), city.lon(), "");
            }
        }
    }

    private void posts(Path file) throws IOException {
        try (CSVPrinter csv = printer(file, "key", "title_en", "title_id", "organisation", "note")) {
            for (City city : cities) {
                csv.printRecord(city.postKey(), "Mayor of " + city.name(), "Wali Kota " + city.name(), city.governmentKey(), "");
            }
        }
    }

    private void twinnings(Path file, List<int[]> twins) throws IOException {
        try (CSVPrinter csv = printer(file, "place1", "place2", "date", "status", "name", "note")) {
            for (int[] pair : twins) {
                City a = cities.get(pair[0]);
                City b = cities.get(pair[1]);
                csv.printRecord(a.placeKey(), b.placeKey(), 1950 + random.nextInt(75), "active",
                    a.name() + " – " + b.name() + " twinning", "");
            }
        }
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get());
    }
}
