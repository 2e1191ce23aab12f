package org.citycoop.load.twins;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.citycoop.load.CountedInput;
import org.citycoop.load.ImportedFile;
import org.citycoop.load.gazetteer.Rows;
import org.citycoop.load.record.KeyIndex;
import org.citycoop.load.record.Keys;
import org.citycoop.load.record.Provenance;
import org.citycoop.load.resolve.PartnerResolver;
import org.citycoop.load.resolve.Resolution;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Licence;
import org.citycoop.ontology.Vocab;

/**
 * Wikidata's "twinned administrative body" statements (P190) as two tab-separated files without a header: the pairs
 * of items ({@code Q1022	Q365}), one line per direction, and the items' labels ({@code Q1022	Stuttgart}). Each
 * item resolves to a place of the store by its label and its partners ({@link PartnerResolver}) and is linked to
 * its Wikidata entity ({@code skos:exactMatch}); an item that does not resolve is kept as a {@code
 * cc:UnresolvedPlace} of its own ({@code id/wikidata/Q1022}). A pair stated both ways is one twinning, the same
 * twinning as the same pair from Wikipedia's lists; each statement is also kept as Wikidata makes it ({@code
 * wd:Q1022 wdt:P190 wd:Q365}), one way, so that statements made only one way can be listed.
 */
public final class WikidataTwinSource extends ImportedFile {
    private static final String ITEM = "Q[1-9][0-9]{0,11}";
    /** Wikidata's statements are in the public domain. */
    private static final Licence.Terms TERMS = new Licence.Terms(Licence.CC0,
        "Wikidata, property P190 (twinned administrative body)");
    private static final Node PROPERTY = NodeFactory.createURI("https://www.wikidata.org/wiki/Property:P190");
    private final Path names;
    private final PartnerResolver resolver;
    private ResolutionReport report = new ResolutionReport();

    /**
     * @param relations the pairs of items
     * @param names     the items' labels
     * @param digest    the digest of both files' bytes and the loader version
     * @param resolver  the places the items resolve to
     */
    public WikidataTwinSource(Path relations, Path names, String digest, PartnerResolver resolver) {
        super(relations, digest);
        this.names = names;
        this.resolver = resolver;
    }

    @Override
    public String key() {
        return keyOf(input);
    }

    /** The key of the source a file of pairs makes. */
    public static String keyOf(Path relations) {
        return "wikidata-p190-" + Keys.ofFile(relations);
    }

    /** How the items of the last emit resolved. */
    public ResolutionReport report() {
        return report;
    }

    @Override
    public void emit(StreamRDF out, KeyIndex keys, Provenance provenance, LongConsumer bytesRead) {
        report = new ResolutionReport();
        Map<String, String> labels = labels();
        List<String[]> pairs = pairs(bytesRead);
        Map<String, Set<String>> partners = new HashMap<>();
        for (String[] pair : pairs) {
            partners.computeIfAbsent(pair[0], k -> new LinkedHashSet<>()).add(pair[1]);
            partners.computeIfAbsent(pair[1], k -> new LinkedHashSet<>()).add(pair[0]);
        }
        Map<String, String> named = new LinkedHashMap<>();
        partners.keySet().forEach(item -> named.put(item, labels.getOrDefault(item, item)));
        Map<String, Resolution> resolutions = resolver.resolve(named, partners);
        describe(out);
        Map<String, Item> items = new HashMap<>();
        named.forEach((item, label) -> items.put(item, new Item(item, label, resolutions.get(item),
            place(out, item, label, resolutions.get(item)))));
        Set<String> written = new HashSet<>();
        for (String[] pair : pairs) {
            twinning(out, items.get(pair[0]), items.get(pair[1]), written);
        }
    }

    /** An item of the pairs: its label, how it resolved, and the place that stands for it. */
    private record Item(String id, String label, Resolution resolution, Node place) {
    }

    private Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        read(names, bytes -> { }, List.of("item", "label"), (rows, row) ->
            labels.put(rows.require(row, "item", ITEM, "a Wikidata item such as Q1022"),
                rows.require(row, "label", "\\P{Cc}{1,300}", "a label of 1 to 300 characters without control characters")));
        return labels;
    }

    private List<String[]> pairs(LongConsumer bytesRead) {
        List<String[]> pairs = new ArrayList<>();
        read(input, bytesRead, List.of("item", "partner"), (rows, row) -> pairs.add(new String[] {
            rows.require(row, "item", ITEM, "a Wikidata item such as Q1022"),
            rows.require(row, "partner", ITEM, "a Wikidata item such as Q365")}));
        return pairs;
    }

    private static void read(Path file, LongConsumer bytesRead, List<String> columns, RowAction action) {
        CSVFormat tabs = CSVFormat.TDF.builder().setQuote(null).setHeader(columns.toArray(String[]::new)).get();
        try (Reader reader = Rows.utf8(CountedInput.of(Files.newInputStream(file), bytesRead));
             CSVParser parser = tabs.parse(reader)) {
            Rows rows = Rows.withoutHeader(parser, file.toString(), columns.size());
            rows.forEach(row -> action.accept(rows, row));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What to do with a row, given the rows for their checks. */
    private interface RowAction {
        void accept(Rows rows, org.apache.commons.csv.CSVRecord row);
    }

    private void describe(StreamRDF out) {
        describe(out, NodeFactory.createLiteralLang("Wikidata's twinned administrative bodies, P190 ("
            + input.getFileName() + ")", "en"), TERMS.licence().node(), PROPERTY);
    }

    /** The place an item stands for: resolved, or written as an unresolved place of its own. */
    private Node place(StreamRDF out, String item, String label, Resolution resolution) {
        Node entity = NodeFactory.createURI(Vocab.WIKIDATA_ENTITY + item);
        Node place = resolution.resolved() ? resolution.place().iri() : NodeFactory.createURI(CC.ID + "wikidata/" + item);
        if (!resolution.resolved()) {
            Twinnings.add(out, place, Vocab.RDF_TYPE, CC.UnresolvedPlace);
            Twinnings.add(out, place, Vocab.RDFS_LABEL, NodeFactory.createLiteralString(label));
        }
        Twinnings.add(out, place, Vocab.SKOS_EXACT_MATCH, entity);
        return place;
    }

    private void twinning(StreamRDF out, Item first, Item second, Set<String> written) {
        for (Item item : List.of(first, second)) {
            report.note(new ResolutionReport.Named(item.id(), item.label(), "", "", ""), item.resolution());
        }
        // the statement as Wikidata makes it, one way, so that one-sided statements can be found
        Twinnings.add(out, NodeFactory.createURI(Vocab.WIKIDATA_ENTITY + first.id()), Vocab.WIKIDATA_TWINNED,
            NodeFactory.createURI(Vocab.WIKIDATA_ENTITY + second.id()));
        if (first.place().equals(second.place())) {
            return;
        }
        String pair = Twinnings.pair(first.place(), second.place());
        boolean isNew = written.add(pair);
        report.pair(isNew);
        if (isNew) {
            Twinnings.write(out, pair, first.place(), second.place(), NodeFactory.createLiteralString(first.label()
                + " – " + second.label()));
        }
    }

    @Override
    public java.util.Optional<Licence.Terms> terms() {
        return java.util.Optional.of(TERMS);
    }
}
