package org.citycoop.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;

/**
 * Writes a synthetic corpus in the curators' record formats, for measuring loads and queries at scale: the most
 * populous cities of GeoNames with their countries, a government, a mayor's post and a mayor each; twinnings whose
 * partner counts follow a power law; and news-like reports, each a source with a visit or meeting between two cities
 * (the mayors taking part in their posts), an agreement of the two governments and the cooperation it serves, dated
 * over five decades. The same seed gives the same files, byte for byte.
 *
 * <pre>{@code
 * CorpusGenerator.fromGeoNames(Path.of("../shared/data/gazetteer/world/geonames-cities1000.csv"))
 *     .generate(10_000, 1, Path.of("corpus"));
 * }</pre>
 */
public final class CorpusGenerator {
    /** Records per city: its place, government, post and mayor. */
    static final int RECORDS_PER_CITY = 4;
    /** Records per report: an event, an agreement, a cooperation. */
    static final int RECORDS_PER_REPORT = 3;
    private final List<City> cities;

    private CorpusGenerator(List<City> cities) {
        this.cities = cities;
    }

    /**
     * What was written.
     *
     * @param cities     cities, each with its government, post and mayor
     * @param twinnings  twin-town pairs
     * @param reports    report files
     * @param records    records in all (countries not counted)
     * @param tables     files of countries, places, posts, twinnings, governments and mayors (all but reports)
     */
    public record Summary(int cities, int twinnings, int reports, long records, int tables) {
    }

    /**
     * The most rows (or cities) one table or record file holds: big tables are split into parts, which keeps every
     * file well within the size a record file may have (see {@code InputText}) at any corpus size.
     */
    static final int PART_SIZE = 10_000;

    /** The name of a part: {@code name-001.csv}. */
    static String partName(String name, int part, String extension) {
        return String.format("%s-%03d.%s", name, part, extension);
    }

    /** Reads GeoNames' cities of 1,000+ people in the layout of {@code ../shared/data/gazetteer/world}. */
    public static CorpusGenerator fromGeoNames(Path file) {
        List<City> cities = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(in)) {
                cities.add(new City(row.get("geonameid"), row.get("name"), row.get("country"),
                    Long.parseLong(row.get("population")), row.get("lat"), row.get("lon")));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new CityCoopException(ErrorId.UNREADABLE_INPUT, file + ": not GeoNames' cities in the expected layout "
                + "(geonameid,name,altnames,country,feature_code,admin_code,population,lat,lon): " + e.getMessage(), e);
        }
        cities.sort(Comparator.comparingLong(City::population).reversed().thenComparing(City::geonameId));
        return new CorpusGenerator(cities);
    }

    /** Writes about {@code records} records into {@code out} (created if needed); the same seed, the same files. */
    public Summary generate(long records, long seed, Path out) {
        return generate(records, seed, out, (done, all) -> { });
    }

    /** The same, telling {@code progress} how many of how many reports are written. */
    public Summary generate(long records, long seed, Path out, java.util.function.BiConsumer<Integer, Integer> progress) {
        int cityCount = (int) Math.max(2, Math.min(cities.size(), records / 8));
        int reports = (int) Math.max(1, (records - (long) cityCount * (RECORDS_PER_CITY + 1)) / RECORDS_PER_REPORT);
        List<City> chosen = cities.subList(0, cityCount);
        Random random = new Random(seed);
        PartnerNetwork network = new PartnerNetwork(cityCount, random);
        List<int[]> twins = new ArrayList<>();
        for (int i = 0; i < cityCount; i++) {
            int[] pair = network.drawNew();
            if (pair != null) {
                twins.add(pair);
            }
        }
        int tables;
        try {
            Files.createDirectories(out.resolve("reports"));
            tables = new TableFiles(chosen, random).write(out, twins);
            RecordFiles files = new RecordFiles(chosen, random);
            tables += files.writeGovernmentsAndMayors(out);
            for (int r = 0; r < reports; r++) {
                files.writeReport(out.resolve("reports"), r + 1, network.drawForReport());
                progress.accept(r + 1, reports);
            }
        } catch (IOException e) {
            throw new CityCoopException(ErrorId.UNREADABLE_INPUT, "cannot write the corpus into " + out + ": "
                + e.getMessage(), e);
        }
        long total = (long) cityCount * RECORDS_PER_CITY + twins.size() + (long) reports * RECORDS_PER_REPORT;
        return new Summary(cityCount, twins.size(), reports, total, tables);
    }
}
