package org.citycoop.load;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.Location;
import org.citycoop.load.record.Definition;
import org.citycoop.load.record.KeyIndex;
import org.citycoop.load.record.Provenance;
import org.citycoop.ontology.Ontology;

/**
 * What a load keeps of a file between reading it and writing it: its key, digest, method and the keys it defines,
 * not its parsed records. Writing reads the file again, so a load of many files holds the records of one file at a
 * time, whatever the number of files. A file whose bytes changed in between is refused: what was checked is what
 * is written.
 */
final class SourceOutline implements Source {
    private final String file;
    private final String key;
    private final String digest;
    private final String method;
    private final String confidence;
    private final Node sourceIri;
    private final java.util.Optional<org.citycoop.ontology.Licence.Terms> terms;
    private List<Definition> definitions;
    private final Ontology ontology;
    /** Marks the digest of a source loaded with its text. */
    private static final String WITH_TEXT = " with its text";
    /** The source's text, whose words the excerpts get, or null. */
    private final String text;

    SourceOutline(Source parsed, Ontology ontology) {
        this(parsed, ontology, null);
    }

    /** With the source's text at hand ({@link SourceTexts}), or null. */
    SourceOutline(Source parsed, Ontology ontology, String text) {
        this.text = text;
        this.file = parsed.file();
        this.key = parsed.key();
        this.digest = parsed.digest();
        this.method = parsed.method();
        this.confidence = parsed.confidence();
        this.sourceIri = parsed.sourceIri();
        this.terms = parsed.terms();
        this.definitions = List.copyOf(parsed.definitions());
        this.ontology = ontology;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String file() {
        return file;
    }

    /** A stored source's digest without the mark of its text: the digest of its file alone. */
    static String withoutText(String digest) {
        return digest.replace(WITH_TEXT, "");
    }

    /** The file's digest; with the text at hand, marked so, since the graph then holds the excerpts' words. */
    @Override
    public String digest() {
        return text == null ? digest : digest + WITH_TEXT;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public java.util.Optional<org.citycoop.ontology.Licence.Terms> terms() {
        return terms;
    }

    @Override
    public String confidence() {
        return confidence;
    }

    @Override
    public Node sourceIri() {
        return sourceIri;
    }

    @Override
    public List<Definition> definitions() {
        if (definitions == null) {
            throw new IllegalStateException("the keys of " + file + " were handed to the key index already");
        }
        return definitions;
    }

    /**
     * Drops the definitions once the load's key index holds them: the outline lives until the load commits, and a
     * million records' definitions are a few hundred MiB that inference, at the commit, can use.
     */
    void indexed() {
        definitions = null;
    }

    @Override
    public void emit(StreamRDF out, KeyIndex keys, Provenance provenance, LongConsumer bytesRead) {
        Source again = SourceFiles.read(Path.of(file), ontology);
        if (!again.digest().equals(digest)) {
            throw new InputException(ErrorId.UNREADABLE_INPUT, new Location(file, 0, 0),
                "a file that changed while it was being loaded",
                "a file left as it is until its load ends; load it again");
        }
        if (text == null) {
            again.emit(out, keys, provenance, bytesRead);
            return;
        }
        ExcerptTexts withWords = new ExcerptTexts(out, text, file);
        again.emit(withWords, keys, provenance, bytesRead);
        withWords.addTexts();
    }
}
