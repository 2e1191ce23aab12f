package org.citycoop.load.twins;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.citycoop.Resources;
import org.citycoop.load.gazetteer.Geometry;
import org.citycoop.load.resolve.Gazetteer;
import org.citycoop.load.resolve.GazetteerPlace;
import org.citycoop.load.resolve.PlaceResolver;
import org.citycoop.load.resolve.Resolution;
import org.citycoop.load.resolve.StoreGazetteer;
import org.citycoop.store.GraphStore;

/**
 * What the twin-town sources say differently, like Wikidata's constraint reports but across sources: for each two
 * sources of twinnings, the twinnings one states and the other does not; Wikidata's items that name a twin which
 * does not name them back (violations of P190's symmetric constraint); the places of the network that look like one
 * place split in two ({@link SameNamedPlaces}); and the names a table placed far from every place of that name in its
 * country (kept unresolved: the coordinates are wrong, or the gazetteer lacks the place).
 *
 * <pre>{@code
 * CrossSourceReport report = CrossSourceReport.of(store, 20);
 * }</pre>
 */
public final class CrossSourceReport {
    private static final Query SOURCES = query("twin-sources.rq");
    private static final String ONLY_IN_ONE = Resources.text(CrossSourceReport.class, "only-in-one.rq");
    private static final Query ONE_SIDED = query("one-sided.rq");
    private static final Query UNRESOLVED = query("unresolved-located.rq");
    private final List<TwinSource> sources = new ArrayList<>();
    private final List<Difference> differences = new ArrayList<>();
    private final List<Row> oneSided = new ArrayList<>();
    private final List<Row> far = new ArrayList<>();
    private final List<Row> sameNamed = new ArrayList<>();
    private long sameNamedCount;
    private long oneSidedCount;
    private long farCount;

    /** A source of twinnings: its graph, title and how many twinnings it states. */
    public record TwinSource(Node graph, String title, long twinnings) {
    }

    /** The twinnings {@code in} states and {@code notIn} does not: how many, and the first few. */
    public record Difference(TwinSource in, TwinSource notIn, long count, List<Row> first) {
    }

    /** One line of a list: the thing listed and what to say of it. */
    public record Row(Node iri, String text) {
    }

    private CrossSourceReport() {
    }

    /** Reads the report from the store, listing at most {@code limit} rows of each kind; call outside a transaction. */
    public static CrossSourceReport of(GraphStore store, int limit) {
        CrossSourceReport report = new CrossSourceReport();
        Gazetteer gazetteer = StoreGazetteer.read(store);
        store.read(() -> {
            store.select(SOURCES, row -> report.sources.add(new TwinSource(row.getResource("graph").asNode(),
                row.getLiteral("title").getLexicalForm(), row.getLiteral("twinnings").getLong())));
            for (TwinSource in : report.sources) {
                for (TwinSource notIn : report.sources) {
                    if (!in.equals(notIn)) {
                        report.differences.add(report.difference(store, in, notIn, limit));
                    }
                }
            }
            List<SameNamedPlaces.Pair> pairs = SameNamedPlaces.of(store, gazetteer);
            report.sameNamedCount = pairs.size();
            pairs.stream().limit(limit).forEach(pair -> report.sameNamed.add(new Row(pair.place(), String.format(
                "%s and <%s> share the name '%s'%s and are not linked as one place", "<" + pair.place().getURI() + ">",
                pair.other().getURI(), pair.name(), Double.isNaN(pair.kilometres()) ? ", the first has no coordinates"
                : String.format(", %.1f km apart,", pair.kilometres())))));
            store.select(ONE_SIDED, row -> {
                if (report.oneSidedCount++ < limit) {
                    report.oneSided.add(new Row(row.getResource("item").asNode(), text(row, "itemName", "item")
                        + " names " + text(row, "twinName", "twin") + " as its twin; " + text(row, "twinName", "twin")
                        + " does not name it back"));
                }
            });
            return null;
        });
        report.far(store, gazetteer, limit);
        return report;
    }

    private Difference difference(GraphStore store, TwinSource in, TwinSource notIn, int limit) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(ONLY_IN_ONE);
        query.setIri("in", in.graph().getURI());
        query.setIri("notIn", notIn.graph().getURI());
        List<Row> first = new ArrayList<>();
        long[] count = {0};
        store.select(query.asQuery(), row -> {
            if (count[0]++ < limit) {
                first.add(new Row(row.getResource("twinning").asNode(), row.getLiteral("label").getLexicalForm()));
            }
        });
        return new Difference(in, notIn, count[0], first);
    }

    /** The unresolved names whose places of that name in the country lie far from the coordinates the table gave. */
    private void far(GraphStore store, Gazetteer gazetteer, int limit) {
        PlaceResolver resolver = new PlaceResolver(gazetteer);
        store.read(() -> {
            store.select(UNRESOLVED, row -> {
                double[] point = Geometry.latLon(row.getLiteral("wkt").getLexicalForm()).orElse(null);
                String name = row.getLiteral("name").getLexicalForm();
                Resolution resolution = point == null ? null : resolver.resolve(name,
                    row.getLiteral("countryName").getLexicalForm(), point[0], point[1]);
                if (resolution != null && resolution.status() == Resolution.Status.AMBIGUOUS
                    && !resolution.candidates().isEmpty() && farCount++ < limit) {
                    GazetteerPlace nearest = resolution.candidates().get(0);
                    far.add(new Row(row.getResource("place").asNode(), String.format("%s (%s) is given at %.4f, %.4f; "
                        + "the nearest place of that name, %s, is %,.0f km away", name,
                        row.getLiteral("countryName").getLexicalForm(), point[0], point[1], nearest.iri().getURI(),
                        nearest.kilometresTo(point[0], point[1]))));
                }
            });
            return null;
        });
    }

    private static String text(QuerySolution row, String variable, String otherwise) {
        RDFNode node = row.get(variable);
        return node != null ? node.asLiteral().getLexicalForm() : "<" + row.getResource(otherwise).getURI() + ">";
    }

    public List<TwinSource> sources() {
        return sources;
    }

    public List<Difference> differences() {
        return differences;
    }

    public List<Row> oneSided() {
        return oneSided;
    }

    public long oneSidedCount() {
        return oneSidedCount;
    }

    /** Places of the network that share a name a few kilometres apart, not linked as one: the first few. */
    public List<Row> sameNamed() {
        return sameNamed;
    }

    public long sameNamedCount() {
        return sameNamedCount;
    }

    public List<Row> far() {
        return far;
    }

    public long farCount() {
        return farCount;
    }


    private static Query query(String name) {
        return QueryFactory.create(Resources.text(CrossSourceReport.class, name));
    }
}
