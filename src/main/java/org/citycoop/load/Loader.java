package org.citycoop.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.Progress;
import org.citycoop.load.LoadReport.Outcome;
import org.citycoop.load.LoadReport.SourceResult;
import org.citycoop.load.record.KeyIndex;
import org.citycoop.load.record.Provenance;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Ontology;
import org.citycoop.store.Store;
import org.citycoop.store.StoredFile;
import org.citycoop.store.StoredSource;

/**
 * Loads record files and RDF files into a {@link Store}, and takes sources out of it: parse every file, resolve
 * references, write each changed source into its own named graph with its provenance, validate the whole store
 * against the shapes, and commit (the store derives the inferred graph as it commits). One transaction: a load
 * that fails anywhere writes nothing. A source's key belongs to one file: another file with the same key is
 * refused unless the user says it replaces it.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("store"))) {
 *     LoadReport report = Loader.builder().store(store).build().load(List.of(Path.of("data")));
 * }
 * }</pre>
 */
public final class Loader {
    private final Store store;
    private final Ontology ontology;
    private final boolean trial;
    private final Progress progress;
    private final String onlyMethod;
    private final boolean replace;
    private final boolean prune;
    private final boolean fullCheck;
    private final SourceTexts texts;

    private Loader(Builder builder) {
        this.replace = builder.replace;
        this.prune = builder.prune;
        this.fullCheck = builder.fullCheck;
        this.texts = builder.texts;
        this.onlyMethod = builder.onlyMethod;
        this.store = builder.store;
        this.ontology = builder.ontology;
        this.trial = builder.trial;
        this.progress = builder.progress;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads the files under the given paths (files, or folders read recursively). Sources loaded earlier from one
     * of the folders whose files are gone are reported, and with {@link Builder#prune(boolean)} removed.
     */
    public LoadReport load(List<Path> paths) {
        List<Path> files = SourceFiles.expand(paths);
        List<Path> folders = paths.stream().filter(Files::isDirectory).map(p -> p.toAbsolutePath().normalize()).toList();
        // one transaction from the first look at the stored sources to the commit: what the files are compared with
        // is what they are written over, and the paths and stamps of all stored sources are read once
        return committed(store.write(progress, () -> {
            // a folder's stored files are all needed, to find those that are gone; single files are looked up
            List<StoredFile> stored = folders.isEmpty() ? List.of() : store.sourceFiles();
            Map<String, StoredFile> byPath = trial ? Map.of() : byPath(folders.isEmpty() ? storedOfFiles(files) : stored);
            List<Source> sources = new ArrayList<>();
            Map<Node, String> stamps = new HashMap<>();
            try (Progress.Phase reading = progress.phase("reading", files.size(), " files")) {
                for (Path file : files) {
                    sources.add(readIfChanged(file, byPath, stamps, reading));
                    reading.stepBy(1);
                }
            }
            check(sources);
            return run(sources, folders, stamps, stored);
        }));
    }

    /** The file's source, parsed, or the stored one when the file is unchanged since it was loaded. */
    private Source readIfChanged(Path file, Map<String, StoredFile> stored, Map<Node, String> stamps,
            Progress.Phase reading) {
        // the stamp is taken before the file is read: a change made while reading shows at the next load
        String stamp = SourceFiles.stamp(file, ontology) + texts.stamp();
        StoredFile earlier = stored.get(file.toAbsolutePath().normalize().toString());
        boolean noTexts = texts == SourceTexts.none();
        if (earlier != null && (stamp.equals(earlier.stamp()) || noTexts && sameDigest(file, earlier))) {
            return unchanged(file, earlier);
        }
        reading.at(file.toString());
        // the parsed records are dropped once their keys are known, and read again when written
        Source parsed = SourceFiles.read(file, ontology);
        Source source = new SourceOutline(parsed, ontology, parsed.textDigest().flatMap(texts::text).orElse(null));
        if (earlier != null && !noTexts && sameDigest(source, earlier)) {
            return unchanged(file, earlier);
        }
        stamps.put(source.graph(), stamp);
        return source;
    }

    private Source unchanged(Path file, StoredFile earlier) {
        return new UnchangedSource(earlier.graph(), file.toString(), () -> store.source(earlier.graph()));
    }

    /**
     * Whether a source read again is the one stored: the same file, with its text if it has it now. A source whose
     * text is not at hand now keeps the words it was stored with.
     */
    private boolean sameDigest(Source source, StoredFile earlier) {
        StoredSource stored = store.source(earlier.graph());
        return stored != null && (source.digest().equals(stored.digest())
            || source.digest().equals(SourceOutline.withoutText(stored.digest())));
    }

    /**
     * Whether a file whose size or time changed still has the bytes of the stored source (it was only touched). A
     * source stored with its text stays so: a load without the texts at hand does not take the words away.
     */
    private boolean sameDigest(Path file, StoredFile earlier) {
        StoredSource source = store.source(earlier.graph());
        return source != null
            && SourceFiles.digest(file, ontology).equals(SourceOutline.withoutText(source.digest()));
    }

    /** The stored sources of these files, looked up by their paths. */
    private List<StoredFile> storedOfFiles(List<Path> files) {
        return files.stream().flatMap(f -> store.sourcesFromPath(f.toAbsolutePath().normalize().toString()).stream())
            .map(StoredFile::of).toList();
    }

    /** Stored sources by their file's path: a file with an unchanged stamp or digest need not be parsed again. */
    private static Map<String, StoredFile> byPath(List<StoredFile> stored) {
        Map<String, StoredFile> byPath = new HashMap<>();
        for (StoredFile source : stored) {
            if (source.path() != null) {
                byPath.putIfAbsent(source.path(), source);
            }
        }
        return byPath;
    }

    /** Loads sources read by the caller, such as gazetteers, in one transaction. */
    public LoadReport loadSources(List<Source> sources) {
        check(sources);
        return committed(store.write(progress, () -> run(sources, List.of(), Map.of(), List.of())));
    }

    /**
     * Takes sources out of the store, with everything derived from them, in one transaction. Each name is a
     * source's key, its graph IRI, or its file (as it was named, or its path). The store left behind must still
     * conform to the shapes: a source others depend on is refused.
     */
    public LoadReport remove(List<String> names) {
        LoadReport report = store.write(progress, () -> {
            List<SourceResult> results = new ArrayList<>();
            TouchedNodes touched = fullCheck ? TouchedNodes.everything() : TouchedNodes.none();
            for (StoredSource source : SourceNames.resolve(names, store.sources())) {
                progress.note("removing " + source.key());
                results.add(removed(source));
                removeGraph(source.graph(), touched);
            }
            return finish(results, nodes -> Provenance.none(), touched);
        });
        return committed(report);
    }

    /**
     * Checks the whole store against the shapes and derives the inferred graph again from scratch, in one
     * transaction; what a load does for the nodes it touches, done for all.
     */
    public LoadReport checkAll() {
        return committed(store.write(progress, () -> {
            store.deriveAllAtCommit();
            return finish(new ArrayList<>(), nodes -> Provenance.none(), TouchedNodes.everything());
        }), true);
    }

    /** Refuses sources that may not be loaded together, or at all by this loader. */
    private void check(List<Source> sources) {
        SourceChecks.distinctKeys(sources);
        for (Source source : sources) {
            SourceChecks.notReserved(source);
            SourceChecks.ofMethod(source, onlyMethod);
        }
    }

    /** The report with the size of the inferred graph that the commit derived. */
    private LoadReport committed(LoadReport report) {
        return committed(report, report.changedAnything());
    }

    private LoadReport committed(LoadReport report, boolean derived) {
        return report.committed() && derived ? report.withInferred(store.read(store::inferredTriples)) : report;
    }

    /**
     * Writes the changed sources, in the write transaction. {@code storedFiles} are the sources the store held from
     * files before, when folders are loaded (to find files that are gone); the stored sources of the graphs being
     * written are looked up one by one.
     */
    private LoadReport run(List<Source> sources, List<Path> folders, Map<Node, String> stamps,
            List<StoredFile> storedFiles) {
        DatasetGraph dataset = store.dataset();
        Map<Node, StoredSource> stored = storedOf(sources);
        // a trial load checks every file it is given, changed or not
        List<Source> changed = trial ? sources : sources.stream().filter(s -> isChanged(s, stored)).toList();
        SourceChecks.noCollisions(changed, stored, replace);
        Set<Node> changedGraphs = changed.stream().map(Source::graph).collect(Collectors.toSet());
        boolean ontologyChanged = syncOntology(dataset);
        // with the ontology changed, every node may conform differently: everything is checked
        TouchedNodes touched = ontologyChanged || fullCheck ? TouchedNodes.everything() : TouchedNodes.none();
        List<SourceResult> results = new ArrayList<>(goneFrom(storedFiles, folders, sources, touched));
        boolean pruned = results.stream().anyMatch(r -> r.outcome() == Outcome.REMOVED);
        if (changed.isEmpty() && !ontologyChanged && !pruned) {
            sources.forEach(s -> results.add(new SourceResult(s.file(), s.graph().getURI(), Outcome.UNCHANGED, 0)));
            dataset.abort();
            return new LoadReport(results, -1, !trial);
        }
        KeyIndex keys = StoredKeys.index(store, ontology, sources);
        sources.forEach(s -> {
            if (s instanceof SourceOutline outline) {
                outline.indexed();
            }
        });
        Provenance provenance = Provenance.none();
        StreamRDF sink = StreamRDFLib.dataset(dataset);
        try (Progress.Phase writing = progress.bytes("loading", changed.stream().mapToLong(Source::size).sum())) {
            for (Source source : sources) {
                if (!changedGraphs.contains(source.graph())) {
                    results.add(new SourceResult(source.file(), source.graph().getURI(), Outcome.UNCHANGED, 0));
                    continue;
                }
                writing.at(source.file() + " into the store's graph " + source.key());
                boolean existed = stored.containsKey(source.graph());
                removeGraph(source.graph(), touched);
                IntoGraph into = new IntoGraph(sink, source);
                source.emit(into, keys, provenance, writing::stepBy);
                into.describeGraph(stamps.get(source.graph()));
                touched.addSubjectsOf(dataset.getGraph(source.graph()));
                // a trial checks an unchanged file too, and says it is the one the store holds
                Outcome outcome = !existed ? Outcome.LOADED : isChanged(source, stored) ? Outcome.REPLACED
                    : Outcome.UNCHANGED;
                results.add(new SourceResult(source.file(), source.graph().getURI(), outcome, into.triples()));
            }
        }
        return finish(results, nodes -> positions(nodes, changed, keys), touched);
    }

    /**
     * Where the records of these nodes are: the changed sources whose graphs hold them are emitted again, to nowhere,
     * noting only these nodes' positions.
     */
    private Provenance positions(Set<Node> nodes, List<Source> changed, KeyIndex keys) {
        Provenance found = Provenance.of(nodes);
        DatasetGraph dataset = store.dataset();
        for (Source source : changed) {
            Node graph = source.graph();
            if (nodes.stream().anyMatch(node -> dataset.find(graph, node, Node.ANY, Node.ANY).hasNext())) {
                source.emit(StreamRDFLib.sinkNull(), keys, found);
            }
        }
        return found;
    }


    /**
     * Checks what the transaction leaves behind against the shapes, then rolls a trial back. The check reads the
     * sources' statements without the inferred graph: it follows from premises that may be gone, and the commit
     * brings it up to date.
     */
    private LoadReport finish(List<SourceResult> results, Validator.Positions positions, TouchedNodes touched) {
        DatasetGraph dataset = store.dataset();
        if (fullCheck) {
            store.deriveAllAtCommit();
        }
        Validator validator = new Validator(ontology);
        // the changed nodes are counted beforehand, so their check shows how far it is
        long total = touched.isEverything() ? -1 : touched.nodes().size();
        try (Progress.Phase validating = progress.phase("validating", total, " nodes")) {
            validating.at(touched.isEverything() ? "everything against the shapes"
                : "the changed nodes against the shapes");
            if (touched.isEverything()) {
                validator.check(store.premises(), positions, validating);
            } else {
                validator.check(store.premises(), positions, touched.nodes(), validating);
            }
        }
        if (trial) {
            dataset.abort();
        }
        return new LoadReport(results, -1, !trial);
    }

    /** Whether a source is new to its graph or has other bytes than the stored source there. */
    private static boolean isChanged(Source source, Map<Node, StoredSource> stored) {
        if (source instanceof UnchangedSource) {
            return false;
        }
        StoredSource earlier = stored.get(source.graph());
        return earlier == null || !source.digest().equals(earlier.digest());
    }

    /** The stored sources whose graphs these sources, other than unchanged ones, are loaded into, by graph. */
    private Map<Node, StoredSource> storedOf(List<Source> sources) {
        Map<Node, StoredSource> stored = new HashMap<>();
        for (Source source : sources) {
            StoredSource found = source instanceof UnchangedSource ? null : store.source(source.graph());
            if (found != null) {
                stored.put(found.graph(), found);
            }
        }
        return stored;
    }

    /** Sources loaded earlier from one of the folders, whose files no longer give them; removed when pruning. */
    private List<SourceResult> goneFrom(List<StoredFile> stored, List<Path> folders, List<Source> sources,
            TouchedNodes touched) {
        Set<Node> loading = sources.stream().map(Source::graph).collect(Collectors.toSet());
        List<SourceResult> gone = new ArrayList<>();
        for (StoredFile file : stored) {
            boolean inFolder = file.path() != null && folders.stream().anyMatch(f -> Path.of(file.path()).startsWith(f));
            StoredSource source = !inFolder || loading.contains(file.graph()) ? null : store.source(file.graph());
            if (source == null) {
                continue;
            }
            if (prune) {
                progress.note("removing " + source.key() + ": " + source.file() + " is gone");
                gone.add(removed(source));
                removeGraph(source.graph(), touched);
            } else {
                gone.add(new SourceResult(source.file(), source.graph().getURI(), Outcome.GONE, 0));
            }
        }
        return gone;
    }

    /** Removes a graph, noting the nodes it held as touched (unless everything is to be checked). */
    private void removeGraph(Node graph, TouchedNodes touched) {
        touched.addSubjectsOf(store.dataset().getGraph(graph));
        store.dataset().removeGraph(graph);
    }

    /** The outcome of removing a source, with the size of its graph: call before removing it. */
    private SourceResult removed(StoredSource source) {
        return new SourceResult(source.file(), source.graph().getURI(), Outcome.REMOVED, store.triples(source));
    }

    /** Puts the ontology, schemes and shapes in their graph when the store lacks them or has another version. */
    private boolean syncOntology(DatasetGraph dataset) {
        Node graph = CC.ONTOLOGY_GRAPH;
        boolean current = dataset.contains(graph, graph, CC.contentDigest,
            org.apache.jena.graph.NodeFactory.createLiteralString(ontology.digest()));
        if (current) {
            return false;
        }
        dataset.removeGraph(graph);
        dataset.prefixes().putAll(org.citycoop.store.Exporter.prefixes());
        ontology.terms().find().forEachRemaining(t -> dataset.add(Quad.create(graph, t)));
        dataset.add(graph, graph, CC.contentDigest, org.apache.jena.graph.NodeFactory.createLiteralString(ontology.digest()));
        return true;
    }

    /** Configures a {@link Loader}. */
    public static final class Builder {
        private Store store;
        private Ontology ontology = Ontology.load();
        private boolean trial;
        private Progress progress = Progress.NONE;
        private String onlyMethod;
        private boolean replace;
        private boolean prune;
        private boolean fullCheck;
        private SourceTexts texts = SourceTexts.none();

        /**
         * Checks the whole store against the shapes, not only the nodes the change touched, and derives the inferred
         * graph from scratch, not only what the change affects.
         */
        public Builder fullCheck(boolean fullCheck) {
            this.fullCheck = fullCheck;
            return this;
        }

        /** Lets a source take the place of a stored source of the same key that came from another file. */
        public Builder replace(boolean replace) {
            this.replace = replace;
            return this;
        }

        /** Removes the sources loaded earlier from a folder being loaded whose files are gone. */
        public Builder prune(boolean prune) {
            this.prune = prune;
            return this;
        }

        /** Loads only sources of this method ("extracted"), refusing the rest; null for any. */
        public Builder onlyMethod(String method) {
            this.onlyMethod = method;
            return this;
        }

        public Builder store(Store store) {
            this.store = store;
            return this;
        }

        public Builder ontology(Ontology ontology) {
            this.ontology = ontology;
            return this;
        }

        /** A trial load checks everything a load checks, then rolls back: the store is left as it was. */
        public Builder trial(boolean trial) {
            this.trial = trial;
            return this;
        }

        /** Where the texts of sources are, so that their excerpts keep their words; none by default. */
        public Builder texts(SourceTexts texts) {
            this.texts = texts;
            return this;
        }

        /** Where the load reports its phases (reading, writing, validating, inferring) and notes. */
        public Builder progress(Progress progress) {
            this.progress = progress;
            return this;
        }

        public Loader build() {
            if (store == null) {
                throw new IllegalStateException("Loader.Builder: store(...) is required");
            }
            if (ontology == null) {
                throw new IllegalStateException("Loader.Builder: ontology(...) must not be null");
            }
            if (progress == null) {
                throw new IllegalStateException("Loader.Builder: progress(...) must not be null");
            }
            if (texts == null) {
                throw new IllegalStateException("Loader.Builder: texts(...) must not be null; give SourceTexts.none()");
            }
            return new Loader(this);
        }
    }
}
