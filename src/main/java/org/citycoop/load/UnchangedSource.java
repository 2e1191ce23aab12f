package org.citycoop.load;

import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.citycoop.load.record.Definition;
import org.citycoop.load.record.KeyIndex;
import org.citycoop.load.record.Provenance;
import org.citycoop.ontology.CC;
import org.citycoop.store.StoredSource;

/**
 * A file whose bytes (and the loader and ontology they were loaded with) have the digest of the source the store
 * holds from that very file, or whose size and time have not changed since: it is not parsed again. Its keys are
 * those already in the store. The rest of the stored source's description is read only if asked for: a folder of a
 * hundred thousand files is mostly unchanged ones.
 *
 * @param graph  the stored source's graph
 * @param file   the file as the user named it now
 * @param stored the stored source's description, read when called
 */
record UnchangedSource(Node graph, String file, Supplier<StoredSource> stored) implements Source {

    @Override
    public String key() {
        String iri = graph.getURI();
        return iri.startsWith(CC.GRAPH) ? iri.substring(CC.GRAPH.length()) : iri;
    }

    @Override
    public String digest() {
        return stored.get().digest();
    }

    @Override
    public String method() {
        return stored.get().method();
    }

    @Override
    public List<Definition> definitions() {
        return List.of();
    }

    @Override
    public void emit(org.apache.jena.riot.system.StreamRDF out, KeyIndex keys, Provenance provenance,
            java.util.function.LongConsumer bytesRead) {
        throw new IllegalStateException("an unchanged source is never written again: " + file);
    }
}
