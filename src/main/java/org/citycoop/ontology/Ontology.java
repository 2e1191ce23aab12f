package org.citycoop.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The CityCoop ontology with its concept schemes and SHACL shapes, read from the jar.
 *
 * <pre>{@code
 * Ontology ontology = Ontology.load();
 * boolean isPlace = ontology.isSubClassOf(CC.City, CC.Place);   // true
 * }</pre>
 */
public final class Ontology {
    /**
     * The files of the ontology, as they sit in {@code ontology/} and in the jar: CityCoop's terms, the declarations of
     * the terms it uses from other vocabularies with its alignments to them, and its concept schemes.
     */
    public static final List<String> TERM_FILES = List.of("citycoop.ttl", "alignments.ttl", "schemes.ttl");
    public static final String SHAPES_FILE = "shapes.ttl";

    private static volatile Ontology instance;

    private final Graph terms;
    private final Graph shapes;
    private final String digest;
    /** Each class's super-classes and each property's super-properties, found once: callers ask per node of data. */
    private final Map<Node, Set<Node>> superClasses;
    private final Map<Node, Set<Node>> superProperties;

    private Ontology(Graph terms, Graph shapes, String digest) {
        this.terms = terms;
        this.shapes = shapes;
        this.digest = digest;
        this.superClasses = ancestors(terms, RDFS.subClassOf.asNode());
        this.superProperties = ancestors(terms, RDFS.subPropertyOf.asNode());
    }

    /** The ontology shipped with this version; read once. */
    public static Ontology load() {
        Ontology loaded = instance;
        if (loaded == null) {
            synchronized (Ontology.class) {
                if (instance == null) {
                    instance = read();
                }
                loaded = instance;
            }
        }
        return loaded;
    }

    private static Ontology read() {
        MessageDigest sha = org.citycoop.Sha256.digest();
        Graph terms = GraphFactory.createDefaultGraph();
        for (String file : TERM_FILES) {
            byte[] bytes = resource(file);
            sha.update(bytes);
            RDFParser.fromString(new String(bytes, StandardCharsets.UTF_8), Lang.TURTLE).parse(terms);
        }
        byte[] shapeBytes = resource(SHAPES_FILE);
        sha.update(shapeBytes);
        Graph shapes = GraphFactory.createDefaultGraph();
        RDFParser.fromString(new String(shapeBytes, StandardCharsets.UTF_8), Lang.TURTLE).parse(shapes);
        return new Ontology(terms, shapes, HexFormat.of().formatHex(sha.digest()));
    }

    private static byte[] resource(String file) {
        String path = "/ontology/" + file;
        try (InputStream in = Ontology.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    /** Classes, properties and concept schemes. Read-only by convention: callers copy before changing. */
    public Graph terms() {
        return terms;
    }

    /** The SHACL shapes that records must meet. */
    public Graph shapes() {
        return shapes;
    }

    /** A digest of all ontology files: a change of ontology makes every source graph stale. */
    public String digest() {
        return digest;
    }

    /** Whether the ontology declares {@code term} as a class, property, concept or scheme. */
    public boolean declares(Node term) {
        return terms.contains(term, RDF.type.asNode(), Node.ANY);
    }

    /** Whether {@code cls} is {@code ancestor} or below it, following {@code rdfs:subClassOf}. */
    public boolean isSubClassOf(Node cls, Node ancestor) {
        return cls.equals(ancestor) || superClasses.getOrDefault(cls, Set.of()).contains(ancestor);
    }

    /** Whether {@code property} is {@code ancestor} or below it, following {@code rdfs:subPropertyOf}. */
    public boolean isSubPropertyOf(Node property, Node ancestor) {
        return property.equals(ancestor) || superProperties.getOrDefault(property, Set.of()).contains(ancestor);
    }

    /** For each subject of {@code link}, every node it reaches by following {@code link} one or more times. */
    private static Map<Node, Set<Node>> ancestors(Graph terms, Node link) {
        Map<Node, Set<Node>> ancestors = new HashMap<>();
        for (Node start : terms.find(Node.ANY, link, Node.ANY).mapWith(Triple::getSubject).toSet()) {
            Set<Node> seen = new HashSet<>();
            Deque<Node> todo = new ArrayDeque<>(List.of(start));
            while (!todo.isEmpty()) {
                terms.find(todo.pop(), link, Node.ANY).mapWith(Triple::getObject)
                    .filterKeep(seen::add).forEachRemaining(todo::push);
            }
            ancestors.put(start, Set.copyOf(seen));
        }
        return Map.copyOf(ancestors);
    }

    /** The CityCoop class with this local name, if the ontology declares one. */
    public Node classNamed(String localName) {
        Node candidate = NodeFactory.createURI(CC.NS + localName);
        boolean isClass = terms.contains(candidate, RDF.type.asNode(), OWL.Class.asNode());
        return isClass ? candidate : null;
    }

    /** Whether {@code concept} is declared with type {@code conceptClass} (a topic, status, role...). */
    public boolean isInstance(Node concept, Node conceptClass) {
        return terms.contains(concept, RDF.type.asNode(), conceptClass);
    }

    /** The local names of the declared subclasses of {@code ancestor}, for error messages. */
    public List<String> subClassNames(Node ancestor) {
        return terms.find(Node.ANY, RDF.type.asNode(), OWL.Class.asNode()).mapWith(Triple::getSubject)
            .filterKeep(c -> c.isURI() && c.getURI().startsWith(CC.NS) && isSubClassOf(c, ancestor))
            .mapWith(Node::getLocalName).toList().stream().sorted().toList();
    }

    /** The notations of the instances of {@code conceptClass}, for error messages. */
    public List<String> instanceKeys(Node conceptClass, String namespace) {
        return terms.find(Node.ANY, RDF.type.asNode(), conceptClass).mapWith(Triple::getSubject)
            .filterKeep(c -> c.isURI() && c.getURI().startsWith(namespace))
            .mapWith(c -> c.getURI().substring(namespace.length())).toList().stream().sorted().toList();
    }
}
