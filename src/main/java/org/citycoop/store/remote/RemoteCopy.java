package org.citycoop.store.remote;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSet;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.Progress;
import org.citycoop.Resources;
import org.citycoop.ontology.CC;
import org.citycoop.store.Publisher;
import org.citycoop.store.Store;
import org.citycoop.store.WrittenGraphs;

/**
 * A remote SPARQL 1.1 store kept a copy of a local store: the local store is where loads are read, checked against
 * the shapes and derived from; every write that commits there is sent to the remote store first (graphs changed
 * as a whole by the Graph Store Protocol, through staging graphs; single quads by SPARQL Update), and a write the
 * remote store does not take is not committed locally either. The remote store keeps the revision of the last
 * write in a graph of its own, and the local store remembers it ({@link CopyRecord}): a remote store that another
 * writer changed since is refused rather than overwritten. A new, empty local store starts as a copy of the remote
 * store ({@link RemotePull}).
 *
 * <pre>{@code
 * RemoteCopy copy = RemoteCopy.attach(store, new RemoteClient(endpoints, Retries.STANDARD), progress);
 * Loader.builder().store(store).build().load(paths);   // loads into both
 * }</pre>
 */
public final class RemoteCopy implements Publisher {
    /** How many quads of a graph one write sends one by one before it sends the graph whole. */
    static final int LISTED_PER_GRAPH = 10_000;
    private final RemoteClient client;
    private final CopyRecord record;
    private final GraphUploads uploads;
    private String expected;
    private String sent;

    private final Store store;

    private RemoteCopy(Store store, RemoteClient client, CopyRecord record, String expected, long part) {
        this.store = store;
        this.client = client;
        this.record = record;
        this.uploads = new GraphUploads(client, part);
        this.expected = expected;
    }

    /**
     * Makes the remote store a copy of {@code store} from now on. A remote store that holds no CityCoop graphs gets
     * the whole store first; one that holds what this store last wrote there is taken as it is; any other is refused.
     */
    public static RemoteCopy attach(Store store, RemoteClient client, Progress progress) {
        return attach(store, client, progress, GraphUploads.PART);
    }

    /** As {@link #attach(Store, RemoteClient, Progress)}, sending at most {@code part} triples per upload request. */
    static RemoteCopy attach(Store store, RemoteClient client, Progress progress, long part) {
        CopyRecord record = CopyRecord.of(store, client.endpoints());
        Optional<String> remote = revision(client);
        Optional<String> known = record.revision();
        if (remote.isPresent() && known.isEmpty() && store.isEmpty()) {
            // a new local store for a copy another store wrote: it starts as that copy
            RemotePull.into(store, client, progress);
            record.save(remote.get(), store.writes());
            known = remote;
        }
        RemoteCopy copy = new RemoteCopy(store, client, record, remote.orElse(null), part);
        store.publishTo(copy, LISTED_PER_GRAPH);
        if (remote.isEmpty() && known.isEmpty()) {
            if (!graphs(client).isEmpty()) {
                throw diverged(client, "it holds CityCoop graphs that no copy wrote");
            }
            progress.note("copying the whole store to " + client.endpoints().describe());
            store.publishEverything(progress);
        } else if (remote.isEmpty() || !remote.equals(known)) {
            throw diverged(client, remote.isEmpty() ? "its CityCoop graphs are gone"
                : known.isEmpty() ? "this store (" + store.description() + ") never wrote to it"
                : "another writer changed it since this store (" + store.description() + ") last wrote to it");
        } else if (record.writes() != store.writes() || store.writes() < 0) {
            // the store was written without the copy (a load without --target, analyze, a write over HTTP)
            progress.note("this store changed since it last wrote to " + client.endpoints().describe()
                + ": copying the whole store there again");
            store.publishEverything(progress);
        }
        return copy;
    }

    @Override
    public void publish(DatasetGraph curated, WrittenGraphs written, Progress progress) {
        if (!written.outside().isEmpty()) {
            throw new CityCoopException(ErrorId.REMOTE_NOT_KEPT, "the write changes " + written.outside().stream()
                .map(g -> Quad.isDefaultGraph(g) ? "the default graph" : "<" + g + ">").sorted().toList()
                + ", which the copy in " + client.endpoints().describe() + " does not keep: it keeps the named graphs "
                + "under " + CC.GRAPH + " only; nothing was written");
        }
        Optional<String> remote = revision(client);
        if (!remote.equals(Optional.ofNullable(expected))) {
            throw diverged(client, "another writer changed it while this load ran");
        }
        Publication publication = new Publication(curated);
        Set<Node> whole = written.isEverything() ? everyGraph(curated) : written.wholeGraphs();
        try (Progress.Phase sending = progress.phase("sending to the remote store", -1, " triples")) {
            sending.at(client.endpoints().describe());
            publication.dropLeftovers(leftovers(client));
            publication.stageWhole(whole, uploads, sending, client);
            publication.list(written.listedQuads());
            client.update(publication.update());
        } catch (RuntimeException e) {
            dropStaging(publication, e);
            throw e;
        }
        dropStaging(publication, null);
        sent = publication.revision();
        progress.note("sent to " + client.endpoints().describe() + ": " + publication.summary(written));
    }

    @Override
    public void committed() {
        expected = sent;
        record.save(sent, store.writes());
    }

    /** Every graph of the local store, and every CityCoop graph of the remote one (those gone are dropped). */
    private Set<Node> everyGraph(DatasetGraph curated) {
        Set<Node> graphs = new HashSet<>(graphs(client));
        Iterator<Node> local = curated.listGraphNodes();
        local.forEachRemaining(graphs::add);
        graphs.removeIf(g -> !g.isURI() || !g.getURI().startsWith(CC.GRAPH) || g.equals(Publication.GRAPH)
            || g.equals(CC.RETRACTING_GRAPH));
        return graphs;
    }

    private void dropStaging(Publication publication, RuntimeException failure) {
        if (!publication.hasStaging()) {
            return;
        }
        try {
            client.update(publication.cleanUp());
        } catch (CityCoopException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
            // left behind, the staging graphs hold nothing anyone reads; the next copy of everything drops them
        }
    }

    static Optional<String> revision(RemoteClient client) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Resources.text(RemoteCopy.class, "revision.rq"));
        query.setParam("publication", Publication.GRAPH);
        RowSet rows = client.select(query.asQuery());
        return rows.hasNext() ? Optional.of(rows.next().get("revision").getLiteralLexicalForm()) : Optional.empty();
    }

    /** The staging graphs failed writes left behind, as the revision's graph records them. */
    static Set<Node> leftovers(RemoteClient client) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Resources.text(RemoteCopy.class, "staging.rq"));
        query.setParam("publication", Publication.GRAPH);
        Set<Node> graphs = new HashSet<>();
        client.select(query.asQuery()).forEachRemaining(row -> graphs.add(row.get("staging")));
        return graphs;
    }

    static Set<Node> graphs(RemoteClient client) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Resources.text(RemoteCopy.class, "graphs.rq"));
        query.setLiteral("base", CC.GRAPH);
        Set<Node> graphs = new HashSet<>();
        client.select(query.asQuery()).forEachRemaining(row -> graphs.add(row.get("graph")));
        graphs.remove(Publication.GRAPH);
        return graphs;
    }

    private static CityCoopException diverged(RemoteClient client, String why) {
        return new CityCoopException(ErrorId.REMOTE_DIVERGED, "the store at " + client.endpoints().describe()
            + " is not a copy of this store: " + why + "; write to it from the store folder that last wrote to it, or"
            + " from a new, empty one (--store), which starts as a copy of it");
    }
}
