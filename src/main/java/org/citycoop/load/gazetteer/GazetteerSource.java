package org.citycoop.load.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.Location;
import org.citycoop.load.ImportedFile;
import org.citycoop.load.record.KeyIndex;
import org.citycoop.load.record.Provenance;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/**
 * One public gazetteer file, read as it is and streamed as places. Places are named by the code the gazetteer
 * gives them, which never changes: {@code id/geonames/<geonameid>}, {@code id/kemendagri/<code>},
 * {@code id/jp-lg/<local government code>} and {@code id/iso3166/<code>} for countries and prefectures. Kemendagri
 * codes are not BPS codes, and GeoNames' admin codes are neither: no place is put inside another by them.
 *
 * <pre>{@code
 * Source source = new GazetteerSource(Path.of("../shared/data/gazetteer/indonesia/regencies.csv"), digest);
 * }</pre>
 */
public final class GazetteerSource extends ImportedFile {
    private static final Node SKOS_ALT_LABEL = NodeFactory.createURI(Vocab.SKOS + "altLabel");
    private final GazetteerFormat format;
    private final PlaceMatcher matcher;

    /**
     * @param path     the gazetteer file
     * @param digest   the digest of its bytes and the loader version
     */
    public GazetteerSource(Path path, String digest) {
        this(path, digest, PlaceMatcher.NONE);
    }

    /**
     * A gazetteer whose municipalities are linked to the same places of another gazetteer.
     *
     * @param path     the gazetteer file
     * @param digest   the digest of its bytes, the loader version and the places {@code matcher} matches against
     * @param matcher  finds a municipality in the other gazetteer (Japanese municipalities in GeoNames)
     */
    public GazetteerSource(Path path, String digest, PlaceMatcher matcher) {
        super(path, digest);
        this.format = detect(path);
        this.matcher = matcher;
    }

    private static GazetteerFormat detect(Path path) {
        try (BufferedReader reader = Rows.utf8(Files.newInputStream(path))) {
            String first = reader.readLine();
            List<String> header = first == null ? List.of() : List.of(first.strip().split(",", -1));
            GazetteerFormat format = GazetteerFormat.of(header);
            if (format == null) {
                String known = Stream.of(GazetteerFormat.values()).map(f -> f.title() + ": " + String.join(",", f.header()))
                    .collect(Collectors.joining("; "));
                throw new InputException(ErrorId.MALFORMED_CSV, new Location(path.toString(), 1, 1),
                    "a header " + String.join(",", header) + " of no known gazetteer", "one of " + known);
            }
            return format;
        } catch (IOException e) {
            throw new InputException(ErrorId.UNREADABLE_INPUT, new Location(path.toString(), 0, 0),
                "cannot read the file: " + e.getMessage(), "a readable gazetteer", e);
        }
    }

    public GazetteerFormat format() {
        return format;
    }

    @Override
    public String key() {
        return "gazetteer-" + org.citycoop.load.record.Keys.ofFile(input);
    }

    /** Writes the places row by row, telling {@code bytesRead} how far into the file it is. */
    @Override
    public void emit(StreamRDF out, KeyIndex keys, Provenance provenance, java.util.function.LongConsumer bytesRead) {
        Emit emit = new Emit(out);
        describe(out, NodeFactory.createLiteralString(format.title() + " (" + input.getFileName() + ")"), null, null);
        try (Reader reader = Rows.utf8(org.citycoop.load.CountedInput.of(Files.newInputStream(input), bytesRead));
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            Rows rows = new Rows(parser, input.toString(), format.header().size());
            switch (format) {
                case GEONAMES_CITIES -> rows.forEach(row -> geonames(row, rows, emit));
                case INDONESIAN_PROVINCES -> {
                    emit.country("ID", "Indonesia", "id");
                    rows.forEach(row -> indonesian(row, rows, CC.Province, iso("ID"), emit));
                }
                case INDONESIAN_REGENCIES -> rows.forEach(row -> indonesian(row, rows,
                    row.get("name").startsWith("Kota ") ? CC.City : CC.Regency, kemendagri(row.get("province_code")), emit));
                case INDONESIAN_DISTRICTS -> rows.forEach(row -> indonesian(row, rows, CC.District,
                    kemendagri(row.get("regency_code")), emit));
                case JAPANESE_PREFECTURES -> {
                    emit.country("JP", "Japan", "en");
                    rows.forEach(row -> prefecture(row, rows, emit));
                }
                case JAPANESE_MUNICIPALITIES -> municipalities(rows, emit, matcher);
                default -> throw new IllegalStateException("unhandled " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Node iso(String code) {
        return NodeFactory.createURI(CC.ID + "iso3166/" + code);
    }

    private static Node kemendagri(String code) {
        return NodeFactory.createURI(CC.ID + "kemendagri/" + code);
    }

    private static Node lg(String code) {
        return NodeFactory.createURI(CC.ID + "jp-lg/" + code);
    }

    private static void geonames(CSVRecord row, Rows rows, Emit emit) {
        String id = rows.require(row, "geonameid", "\\d+", "a numeric GeoNames id");
        Node place = NodeFactory.createURI(CC.ID + "geonames/" + id);
        emit.place(place, CC.PopulatedPlace, row.get("name"), null);
        for (String alternative : row.get("altnames").split(";")) {
            if (!alternative.isBlank()) {
                emit.add(place, SKOS_ALT_LABEL, NodeFactory.createLiteralString(alternative.strip()));
            }
        }
        emit.text(place, CC.geonamesId, id);
        emit.add(place, Vocab.SKOS_EXACT_MATCH, NodeFactory.createURI(Vocab.GEONAMES + id + "/"));
        emit.text(place, CC.countryCode, row.get("country"));
        emit.text(place, CC.featureCode, row.get("feature_code"));
        String population = rows.require(row, "population", "\\d+", "a whole number of people");
        emit.add(place, CC.population, NodeFactory.createLiteralDT(population, XSDDatatype.XSDinteger));
        emit.point(place, rows.coordinate(row, "lat", 90), rows.coordinate(row, "lon", 180));
    }

    private static void indonesian(CSVRecord row, Rows rows, Node type, Node within, Emit emit) {
        String code = rows.require(row, "code", "\\d{2}(\\.\\d{2}){0,2}", "a Kemendagri code such as 32 or 32.73");
        Node place = kemendagri(code);
        emit.place(place, type, row.get("name"), "id");
        emit.text(place, CC.kemendagriCode, code);
        emit.add(place, CC.within, within);
    }

    private static void prefecture(CSVRecord row, Rows rows, Emit emit) {
        String code = rows.require(row, "ISO3166-2", "JP-\\d{2}", "an ISO 3166-2 code such as JP-14");
        Node place = iso(code);
        emit.place(place, CC.Prefecture, row.get("pref"), "ja");
        emit.add(place, Vocab.RDFS_LABEL, NodeFactory.createLiteralLang(row.get("pref_en"), "en"));
        emit.add(place, SKOS_ALT_LABEL, NodeFactory.createLiteralLang(row.get("prefkana"), "ja-Hira"));
        emit.text(place, CC.iso3166Code, code);
        emit.add(place, CC.within, iso("JP"));
        emit.point(place, rows.coordinate(row, "lat", 90), rows.coordinate(row, "lng", 180));
    }

    /**
     * Wards ("横浜市 鶴見区") lie within their city; other municipalities within their prefecture. A municipality is
     * linked to the place of its name in the other gazetteer, each of those to the nearest municipality of that name
     * only: Kushiro city and Kushiro town are not both GeoNames' Kushiro.
     */
    private static void municipalities(Rows rows, Emit emit, PlaceMatcher matcher) {
        List<CSVRecord> all = rows.all();
        Map<String, String> cityCodes = new HashMap<>();
        for (CSVRecord row : all) {
            cityCodes.putIfAbsent(row.get("pid") + " " + row.get("city"), row.get("lgcode"));
        }
        Map<Node, Node> matched = new HashMap<>();
        Map<Node, Double> nearest = new HashMap<>();
        for (CSVRecord row : all) {
            String latin = Romaji.name(row.get("city"), row.get("citykana"));
            Node place = municipality(row, rows, emit, cityCodes, latin);
            if (latin != null && !row.get("city").strip().contains(" ")) {
                PlaceMatcher.Match match = matcher.match(latin, rows.coordinate(row, "lat", 90).doubleValue(),
                    rows.coordinate(row, "lng", 180).doubleValue());
                if (match != null && match.kilometres() < nearest.getOrDefault(match.place(), Double.MAX_VALUE)) {
                    nearest.put(match.place(), match.kilometres());
                    matched.put(match.place(), place);
                }
            }
        }
        matched.forEach((other, place) -> emit.add(place, Vocab.SKOS_EXACT_MATCH, other));
    }

    private static Node municipality(CSVRecord row, Rows rows, Emit emit, Map<String, String> cityCodes,
            String latin) {
        String code = rows.require(row, "lgcode", "\\d{6}", "a six-digit local government code");
        String name = row.get("city");
        String prefecture = "JP-" + String.format("%02d", Integer.parseInt(rows.require(row, "pid", "\\d{1,2}",
            "a prefecture number from 1 to 47")));
        int space = name.indexOf(' ');
        Node type = space > 0 ? CC.District : name.endsWith("市") ? CC.City : CC.Municipality;
        Node place = lg(code);
        emit.place(place, type, name, "ja");
        emit.add(place, SKOS_ALT_LABEL, NodeFactory.createLiteralLang(row.get("citykana"), "ja-Hira"));
        if (latin != null) {
            emit.add(place, SKOS_ALT_LABEL, NodeFactory.createLiteralLang(latin, "ja-Latn"));
        }
        emit.text(place, CC.lgCode, code);
        String parent = space > 0 ? cityCodes.get(row.get("pid") + " " + name.substring(0, space)) : null;
        emit.add(place, CC.within, parent != null ? lg(parent) : iso(prefecture));
        emit.point(place, rows.coordinate(row, "lat", 90), rows.coordinate(row, "lng", 180));
        return place;
    }

    /** Writes triples, and the small shapes every place shares. */
    private static final class Emit {
        private final StreamRDF out;

        Emit(StreamRDF out) {
            this.out = out;
        }

        void add(Node s, Node p, Node o) {
            out.triple(Triple.create(s, p, o));
        }

        void text(Node s, Node p, String text) {
            if (text != null && !text.isBlank()) {
                add(s, p, NodeFactory.createLiteralString(text.strip()));
            }
        }

        void place(Node place, Node type, String name, String language) {
            add(place, Vocab.RDF_TYPE, type);
            add(place, Vocab.RDFS_LABEL, language == null ? NodeFactory.createLiteralString(name.strip())
                : NodeFactory.createLiteralLang(name.strip(), language));
        }

        void country(String code, String name, String language) {
            Node country = iso(code);
            place(country, CC.Country, name, language);
            text(country, CC.iso3166Code, code);
        }

        void point(Node place, BigDecimal lat, BigDecimal lon) {
            Geometry.point(out, place, lat, lon);
        }
    }

    @Override
    public java.util.Optional<org.citycoop.ontology.Licence.Terms> terms() {
        return java.util.Optional.of(format.terms());
    }
}
