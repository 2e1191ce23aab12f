package org.citycoop.load.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.Location;
import org.citycoop.load.CountedInput;
import org.citycoop.load.ImportedFile;
import org.citycoop.load.record.KeyIndex;
import org.citycoop.load.record.Keys;
import org.citycoop.load.record.Provenance;
import org.citycoop.ontology.Licence;

/**
 * One public gazetteer file, read as it is and streamed as places ({@link GazetteerFormat} tells which). Places are
 * named by the code the gazetteer gives them, which never changes: {@code id/geonames/<geonameid>}, {@code
 * id/iso3166/<code>} for countries and first-level units, {@code id/kemendagri/<code>}, {@code id/jp-lg/<local
 * government code>}, {@code id/countrystatecity/<id>}. Each place lies within the unit its codes name among those
 * the store holds ({@link Links}), else within its country.
 *
 * <pre>{@code
 * Source source = new GazetteerSource(Path.of("../shared/data/gazetteer/world/geonames-cities500.txt"), digest);
 * }</pre>
 */
public final class GazetteerSource extends ImportedFile {
    private final GazetteerFormat format;
    private final Links links;

    /**
     * @param path     the gazetteer file
     * @param digest   the digest of its bytes and the loader version
     */
    public GazetteerSource(Path path, String digest) {
        this(path, digest, Links.NONE);
    }

    /**
     * A gazetteer whose places are linked to what the store already holds.
     *
     * @param path     the gazetteer file
     * @param digest   the digest of its bytes, the loader version and what {@code links} links to
     * @param links    the units the places lie in, and the same places in another gazetteer
     */
    public GazetteerSource(Path path, String digest, Links links) {
        super(path, digest);
        this.format = GazetteerFormat.detect(path);
        this.links = links;
    }

    public GazetteerFormat format() {
        return format;
    }

    @Override
    public String key() {
        return "gazetteer-" + Keys.ofFile(input);
    }

    /** Writes the places row by row, telling {@code bytesRead} how far into the file it is. */
    @Override
    public void emit(StreamRDF out, KeyIndex keys, Provenance provenance, LongConsumer bytesRead) {
        PlaceWriter writer = new PlaceWriter(out);
        describe(out, NodeFactory.createLiteralString(format.title() + " (" + input.getFileName() + ")"),
            format.terms().licence().node(), null);
        try (BufferedReader reader = new BufferedReader(BoundedLines.of(Rows.utf8(CountedInput.of(
                Files.newInputStream(input), bytesRead)), input.toString()), 1 << 16)) {
            if (format == GazetteerFormat.GEONAMES_DUMP) {
                new GeoNamesDump(input.toString(), writer, links.units()).read(reader);
            } else {
                table(reader, writer);
            }
        } catch (IOException e) {
            throw new InputException(ErrorId.UNREADABLE_INPUT, new Location(input.toString(), 0, 0),
                "cannot read the file: " + e.getMessage(), "a readable gazetteer", e);
        }
    }

    private void table(BufferedReader reader, PlaceWriter writer) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            Rows rows = new Rows(parser, input.toString(), parser.getHeaderNames().size());
            NationalLists lists = new NationalLists(writer, rows);
            switch (format) {
                case GEONAMES_CITIES -> rows.forEach(row -> lists.geonames(row, links.units()));
                case NATURAL_EARTH_ADMIN1 -> new NaturalEarthUnits(writer, rows, links.units()).read();
                case COUNTRYSTATECITY_STATES -> new CountryStateCity(writer, rows).states(links.units());
                case COUNTRYSTATECITY_CITIES -> new CountryStateCity(writer, rows).cities(links.units(), links.matcher());
                case INDONESIAN_PROVINCES -> rows.forEach(lists::province);
                case INDONESIAN_REGENCIES -> rows.forEach(row -> lists.regency(row, links));
                case INDONESIAN_DISTRICTS -> rows.forEach(lists::district);
                case JAPANESE_PREFECTURES -> rows.forEach(row -> lists.prefecture(row, links.units()));
                case JAPANESE_MUNICIPALITIES -> lists.municipalities(links.matcher());
                default -> throw new IllegalArgumentException("no table reader for " + format);
            }
        }
    }

    @Override
    public Optional<Licence.Terms> terms() {
        return Optional.of(format.terms());
    }
}
