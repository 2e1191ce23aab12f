package org.citycoop.load.record;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.Location;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Ontology;
import org.citycoop.ontology.Vocab;

/**
 * Turns fields of records into triples on a {@link StreamRDF}, resolving references through the
 * {@link KeyIndex} and noting in {@link Provenance} where each triple was written.
 */
public final class Emitter {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private final StreamRDF out;
    private final KeyIndex keys;
    private final Ontology ontology;
    private final Provenance provenance;
    private final Map<String, Node> excerpts;

    public Emitter(StreamRDF out, KeyIndex keys, Ontology ontology, Provenance provenance, Map<String, Node> excerpts) {
        this.out = out;
        this.keys = keys;
        this.ontology = ontology;
        this.provenance = provenance;
        this.excerpts = excerpts;
    }

    public Ontology ontology() {
        return ontology;
    }

    /** Marks a subject as written by a record at a location. */
    public void record(Node subject, String name, Location location) {
        provenance.record(subject, name, location);
    }

    public void add(Node s, Node p, Node o) {
        out.triple(Triple.create(s, p, o));
    }

    private void add(Node s, Node p, Node o, String field, Location at) {
        provenance.field(s, p, field, at);
        add(s, p, o);
    }

    public void type(Node s, Node cls) {
        add(s, Vocab.RDF_TYPE, cls);
    }

    public void key(Node s, String key) {
        add(s, CC.key, NodeFactory.createLiteralString(key));
    }

    /** A plain text field. */
    public void text(Node s, Node p, Fields f, String field) {
        ScalarValue v = f.scalar(field);
        if (v != null) {
            add(s, p, NodeFactory.createLiteralString(v.text().trim()), field, v.location());
        }
    }

    /** Plain texts: one value or a list. */
    public void texts(Node s, Node p, Fields f, String field) {
        for (ScalarValue v : f.scalars(field)) {
            add(s, p, NodeFactory.createLiteralString(v.text().trim()), field, v.location());
        }
    }

    /** A name: a plain text, or a mapping from language tags to texts ({@code {en: Yokohama, ja: 横浜市}}). */
    public void label(Node s, Node p, Fields f, String field) {
        Value value = f.value(field);
        if (value instanceof MapValue map) {
            for (Map.Entry<String, Value> e : map.fields().entrySet()) {
                String lang = e.getKey();
                if (!LANGUAGE.matcher(lang).matches() || !(e.getValue() instanceof ScalarValue text)) {
                    throw new InputException(ErrorId.BAD_VALUE, map.nameLocations().get(lang),
                        "'" + lang + "' in field '" + field + "'", "language tags such as en, id or ja, each with a text");
                }
                if (!text.text().isBlank()) {
                    add(s, p, NodeFactory.createLiteralLang(text.text().trim(), lang), field, text.location());
                }
            }
        } else {
            text(s, p, f, field);
        }
    }

    /** One reference to a thing of the given families, or null when the field is absent. */
    public Node ref(Fields f, String field, Set<Family> families) {
        ScalarValue v = f.scalar(field);
        return v == null ? null : keys.resolve(v, families).iri();
    }

    /** Links a subject to every thing a field refers to. */
    public List<Node> link(Node s, Node p, Fields f, String field, Set<Family> families) {
        List<Node> targets = new ArrayList<>();
        for (ScalarValue v : f.scalars(field)) {
            Node target = keys.resolve(v, families).iri();
            add(s, p, target, field, v.location());
            targets.add(target);
        }
        return targets;
    }

    public List<Node> link(Node s, Node p, Fields f, String field, Family family) {
        return link(s, p, f, field, EnumSet.of(family));
    }

    /** A date with its precision and range; {@code qualifier} says early, mid or late. */
    public void date(Node s, Fields f, String field) {
        ScalarValue v = f.scalar(field);
        if (v == null) {
            return;
        }
        DateValue date = DateValue.parse(v);
        if (date.literal() != null) {
            add(s, CC.date, date.literal(), field, v.location());
        }
        add(s, CC.earliest, date.earliestLiteral(), field, v.location());
        add(s, CC.latest, date.latestLiteral(), field, v.location());
        add(s, CC.datePrecision, date.precision(), field, v.location());
        ScalarValue qualifier = f.scalar("qualifier");
        if (qualifier != null) {
            String q = qualifier.text().trim();
            if (!Set.of("early", "mid", "late").contains(q)) {
                throw new InputException(ErrorId.BAD_VALUE, qualifier.location(), "'" + q + "'", "early, mid or late");
            }
            add(s, CC.dateQualifier, NodeFactory.createLiteralString(q), "qualifier", qualifier.location());
        }
    }

    /** A date kept as a plain literal of its own type (start and end of tenures). */
    public void simpleDate(Node s, Node p, Fields f, String field) {
        ScalarValue v = f.scalar(field);
        if (v != null) {
            DateValue date = DateValue.parse(v);
            Node literal = date.literal() != null ? date.literal() : date.earliestLiteral();
            add(s, p, literal, field, v.location());
        }
    }

    /** A date-time with a zone, such as {@code 2023-11-09T10:00:00+09:00}. */
    public void dateTime(Node s, Node p, Fields f, String field) {
        ScalarValue v = f.scalar(field);
        if (v == null) {
            return;
        }
        String text = v.text().trim();
        String expected = "a date and time with its seconds and zone, such as 2023-11-09T10:00:00+09:00";
        try {
            java.time.OffsetDateTime.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InputException(ErrorId.BAD_VALUE, v.location(), "'" + v.text() + "'", expected, e);
        }
        // Java reads a time without seconds; XML Schema, and so every SPARQL store, does not.
        if (!XSDDatatype.XSDdateTime.isValid(text)) {
            throw new InputException(ErrorId.BAD_VALUE, v.location(), "'" + v.text() + "'", expected);
        }
        add(s, p, NodeFactory.createLiteralDT(text, XSDDatatype.XSDdateTime), field, v.location());
    }

    public void bool(Node s, Node p, Fields f, String field) {
        ScalarValue v = f.scalar(field);
        if (v == null) {
            return;
        }
        String text = v.text().trim().toLowerCase(java.util.Locale.ROOT);
        if (!text.equals("true") && !text.equals("false")) {
            throw new InputException(ErrorId.BAD_VALUE, v.location(), "'" + v.text() + "'", "true or false");
        }
        add(s, p, NodeFactory.createLiteralDT(text, XSDDatatype.XSDboolean), field, v.location());
    }

    /** A decimal number within bounds, written as an xsd:decimal. */
    public void decimal(Node s, Node p, Fields f, String field, double min, double max) {
        BigDecimal number = decimal(f, field, min, max);
        if (number != null) {
            add(s, p, NodeFactory.createLiteralDT(number.toPlainString(), XSDDatatype.XSDdecimal), field,
                f.scalar(field).location());
        }
    }

    /** A decimal number within bounds. */
    public BigDecimal decimal(Fields f, String field, double min, double max) {
        ScalarValue v = f.scalar(field);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(v.text().trim());
            if (number.doubleValue() < min || number.doubleValue() > max) {
                throw new NumberFormatException("out of range");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InputException(ErrorId.BAD_VALUE, v.location(), "'" + v.text() + "'",
                "a number from " + min + " to " + max, e);
        }
    }

    public void integer(Node s, Node p, Fields f, String field, XSDDatatype type) {
        ScalarValue v = f.scalar(field);
        if (v == null) {
            return;
        }
        String text = v.text().trim();
        if (!text.matches("\\d{1,9}")) {
            throw new InputException(ErrorId.BAD_VALUE, v.location(), "'" + text + "'", "a whole number from 0");
        }
        add(s, p, NodeFactory.createLiteralDT(text, type), field, v.location());
    }

    /** Text that must match a pattern, such as a Wikidata id. */
    public ScalarValue matching(Fields f, String field, String regex, String expected) {
        ScalarValue v = f.scalar(field);
        if (v != null && !v.text().trim().matches(regex)) {
            throw new InputException(ErrorId.BAD_VALUE, v.location(), "'" + v.text() + "'", expected);
        }
        return v;
    }

    public void exactMatch(Node s, ScalarValue v, String namespace, String suffix) {
        if (v != null) {
            add(s, Vocab.SKOS_EXACT_MATCH, NodeFactory.createURI(namespace + v.text().trim() + suffix), "exactMatch",
                v.location());
        }
    }

    public void literal(Node s, Node p, ScalarValue v, String field) {
        if (v != null) {
            add(s, p, NodeFactory.createLiteralString(v.text().trim()), field, v.location());
        }
    }

    /** Links to concepts of a scheme by their keys: topics, statuses, roles. */
    public List<Node> concepts(Node s, Node p, Fields f, String field, Node conceptClass, String namespace) {
        List<Node> result = new ArrayList<>();
        for (ScalarValue v : f.scalars(field)) {
            result.add(concept(s, p, v, field, conceptClass, namespace));
        }
        return result;
    }

    public Node concept(Node s, Node p, ScalarValue v, String field, Node conceptClass, String namespace) {
        Node concept = NodeFactory.createURI(namespace + v.text().trim());
        if (!ontology.isInstance(concept, conceptClass)) {
            throw new InputException(ErrorId.UNKNOWN_TERM, v.location(), "'" + v.text() + "' in field '" + field + "'",
                "one of " + String.join(", ", ontology.instanceKeys(conceptClass, namespace)));
        }
        add(s, p, concept, field, v.location());
        return concept;
    }

    /** The class a record's {@code type} names: a class of the ontology below the family's base class. */
    public static Node resolveType(Ontology ontology, Fields f, Family family, Node defaultType) {
        ScalarValue v = f.scalar("type");
        if (v == null) {
            if (defaultType == null) {
                throw f.missing("type");
            }
            return defaultType;
        }
        Node cls = ontology.classNamed(v.text().trim());
        if (cls == null || !ontology.isSubClassOf(cls, family.base())) {
            throw new InputException(ErrorId.UNKNOWN_TERM, v.location(), "type '" + v.text() + "'",
                "a type of " + family.noun() + ": " + String.join(", ", ontology.subClassNames(family.base())));
        }
        return cls;
    }

    /** {@code cc:statedIn} links to the source's excerpts that a record names in {@code evidence}. */
    public void evidence(Node s, Fields f) {
        for (ScalarValue v : f.scalars("evidence")) {
            Node excerpt = excerpts.get(v.text().trim());
            if (excerpt == null) {
                throw new InputException(ErrorId.UNKNOWN_REFERENCE, v.location(),
                    "unknown excerpt '" + v.text() + "'",
                    excerpts.isEmpty() ? "an excerpt declared under source.excerpts"
                        : "one of the source's excerpts: " + String.join(", ", excerpts.keySet()));
            }
            add(s, CC.statedIn, excerpt, "evidence", v.location());
        }
    }

    /** How far a record (an extracted one, usually) is to be trusted, from 0 to 1. */
    public void confidence(Node s, Fields f) {
        BigDecimal confidence = decimal(f, "confidence", 0, 1);
        if (confidence != null) {
            add(s, CC.confidence, NodeFactory.createLiteralDT(confidence.toPlainString(), XSDDatatype.XSDdecimal),
                "confidence", f.at("confidence"));
        }
    }

    /** A key: lower-case letters, digits and single hyphens. */
    public static String checkKey(ScalarValue v) {
        String key = v.text().trim();
        if (!key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new InputException(ErrorId.BAD_VALUE, v.location(), "key '" + key + "'",
                "a key of lower-case letters, digits and single hyphens, such as kota-bandung");
        }
        return key;
    }
}
