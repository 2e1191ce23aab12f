package org.citycoop.extract;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.Location;
import org.citycoop.load.gazetteer.GazetteerFormat;
import org.citycoop.load.gazetteer.GazetteerSource;
import org.citycoop.load.gazetteer.Romaji;
import org.citycoop.load.gazetteer.Rows;

/**
 * The names of the places public gazetteers list, for finding places a report names that the curated records do not
 * hold: Indonesia's provinces, regencies and cities (Kemendagri), Japan's prefectures and municipalities (by their
 * reading), and GeoNames' places of 1,000 people or more. Each name is kept with its kind, its country, its code and
 * its size, so that {@code Kota Bandung} and {@code Kabupaten Bandung} stay apart.
 *
 * <pre>{@code
 * GazetteerNames names = GazetteerNames.read(List.of(Path.of("../shared/data/gazetteer/indonesia/regencies.csv")));
 * List<GazetteerNames.Place> bandung = names.named("Bandung");   // the city and the regency
 * }</pre>
 */
public final class GazetteerNames {
    /** No gazetteer: only the places the curated records hold are found. */
    public static final GazetteerNames NONE = new GazetteerNames();

    /**
     * A place of a gazetteer.
     *
     * @param name       its name without its kind ({@code Bandung} for {@code Kota Bandung})
     * @param type       its class: Province, Regency, City, Prefecture, Municipality or PopulatedPlace
     * @param country    its ISO country code
     * @param codeField  the records' field of its code: kemendagri, lgcode, iso3166 or geonames
     * @param code       its code
     * @param population its people, 0 when not given
     * @param national   whether a national list gives it (Kemendagri, Japan's lists), not only GeoNames
     */
    public record Place(String name, String type, String country, String codeField, String code, long population,
            boolean national) {
    }

    private final Map<String, List<Place>> byName = new HashMap<>();

    private GazetteerNames() {
    }

    /** Reads gazetteer files as CityCoop imports them, each known by its header. */
    public static GazetteerNames read(List<Path> files) {
        GazetteerNames names = new GazetteerNames();
        for (Path file : files) {
            GazetteerFormat format = new GazetteerSource(file, "").format();
            try (Reader reader = Rows.utf8(Files.newInputStream(file));
                 CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                for (CSVRecord row : parser) {
                    Place place = place(format, row);
                    if (place != null) {
                        names.add(place);
                    }
                }
            } catch (IOException e) {
                throw new InputException(ErrorId.UNREADABLE_INPUT, new Location(file.toString(), 0, 0),
                    "cannot read the file: " + e.getMessage(), "a readable gazetteer", e);
            }
        }
        names.byName.values().forEach(list -> list.sort(Comparator.comparing(Place::national).reversed()
            .thenComparing(Comparator.comparingLong(Place::population).reversed())));
        return names;
    }

    private static Place place(GazetteerFormat format, CSVRecord row) {
        return switch (format) {
            case GEONAMES_CITIES -> new Place(row.get("name"), "PopulatedPlace", row.get("country"), "geonames",
                row.get("geonameid"), parse(row.get("population")), false);
            case INDONESIAN_PROVINCES -> new Place(row.get("name"), "Province", "ID", "kemendagri", row.get("code"), 0, true);
            case INDONESIAN_REGENCIES -> {
                String name = row.get("name");
                boolean city = name.startsWith("Kota ");
                yield new Place(name.replaceFirst("^(Kota|Kabupaten)\\s+", ""), city ? "City" : "Regency", "ID",
                    "kemendagri", row.get("code"), 0, true);
            }
            case JAPANESE_PREFECTURES -> new Place(row.get("pref_en"), "Prefecture", "JP", "iso3166",
                row.get("ISO3166-2"), 0, true);
            case JAPANESE_MUNICIPALITIES -> municipality(row);
            default -> null;
        };
    }

    /** A municipality by its reading; wards are left out, their names being common to many cities. */
    private static Place municipality(CSVRecord row) {
        String kanji = row.get("city").strip();
        String latin = Romaji.name(kanji, row.get("citykana"));
        if (latin == null || kanji.contains(" ")) {
            return null;
        }
        return new Place(latin, kanji.endsWith("市") ? "City" : "Municipality", "JP", "lgcode", row.get("lgcode"), 0, true);
    }

    private static long parse(String population) {
        return population.matches("\\d{1,12}") ? Long.parseLong(population) : 0;
    }

    private void add(Place place) {
        byName.computeIfAbsent(Names.folded(place.name()), k -> new ArrayList<>()).add(place);
    }

    /** The places of this name (case, accents and punctuation apart), national lists' first, then the biggest. */
    public List<Place> named(String name) {
        return byName.getOrDefault(Names.folded(name), List.of());
    }

    /** Whether it holds no name. */
    public boolean isEmpty() {
        return byName.isEmpty();
    }
}
