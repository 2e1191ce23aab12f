package org.citycoop.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextDocProducer;
import org.apache.jena.query.text.TextDocProducerTriples;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.citycoop.ontology.Vocab;

/**
 * The Lucene index of labels, names and other names ({@code skos:altLabel}) (jena-text) that search reads. It is a component of TDB2's transactions, so
 * every write, whoever makes it, changes the index in the same commit; a store made before the index had one gets
 * it built from its labels when first opened. Words are matched from their start, ignoring case and accents; exact
 * words and short labels rank first.
 */
final class LabelIndex {
    private static final String FIELD = "label";
    /** Written once the index holds every label of the store: an index without it was left half-built. */
    private static final String COMPLETE = "complete";
    private final TextIndex index;
    private final boolean existed;
    private final Path complete;

    private LabelIndex(TextIndex index, boolean existed, Path complete) {
        this.index = index;
        this.existed = existed;
        this.complete = complete;
    }

    /**
     * The index in a store's folder ({@code labels/}), or in memory for a null folder. An index whose building from
     * the store's labels was cut short (the process stopped) is emptied, to be built again.
     */
    static LabelIndex open(Path folder) {
        try {
            if (folder == null) {
                return new LabelIndex(TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(), config()), false,
                    null);
            }
            Path labels = folder.resolve("labels");
            Path complete = labels.resolve(COMPLETE);
            Directory directory = FSDirectory.open(labels);
            boolean existed = DirectoryReader.indexExists(directory) && Files.exists(complete);
            if (!existed && Files.isDirectory(labels)) {
                PathUtils.cleanDirectory(labels);
            }
            return new LabelIndex(TextDatasetFactory.createLuceneIndex(directory, config()), existed, complete);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index of labels in " + folder, e);
        }
    }

    /** The dataset whose writes the index follows. */
    DatasetGraph indexing(DatasetGraph base) {
        DatasetGraph indexed = TextDatasetFactory.create(base, index, true, new Indexable(index));
        if (!existed) {
            Txn.executeWrite(indexed, () -> fill(base));
            markComplete();
        }
        return new LabelWrites(indexed, base, Set.copyOf(index.getDocDef().getPredicates(FIELD)));
    }

    private void markComplete() {
        if (complete != null) {
            try {
                Files.writeString(complete, "every label of the store is indexed\n");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot mark the index of labels complete in " + complete, e);
            }
        }
    }

    /**
     * Sends the writes of labels through jena-text and the others straight to the store, in the same transaction:
     * jena-text looks up every quad it is given before adding it, which for a quad it does not index is a lookup
     * for nothing (a tenth of a big import).
     */
    private static final class LabelWrites extends DatasetGraphWrapper {
        private final DatasetGraph store;
        private final Set<Node> indexed;

        LabelWrites(DatasetGraph text, DatasetGraph store, Set<Node> indexed) {
            super(text);
            this.store = store;
            this.indexed = indexed;
        }

        private DatasetGraph to(Node predicate) {
            return indexed.contains(predicate) || !predicate.isConcrete() ? getW() : store;
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            to(p).add(g, s, p, o);
        }

        @Override
        public void add(Quad quad) {
            to(quad.getPredicate()).add(quad);
        }

        @Override
        public void delete(Node g, Node s, Node p, Node o) {
            to(p).delete(g, s, p, o);
        }

        @Override
        public void delete(Quad quad) {
            to(quad.getPredicate()).delete(quad);
        }
    }

    /**
     * The label triples the index takes: Lucene refuses a term of more than 32,766 bytes, and a thing's IRI is one
     * term. A thing with an IRI (or a label) that long is stored but not found by search.
     */
    private static final class Indexable implements TextDocProducer {
        private static final int LONGEST = 8_000;
        private final TextDocProducerTriples delegate;

        Indexable(TextIndex index) {
            this.delegate = new TextDocProducerTriples(index);
        }

        static boolean fits(Node graph, Node subject, Node object) {
            return subject.isURI() && subject.getURI().length() <= LONGEST
                && (graph == null || !graph.isURI() || graph.getURI().length() <= LONGEST)
                && (!object.isLiteral() || object.getLiteralLexicalForm().length() <= LONGEST);
        }

        @Override
        public void start() {
            delegate.start();
        }

        @Override
        public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
            if (fits(g, s, o)) {
                delegate.change(action, g, s, p, o);
            }
        }

        @Override
        public void finish() {
            delegate.finish();
        }

        @Override
        public void reset() {
            delegate.reset();
        }
    }

    /** Indexes every label a store already holds: for stores made before they had the index. */
    private void fill(DatasetGraph base) {
        EntityDefinition definition = index.getDocDef();
        for (Node property : List.of(Vocab.RDFS_LABEL, Vocab.FOAF_NAME, Vocab.SKOS_ALT_LABEL)) {
            base.find(Node.ANY, Node.ANY, property, Node.ANY).forEachRemaining(quad -> {
                Entity entity = Indexable.fits(quad.getGraph(), quad.getSubject(), quad.getObject())
                    ? TextQueryFuncs.entityFromQuad(definition, quad) : null;
                if (entity != null) {
                    index.addEntity(entity);
                }
            });
        }
    }

    /**
     * The things whose labels match every word of {@code text} (each as the start of a word), best first, from the
     * graphs {@code visible} accepts. Call inside a transaction.
     */
    List<Node> search(String text, int limit, Predicate<Node> visible) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        String prefixes = String.join(" AND ", words.stream().map(w -> QueryParser.escape(w) + "*").toList());
        String exact = "\"" + QueryParser.escape(String.join(" ", words)) + "\"^4";
        String wanted = String.join(" ", words);
        // prefix matches all score alike: of a generous set of them, exact labels, then labels that start with the
        // query, then the rest come first, shorter before longer (the exact-word boost brings whole words forward)
        List<TextHit> hits = index.query(Vocab.RDFS_LABEL, "(" + prefixes + ") OR " + exact, null, null,
            limit * 20 + 100);
        Map<Node, Integer> best = new LinkedHashMap<>();
        for (TextHit hit : hits) {
            if (hit.getGraph() != null && !visible.test(hit.getGraph()) || hit.getLiteral() == null) {
                continue;
            }
            String label = String.join(" ", words(hit.getLiteral().getLiteralLexicalForm()));
            int rank = (label.equals(wanted) ? 0 : label.startsWith(wanted) ? 1 : 2) * 100_000
                + Math.min(label.length(), 99_999);
            best.merge(hit.getNode(), rank, Math::min);
        }
        return best.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(limit).map(Map.Entry::getKey)
            .toList();
    }

    /** Lower case, no accents, split into words. */
    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    private static TextIndexConfig config() throws IOException {
        EntityDefinition definition = new EntityDefinition("uri", FIELD, "graph", Vocab.RDFS_LABEL);
        definition.set(FIELD, Vocab.FOAF_NAME);
        // other names (GeoNames' alternate names: Köln, Moskau, 横浜) find their place too
        definition.set(FIELD, Vocab.SKOS_ALT_LABEL);
        definition.setUidField("uid");
        definition.setLangField("lang");
        Analyzer folding = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase")
            .addTokenFilter("asciiFolding").build();
        TextIndexConfig config = new TextIndexConfig(definition);
        config.setAnalyzer(folding);
        config.setQueryAnalyzer(folding);
        config.setValueStored(true);
        return config;
    }
}
