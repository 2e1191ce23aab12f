package org.citycoop.load;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.citycoop.load.record.Definition;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/**
 * A public table imported as it is published (a gazetteer, a list of twin towns): one file and the digest of its
 * bytes, made by the method {@code imported}, defining no keyed things for other sources to refer to.
 */
public abstract class ImportedFile implements Source {
    /** The file as the user named it. */
    protected final Path input;
    private final String digest;

    /**
     * @param input  the file
     * @param digest the digest of its bytes and the loader version
     */
    protected ImportedFile(Path input, String digest) {
        this.input = input;
        this.digest = digest;
    }

    @Override
    public String file() {
        return input.toString();
    }

    @Override
    public String digest() {
        return digest;
    }

    @Override
    public String method() {
        return "imported";
    }

    @Override
    public List<Definition> definitions() {
        return List.of();
    }

    /** Describes the published dataset itself: a {@code cc:Dataset} with its title, and its licence and origin if known. */
    protected void describe(StreamRDF out, Node title, Node licence, Node origin) {
        out.triple(Triple.create(sourceIri(), Vocab.RDF_TYPE, CC.Dataset));
        out.triple(Triple.create(sourceIri(), Vocab.DCT_TITLE, title));
        if (licence != null) {
            out.triple(Triple.create(sourceIri(), DCTerms.license.asNode(), licence));
        }
        if (origin != null) {
            out.triple(Triple.create(sourceIri(), DCTerms.source.asNode(), origin));
        }
    }
}
