package org.citycoop.load;

import java.util.List;

import org.citycoop.load.record.Definition;
import org.citycoop.load.record.KeyIndex;
import org.citycoop.load.record.Provenance;
import org.citycoop.store.StoredSource;

/**
 * A file whose bytes (and the loader and ontology they were loaded with) have the digest of the source the store
 * holds from that very file: it is not parsed again. Its keys are those already in the store.
 */
record UnchangedSource(StoredSource stored, String file, String digest) implements Source {

    @Override
    public String key() {
        return stored.key();
    }

    @Override
    public String method() {
        return stored.method();
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
