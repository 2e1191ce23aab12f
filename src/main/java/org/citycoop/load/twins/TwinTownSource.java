package org.citycoop.load.twins;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.Location;
import org.citycoop.load.CountedInput;
import org.citycoop.load.ImportedFile;
import org.citycoop.load.gazetteer.Geometry;
import org.citycoop.load.gazetteer.Rows;
import org.citycoop.load.record.KeyIndex;
import org.citycoop.load.record.Keys;
import org.citycoop.load.record.Provenance;
import org.citycoop.load.resolve.NameKeys;
import org.citycoop.load.resolve.PlaceResolver;
import org.citycoop.load.resolve.Resolution;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Licence;
import org.citycoop.ontology.Vocab;

/**
 * Wikipedia's lists of twin towns as a table ({@code city1,country1,lat1,lng1,city2,country2,lat2,lng2}), imported
 * as twinnings between places. Each name resolves to the place the store already holds for it ({@link
 * PlaceResolver}); a name that does not is kept as a {@code cc:UnresolvedPlace} of its own, with the country and
 * coordinates given. A twinning is named by its two places ({@code id/twinning/<place>--<place>}, in order), so a
 * pair listed both ways is one twinning, and the same pair from another table is the same twinning with both
 * sources.
 */
public final class TwinTownSource extends ImportedFile {
    /** Wikipedia's lists, under Wikipedia's licence. */
    private static final Licence.Terms TERMS = new Licence.Terms(Licence.CC_BY_SA_4,
        "Wikipedia contributors, List of twin towns and sister cities");
    static final List<String> HEADER = List.of("city1", "country1", "lat1", "lng1", "city2", "country2", "lat2", "lng2");
    private static final Node LISTS = NodeFactory.createURI(
        "https://en.wikipedia.org/wiki/Lists_of_twin_towns_and_sister_cities");
    private final PlaceResolver resolver;
    private ResolutionReport report = new ResolutionReport();

    /**
     * @param path     the table
     * @param digest   the digest of its bytes and the loader version
     * @param resolver the places the names resolve to
     */
    public TwinTownSource(Path path, String digest, PlaceResolver resolver) {
        super(path, digest);
        this.resolver = resolver;
    }

    @Override
    public String key() {
        return "twin-towns-" + Keys.ofFile(input);
    }

    /** How the names of the last emit resolved. */
    public ResolutionReport report() {
        return report;
    }

    @Override
    public void emit(StreamRDF out, KeyIndex keys, Provenance provenance, LongConsumer bytesRead) {
        report = new ResolutionReport();
        describe(out);
        try (Reader reader = Rows.utf8(CountedInput.of(Files.newInputStream(input), bytesRead));
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            checkHeader(parser.getHeaderNames());
            Rows rows = new Rows(parser, input.toString(), HEADER.size());
            Set<String> written = new HashSet<>();
            rows.forEach(row -> pair(row, rows, written, out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void describe(StreamRDF out) {
        describe(out, NodeFactory.createLiteralLang("Wikipedia's lists of twin towns and sister cities ("
            + input.getFileName() + ")", "en"), TERMS.licence().node(), LISTS);
    }

    private void checkHeader(List<String> header) {
        if (!header.equals(HEADER)) {
            throw new InputException(ErrorId.MALFORMED_CSV, new Location(input.toString(), 1, 1),
                "a header " + String.join(",", header), "the header " + String.join(",", HEADER));
        }
    }

    private void pair(CSVRecord row, Rows rows, Set<String> written, StreamRDF out) {
        Node first = place(row, rows, "1", out);
        Node second = place(row, rows, "2", out);
        if (first.equals(second)) {
            return;
        }
        String pair = Twinnings.pair(first, second);
        boolean isNew = written.add(pair);
        report.pair(isNew);
        if (isNew) {
            Twinnings.write(out, pair, first, second, NodeFactory.createLiteralLang(row.get("city1").strip() + " – "
                + row.get("city2").strip(), "en"));
        }
    }

    /** The place a side of the row names: resolved, or written as an unresolved place of its own. */
    private Node place(CSVRecord row, Rows rows, String side, StreamRDF out) {
        ResolutionReport.Named named = new ResolutionReport.Named("", row.get("city" + side).strip(),
            row.get("country" + side).strip(), row.get("lat" + side).strip(), row.get("lng" + side).strip());
        BigDecimal lat = named.lat().isEmpty() ? null : rows.coordinate(row, "lat" + side, 90);
        BigDecimal lon = named.lon().isEmpty() ? null : rows.coordinate(row, "lng" + side, 180);
        Resolution known = report.known(named);
        Resolution resolution = known != null ? known : resolver.resolve(named.name(), named.country(),
            lat == null ? Double.NaN : lat.doubleValue(), lon == null ? Double.NaN : lon.doubleValue());
        report.note(named, resolution);
        if (resolution.resolved()) {
            return resolution.place().iri();
        }
        Node place = NodeFactory.createURI(CC.ID + "twin-towns/" + Keys.slug(NameKeys.fold(named.name()) + " "
            + (resolution.country() != null ? resolution.country() : named.country())));
        if (known == null) {
            add(out, place, Vocab.RDF_TYPE, CC.UnresolvedPlace);
            add(out, place, Vocab.RDFS_LABEL, NodeFactory.createLiteralString(named.name()));
            add(out, place, CC.countryName, NodeFactory.createLiteralString(named.country()));
            if (resolution.country() != null) {
                org.citycoop.load.gazetteer.PlaceWriter.inCountry(out, place, resolution.country());
            }
            // coordinates that lie in another country are a namesake's: the place is kept without them
            if (lat != null && lon != null && !resolver.pointAbroad(named.country(), lat.doubleValue(), lon.doubleValue())) {
                Geometry.point(out, place, lat, lon);
            }
        }
        return place;
    }

    private static void add(StreamRDF out, Node s, Node p, Node o) {
        Twinnings.add(out, s, p, o);
    }

    @Override
    public java.util.Optional<Licence.Terms> terms() {
        return java.util.Optional.of(TERMS);
    }
}
