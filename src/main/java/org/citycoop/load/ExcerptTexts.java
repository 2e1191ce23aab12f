package org.citycoop.load;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.Location;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Vocab;

/**
 * Adds to a source's statements the words of each excerpt ({@code cc:text}, in the source's language), cut from the
 * source's text by the excerpt's offsets, once the source has written its excerpts ({@link #addTexts()}). An excerpt
 * whose offsets fall outside the text is refused: its record cites words the source does not have.
 */
final class ExcerptTexts extends StreamRDFWrapper {
    private final String text;
    private final int length;
    private final String file;
    private final Map<Node, long[]> offsets = new LinkedHashMap<>();
    private final Map<Node, String> languages = new HashMap<>();
    private final Map<Node, Node> sourceOf = new HashMap<>();

    /**
     * @param out  where the statements go
     * @param text the source's whole text
     * @param file the source's file, named in errors
     */
    ExcerptTexts(StreamRDF out, String text, String file) {
        super(out);
        this.text = text;
        this.length = text.codePointCount(0, text.length());
        this.file = file;
    }

    @Override
    public void triple(Triple triple) {
        note(triple);
        super.triple(triple);
    }

    @Override
    public void quad(Quad quad) {
        note(quad.asTriple());
        super.quad(quad);
    }

    private void note(Triple t) {
        Node p = t.getPredicate();
        if (p.equals(CC.beginIndex) || p.equals(CC.endIndex)) {
            long[] range = offsets.computeIfAbsent(t.getSubject(), e -> new long[] {-1, -1});
            range[p.equals(CC.beginIndex) ? 0 : 1] = ((Number) t.getObject().getLiteralValue()).longValue();
        } else if (p.equals(Vocab.DCT_LANGUAGE) && t.getObject().isLiteral()) {
            languages.put(t.getSubject(), t.getObject().getLiteralLexicalForm());
        } else if (p.equals(CC.excerptOf)) {
            sourceOf.put(t.getSubject(), t.getObject());
        }
    }

    /** Writes the words of every excerpt the source declared; call after the source's own statements. */
    void addTexts() {
        offsets.forEach((excerpt, range) -> {
            if (range[0] < 0 || range[1] < 0) {
                return;
            }
            if (range[0] >= range[1] || range[1] > length) {
                throw new InputException(ErrorId.EXCERPT_OUTSIDE_TEXT, new Location(file, 0, 0), "excerpt "
                    + excerpt.getURI() + " from " + range[0] + " to " + range[1] + ", where the source's text has "
                    + length + " characters", "offsets within the text, begin before end");
            }
            String words = text.substring(text.offsetByCodePoints(0, (int) range[0]),
                text.offsetByCodePoints(0, (int) range[1])).strip();
            String language = languages.getOrDefault(sourceOf.get(excerpt), "");
            super.triple(Triple.create(excerpt, CC.text, language.isEmpty() ? NodeFactory.createLiteralString(words)
                : NodeFactory.createLiteralLang(words, language)));
        });
    }
}
