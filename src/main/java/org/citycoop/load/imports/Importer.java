package org.citycoop.load.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citycoop.Progress;
import org.citycoop.Sha256;
import org.citycoop.load.LoadReport;
import org.citycoop.load.Loader;
import org.citycoop.load.Source;
import org.citycoop.load.SourceFiles;
import org.citycoop.load.gazetteer.GazetteerFormat;
import org.citycoop.load.gazetteer.GazetteerSource;
import org.citycoop.load.gazetteer.Links;
import org.citycoop.load.gazetteer.PlaceMatcher;
import org.citycoop.load.gazetteer.UnitIndex;
import org.citycoop.load.resolve.Gazetteer;
import org.citycoop.load.resolve.GazetteerMatcher;
import org.citycoop.load.resolve.NamesakeNearby;
import org.citycoop.load.resolve.PartnerResolver;
import org.citycoop.load.resolve.PlaceResolver;
import org.citycoop.load.resolve.StoreGazetteer;
import org.citycoop.load.resolve.StoreUnits;
import org.citycoop.load.twins.TwinTownSource;
import org.citycoop.load.twins.WikidataTwinSource;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Ontology;
import org.citycoop.store.Store;

/**
 * Imports public tables into a store as they are published: gazetteers, Wikipedia's lists of twin towns and
 * Wikidata's twinned administrative bodies. Each file becomes a source with its own graph. What a file links to is
 * read from the store first: gazetteers are imported one file at a time, units before the places they hold
 * ({@link GazetteerFormat}'s order), so that each file's places lie in the units of the files before it; twin-town
 * tables resolve their names among the places the store holds.
 *
 * <pre>{@code
 * Importer importer = Importer.builder().store(store).progress(progress).build();
 * importer.gazetteers(List.of(naturalEarth, geonames));
 * Imported twins = importer.twinTowns(List.of(wikipedia));
 * }</pre>
 */
public final class Importer {
    private final Store store;
    private final Progress progress;
    private final boolean replace;
    private final Ontology ontology = Ontology.load();
    /** GeoNames' places, once read in an import of gazetteers; forgotten when a GeoNames file is imported. */
    private Gazetteer geonames;

    private Importer(Builder builder) {
        this.store = builder.store;
        this.progress = builder.progress;
        this.replace = builder.replace;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Imports gazetteers, units first, each file committed before the next is read. */
    public Imported gazetteers(List<Path> files) {
        geonames = null;
        List<GazetteerSource> ordered = files.stream().map(file -> new GazetteerSource(file, "unread"))
            .sorted(Comparator.comparing(GazetteerSource::format)).toList();
        List<LoadReport> reports = new ArrayList<>();
        for (GazetteerSource file : ordered) {
            Path path = Path.of(file.file());
            Links links = links(file.format(), file.graph());
            String digest = SourceFiles.digest(path, ontology);
            reports.add(load(List.of(new GazetteerSource(path, links == Links.NONE ? digest
                : Sha256.of(digest + links.fingerprint()), links))));
            if (file.format() == GazetteerFormat.GEONAMES_DUMP || file.format() == GazetteerFormat.GEONAMES_CITIES) {
                geonames = null;
            }
        }
        return new Imported(merged(reports), List.of());
    }

    /** What a gazetteer's places are linked to in the store: the units they lie in, the same places elsewhere. */
    private Links links(GazetteerFormat format, Node graph) {
        return switch (format) {
            case GEONAMES_DUMP, GEONAMES_CITIES, NATURAL_EARTH_ADMIN1, COUNTRYSTATECITY_STATES, JAPANESE_PREFECTURES ->
                new Links(units(graph), PlaceMatcher.NONE);
            case COUNTRYSTATECITY_CITIES, INDONESIAN_REGENCIES -> new Links(units(graph), new NamesakeNearby(geonames()));
            case JAPANESE_MUNICIPALITIES -> new Links(UnitIndex.NONE, GazetteerMatcher.of(geonames(), "Japan"));
            default -> Links.NONE;
        };
    }

    private UnitIndex units(Node graph) {
        StoreUnits units = StoreUnits.read(store, graph);
        progress.note(units.size() == 0 ? "the store holds no units (import Natural Earth's admin-1 units first): "
            + "places lie directly within their countries" : String.format("placing the places in the units of "
            + "%,d codes the store holds", units.size()));
        return units;
    }

    /**
     * GeoNames' places of the store, read once for all the files of an import that link to them (the lists after
     * GeoNames' own files change none of them).
     */
    private Gazetteer geonames() {
        if (geonames == null) {
            geonames = StoreGazetteer.readOf(store, CC.ID + "geonames/", null);
        }
        progress.note(geonames.size() == 0 ? "the store holds no GeoNames places: the places are not linked to them; "
            + "import GeoNames, then this list again, to link them"
            : String.format("linking the places to the %,d GeoNames places of the store", geonames.size()));
        return geonames;
    }

    /** Imports Wikipedia's lists of twin towns, resolving their names among the places of the store. */
    public Imported twinTowns(List<Path> files) {
        Gazetteer gazetteer = gazetteer(null);
        PlaceResolver resolver = new PlaceResolver(gazetteer);
        List<Source> sources = new ArrayList<>();
        for (Path file : files) {
            // the same table resolved against other places is another source
            sources.add(new TwinTownSource(file, Sha256.of(SourceFiles.digest(file, ontology) + PlaceResolver.RULES
                + gazetteer.placesFingerprint()), resolver));
        }
        LoadReport report = load(sources);
        return new Imported(report, sources.stream().map(source -> new Imported.Resolved(source.file(),
            ((TwinTownSource) source).report())).toList());
    }

    /** Imports Wikidata's twinned administrative bodies (pairs of items, and the items' labels). */
    public Imported wikidata(List<Path> relations, Path names) {
        String namesDigest = SourceFiles.digest(names, ontology);
        List<Source> sources = new ArrayList<>();
        for (Path file : relations) {
            // a source imported again is no evidence for itself: its earlier twinnings and items are left out
            Gazetteer gazetteer = gazetteer(NodeFactory.createURI(CC.GRAPH + WikidataTwinSource.keyOf(file)));
            sources.add(new WikidataTwinSource(file, names, Sha256.of(SourceFiles.digest(file, ontology) + namesDigest
                + PlaceResolver.RULES + gazetteer.fingerprint()),
                new PartnerResolver(new PlaceResolver(gazetteer), gazetteer)));
        }
        LoadReport report = load(sources);
        return new Imported(report, sources.stream().map(source -> new Imported.Resolved(source.file(),
            ((WikidataTwinSource) source).report())).toList());
    }

    private Gazetteer gazetteer(Node except) {
        Gazetteer gazetteer = StoreGazetteer.read(store, except);
        progress.note(String.format("resolving names among %,d places of the store", gazetteer.size()));
        return gazetteer;
    }

    private LoadReport load(List<Source> sources) {
        return Loader.builder().store(store).replace(replace).progress(progress).build().loadSources(sources);
    }

    private static LoadReport merged(List<LoadReport> reports) {
        List<LoadReport.SourceResult> sources = new ArrayList<>();
        reports.forEach(report -> sources.addAll(report.sources()));
        // the size of the inferred graph after the last load that changed it
        long inferred = reports.stream().mapToLong(LoadReport::inferred).filter(n -> n >= 0)
            .reduce((first, last) -> last).orElse(-1);
        return new LoadReport(sources, inferred, reports.stream().allMatch(LoadReport::committed));
    }

    /** Builds an {@link Importer}; {@link #build()} checks that a store is given. */
    public static final class Builder {
        private Store store;
        private Progress progress = Progress.NONE;
        private boolean replace;

        private Builder() {
        }

        /** The store imported into. */
        public Builder store(Store store) {
            this.store = store;
            return this;
        }

        /** Where the phases of each load and the notes of what the store holds are reported. */
        public Builder progress(Progress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /** Whether a file may take the place of a stored source of the same key that came from another file. */
        public Builder replace(boolean replace) {
            this.replace = replace;
            return this;
        }

        public Importer build() {
            if (store == null) {
                throw new IllegalStateException("Importer.builder(): no store given: call store(...) before build()");
            }
            return new Importer(this);
        }
    }
}
