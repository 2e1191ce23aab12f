package org.citycoop.load.record;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Ontology;
import org.citycoop.ontology.Vocab;

/**
 * The {@code source} block of a record file: what the file's statements come from (an article, a curated
 * list, a dataset), how they were made, and the excerpts that records cite as {@code evidence}.
 */
public final class SourceBlock {
    private static final Set<String> FIELDS = Set.of("key", "type", "title", "language", "publisher",
        "publisherName", "url", "issued", "sha256", "method", "confidence", "note", "mentions", "excerpts");
    private static final Set<String> EXCERPT_FIELDS = Set.of("key", "paragraph", "begin", "end", "note");

    private final Fields fields;
    private final String key;
    private final Node type;
    private final Node iri;
    private final Map<String, Node> excerpts = new LinkedHashMap<>();

    public SourceBlock(Value value, Ontology ontology) {
        this.fields = new Fields(value, "the source", FIELDS);
        this.key = Emitter.checkKey(fields.requiredScalar("key"));
        this.type = sourceType(ontology);
        this.iri = NodeFactory.createURI(CC.ID + "source/" + key);
        checkMethod(ontology);
        checkConfidence();
        for (Value excerpt : fields.records("excerpts")) {
            Fields f = new Fields(excerpt, "an excerpt", EXCERPT_FIELDS);
            String excerptKey = Emitter.checkKey(f.requiredScalar("key"));
            if (excerpts.put(excerptKey, NodeFactory.createURI(iri.getURI() + "/excerpt/" + excerptKey)) != null) {
                throw new InputException(ErrorId.DUPLICATE_KEY, f.at("key"), "excerpt '" + excerptKey + "' declared twice",
                    "a key per excerpt");
            }
        }
    }

    private Node sourceType(Ontology ontology) {
        ScalarValue v = fields.scalar("type");
        if (v == null) {
            return CC.CuratedRecord;
        }
        Node cls = ontology.classNamed(v.text().trim());
        if (cls == null || !ontology.isSubClassOf(cls, CC.Source)) {
            throw new InputException(ErrorId.UNKNOWN_TERM, v.location(), "source type '" + v.text() + "'",
                "one of " + String.join(", ", ontology.subClassNames(CC.Source)));
        }
        return cls;
    }

    public String key() {
        return key;
    }

    private void checkMethod(Ontology ontology) {
        ScalarValue v = fields.scalar("method");
        if (v != null && !ontology.isInstance(NodeFactory.createURI(CC.METHOD + v.text().trim()), CC.Method)) {
            throw new InputException(ErrorId.UNKNOWN_TERM, v.location(), "method '" + v.text() + "'",
                "one of " + String.join(", ", ontology.instanceKeys(CC.Method, CC.METHOD)));
        }
    }

    private void checkConfidence() {
        ScalarValue v = fields.scalar("confidence");
        if (v != null && !v.text().trim().matches("(0(\\.\\d+)?|1(\\.0+)?)")) {
            throw new InputException(ErrorId.BAD_VALUE, v.location(), "confidence '" + v.text() + "'",
                "a number from 0 to 1, such as 0.8");
        }
    }

    public Node iri() {
        return iri;
    }

    /** The method named in the file, or curated. */
    public String method() {
        String method = fields.text("method");
        return method == null ? "curated" : method.trim();
    }

    /** The excerpts by key, for {@code evidence} fields. */
    public Map<String, Node> excerpts() {
        return excerpts;
    }

    /** Emits the source's description and its excerpts. */
    public void emit(Emitter out) {
        out.record(iri, "source '" + key + "'", fields.location());
        out.type(iri, type);
        out.key(iri, key);
        if (!fields.has("title")) {
            throw fields.missing("title");
        }
        out.text(iri, Vocab.DCT_TITLE, fields, "title");
        out.text(iri, Vocab.RDFS_LABEL, fields, "title");
        ScalarValue language = out.matching(fields, "language", "[a-z]{2,3}", "a language code such as id or en");
        out.literal(iri, Vocab.DCT_LANGUAGE, language, "language");
        out.link(iri, Vocab.DCT_PUBLISHER, fields, "publisher", Family.ORGANISATION);
        out.text(iri, CC.publisherName, fields, "publisherName");
        url(out);
        out.simpleDate(iri, Vocab.DCT_ISSUED, fields, "issued");
        ScalarValue sha = out.matching(fields, "sha256", "[0-9a-f]{64}", "a SHA-256 digest in 64 lower-case hex digits");
        out.literal(iri, CC.sha256, sha, "sha256");
        out.text(iri, Vocab.RDFS_COMMENT, fields, "note");
        out.link(iri, CC.mentions, fields, "mentions", java.util.EnumSet.of(Family.PLACE, Family.ORGANISATION,
            Family.PERSON));
        for (Value excerpt : fields.records("excerpts")) {
            excerpt(new Fields(excerpt, "an excerpt", EXCERPT_FIELDS), out);
        }
    }

    private void url(Emitter out) {
        ScalarValue url = out.matching(fields, "url", "https?://\\S+", "an http or https URL");
        if (url != null) {
            out.add(iri, Vocab.DCAT_LANDING_PAGE, NodeFactory.createURI(url.text().trim()));
        }
    }

    private void excerpt(Fields f, Emitter out) {
        String excerptKey = f.text("key").trim();
        Node excerpt = excerpts.get(excerptKey);
        out.record(excerpt, "excerpt '" + excerptKey + "'", f.location());
        out.type(excerpt, CC.Excerpt);
        out.add(excerpt, CC.excerptOf, iri);
        out.add(excerpt, Vocab.RDFS_LABEL, NodeFactory.createLiteralString(key + " " + excerptKey));
        if (!f.has("begin")) {
            throw f.missing("begin");
        }
        if (!f.has("end")) {
            throw f.missing("end");
        }
        out.integer(excerpt, CC.paragraph, f, "paragraph", XSDDatatype.XSDpositiveInteger);
        out.integer(excerpt, CC.beginIndex, f, "begin", XSDDatatype.XSDnonNegativeInteger);
        out.integer(excerpt, CC.endIndex, f, "end", XSDDatatype.XSDnonNegativeInteger);
        out.text(excerpt, Vocab.RDFS_COMMENT, f, "note");
    }

    /** The confidence named in the file, or 1 for curated records. */
    public String confidence() {
        String confidence = fields.text("confidence");
        return confidence == null ? "1.0" : confidence.trim();
    }

    public Fields fields() {
        return fields;
    }
}
