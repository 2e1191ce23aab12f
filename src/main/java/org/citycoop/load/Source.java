package org.citycoop.load;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.citycoop.load.record.Definition;
import org.citycoop.load.record.KeyIndex;
import org.citycoop.load.record.Provenance;

/**
 * One input file, parsed: a record file (YAML, JSON, CSV) or an RDF file. A source owns one named graph;
 * loading it again replaces that graph and nothing else.
 */
public interface Source {
    /** The source's key, unique in a store; also the last segment of its graph and source IRIs. */
    String key();

    /** The named graph that holds what the source states: {@code https://w3id.org/citycoop/graph/<key>}. */
    default Node graph() {
        return org.apache.jena.graph.NodeFactory.createURI(org.citycoop.ontology.CC.GRAPH + key());
    }

    /** The file as the user named it. */
    String file();

    /** The file's absolute path, which tells it apart from other files of the same name. */
    default String path() {
        return java.nio.file.Path.of(file()).toAbsolutePath().normalize().toString();
    }

    /** A digest of the file's bytes and the loader version: an unchanged digest means nothing to reload. */
    String digest();

    /** The IRI of the source itself (the article, table or file). */
    default Node sourceIri() {
        return org.apache.jena.graph.NodeFactory.createURI(org.citycoop.ontology.CC.ID + "source/" + key());
    }

    /** How the statements were made: curated, extracted or imported. */
    String method();

    /** How far the statements can be trusted, from 0 to 1. */
    default String confidence() {
        return "1.0";
    }

    /** Under which licence the source's statements are given, and whom to credit; none when it is not known. */
    default java.util.Optional<org.citycoop.ontology.Licence.Terms> terms() {
        return java.util.Optional.empty();
    }

    /** The SHA-256 of the text the source cites by offsets (a news report's), if it names one. */
    default java.util.Optional<String> textDigest() {
        return java.util.Optional.empty();
    }

    /** The keyed things the source defines, for references from other sources. */
    List<Definition> definitions();

    /**
     * Writes the source's triples, provenance included, to {@code out} (triples, not quads: the caller puts
     * them in {@link #graph()}). References resolve through {@code keys}; where each triple came from is noted
     * in {@code provenance}.
     */
    default void emit(StreamRDF out, KeyIndex keys, Provenance provenance) {
        emit(out, keys, provenance, bytes -> { });
    }

    /**
     * Writes the source's triples as {@link #emit(StreamRDF, KeyIndex, Provenance)} does, telling {@code bytesRead}
     * how many more bytes of the file it has gone through: a source parsed whole beforehand tells it once, at the
     * end; a source that streams its file tells it as it reads.
     */
    void emit(StreamRDF out, KeyIndex keys, Provenance provenance, java.util.function.LongConsumer bytesRead);

    /** The size of the file in bytes, the measure of a load's progress; none for a file no longer there. */
    default long size() {
        try {
            return java.nio.file.Files.size(java.nio.file.Path.of(path()));
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
