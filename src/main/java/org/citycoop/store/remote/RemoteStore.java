package org.citycoop.store.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.citycoop.Progress;
import org.citycoop.Resources;
import org.citycoop.store.GraphStore;
import org.citycoop.store.Inferencer;
import org.citycoop.store.SamePlaces;
import org.citycoop.store.Store;
import org.citycoop.store.StoredSource;

/**
 * A remote SPARQL 1.1 store read as CityCoop reads its own: the pages, the explorer, the map, exports and queries
 * over a store that a local store keeps a copy ({@link RemoteCopy}). Queries go to the store whole; what is known per
 * version of the data (which IRI stands for a place) is kept until the store's revision changes, looked up at most
 * once a second. Search matches labels by the start of their words, ignoring case, in the store itself.
 *
 * <pre>{@code
 * try (RemoteStore store = RemoteStore.open(new RemoteClient(endpoints, Retries.STANDARD))) {
 *     List<StoredSource> sources = store.read(store::sources);
 * }
 * }</pre>
 */
public final class RemoteStore implements GraphStore {
    private static final long REVISION_MILLIS = 1_000;
    private final RemoteClient client;
    private final RemoteDatasetGraph dataset;
    private final DatasetGraph served;
    private volatile Revision revision = new Revision("", 0, -1, null);

    /** The revision last read, when, and what was computed for it. */
    private record Revision(String text, long version, long readAt, SamePlaces places) {
    }

    private RemoteStore(RemoteClient client, Store local) {
        this.client = client;
        this.dataset = new RemoteDatasetGraph(client);
        this.served = local == null ? dataset : new CopyingDatasetGraph(dataset, local.curated());
    }

    /** Reads from the store at the client's endpoints; asks it once, so a store that does not answer is said so now. */
    public static RemoteStore open(RemoteClient client) {
        RemoteStore store = new RemoteStore(client, null);
        store.current();
        return store;
    }

    /**
     * Reads from the store at the client's endpoints, and takes writes (in write transactions on {@link #curated()})
     * through {@code local}, which is first made the remote store's copy as {@link RemoteCopy#attach} does: a new,
     * empty one starts as a copy of it. The caller closes {@code local} after this store.
     */
    public static RemoteStore openWritingThrough(RemoteClient client, Store local, Progress progress) {
        RemoteCopy.attach(local, client, progress);
        RemoteStore store = new RemoteStore(client, local);
        store.current();
        return store;
    }

    /** The remote store; in a write transaction, the local store that writes it, where a local one was given. */
    @Override
    public DatasetGraph curated() {
        return served;
    }

    @Override
    public Dataset curatedDataset() {
        return DatasetFactory.wrap(dataset);
    }

    @Override
    public Optional<DatasetGraph> withDrafts() {
        return Optional.empty();
    }

    @Override
    public <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    @Override
    public OptionalLong readVersion() {
        return OptionalLong.of(current().version());
    }

    @Override
    public SamePlaces samePlaces() {
        Revision now = current();
        if (now.places() == null) {
            now = new Revision(now.text(), now.version(), now.readAt(), SamePlaces.recorded(dataset));
            revision = now;
        }
        return now.places();
    }

    /** The store's revision, read again once it is older than a second. */
    private Revision current() {
        Revision known = revision;
        long now = System.currentTimeMillis();
        if (now - known.readAt() < REVISION_MILLIS && known.readAt() >= 0) {
            return known;
        }
        String text = RemoteCopy.revision(client).orElse("");
        Revision next = text.equals(known.text()) ? new Revision(text, known.version(), now, known.places())
            : new Revision(text, known.version() + 1, now, null);
        revision = next;
        return next;
    }

    @Override
    public List<Node> searchLabels(String text, int limit) {
        List<Node> found = new ArrayList<>();
        String[] words = text.strip().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        if (words.length == 0 || words[0].isEmpty()) {
            return found;
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(Resources.text(RemoteStore.class, "search.rq"));
        query.setLiteral("first", startOfWord(words[0]));
        client.select(query.asQuery()).forEachRemaining(row -> {
            String label = row.get("label").getLiteralLexicalForm().toLowerCase(java.util.Locale.ROOT);
            if (java.util.Arrays.stream(words).allMatch(w -> label.matches("(?s).*(^|[^\\p{L}\\p{N}])"
                    + java.util.regex.Pattern.quote(w) + ".*")) && !found.contains(row.get("thing"))) {
                found.add(row.get("thing"));
            }
        });
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /** A regular expression (XPath's, as SPARQL's REGEX has it) for a word at the start of a word. */
    private static String startOfWord(String word) {
        return "(^|[^\\p{L}\\p{N}])" + word.replaceAll("[\\\\.^$|?*+()\\[\\]{}-]", "\\\\$0");
    }

    @Override
    public List<StoredSource> sources() {
        return StoredSource.all(dataset);
    }

    @Override
    public long triples(StoredSource source) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Resources.text(RemoteStore.class, "count.rq"));
        query.setParam("graph", source.graph());
        Object count = client.select(query.asQuery()).next().get("triples").getLiteralValue();
        return count instanceof Number n ? n.longValue() : -1;
    }

    @Override
    public long inferredTriples() {
        return Inferencer.size(dataset);
    }

    @Override
    public String description() {
        return client.endpoints().describe();
    }

    @Override
    public void close() {
        // nothing held open: each request has its own connection from the client's pool
    }
}
