package org.citycoop.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.citycoop.TestProject;
import org.citycoop.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The ontology as an OWL 2 DL tool reads it, with OWL API and the HermiT reasoner: its modules, each read from its
 * file and its imports found in the same folder (never fetched), are within OWL 2 DL, consistent, and every class
 * can have members; with the curated data, the whole stays consistent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwlProfileTest {
    private static final Path FOLDER = TestProject.home().resolve("ontology");
    private OWLOntologyManager manager;
    private OWLOntology terms;

    @BeforeAll
    void read() throws OWLOntologyCreationException {
        manager = localManager();
        terms = manager.loadOntologyFromOntologyDocument(FOLDER.resolve("citycoop.ttl").toFile());
        for (String other : Ontology.TERM_FILES) {
            if (!other.equals("citycoop.ttl")) {
                manager.loadOntologyFromOntologyDocument(FOLDER.resolve(other).toFile());
            }
        }
    }

    /**
     * A manager that finds each module's IRI in its file in {@code ontology/}, and any other import nowhere: a test
     * fetches nothing.
     */
    private static OWLOntologyManager localManager() {
        Map<IRI, IRI> files = new HashMap<>();
        for (String file : Ontology.TERM_FILES) {
            Graph graph = RDFParser.source(FOLDER.resolve(file)).toGraph();
            graph.find(Node.ANY, Vocab.RDF_TYPE, OWL2.Ontology.asNode()).forEachRemaining(t ->
                files.put(IRI.create(t.getSubject().getURI()), IRI.create(FOLDER.resolve(file).toUri())));
        }
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        manager.getIRIMappers().set(iri -> files.getOrDefault(iri,
            IRI.create(FOLDER.resolve("no-such-module.ttl").toUri())));
        return manager;
    }

    @Test
    void everyModuleIsInOwl2Dl() {
        Set<String> violations = new TreeSet<>();
        for (OWLOntology module : manager.ontologies().toList()) {
            OWLProfileReport report = new OWL2DLProfile().checkOntology(module);
            report.getViolations().forEach(v -> violations.add(v.toString()));
        }
        assertEquals(Set.of(), violations, violations.size() + " violations of OWL 2 DL");
    }

    @Test
    void theCoreModuleSaysNothingOfOthersTermsAndTheAlignmentsDoNotChangeThem() {
        Graph core = RDFParser.source(FOLDER.resolve("citycoop.ttl")).toGraph();
        Set<String> others = new TreeSet<>();
        core.find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && !t.getSubject().getURI().startsWith(CC.NS)
                    && !t.getSubject().getURI().equals(CC.ONTOLOGY)) {
                others.add(t.getSubject().getURI());
            }
        });
        assertEquals(Set.of(), others, "terms of other vocabularies described in the core module");
        Graph alignments = RDFParser.source(FOLDER.resolve("alignments.ttl")).toGraph();
        Node subClassOf = RDFS.subClassOf.asNode();
        for (String kept : List.of(Vocab.SCHEMA + "NewsArticle", Vocab.DCAT + "Dataset")) {
            assertTrue(alignments.find(NodeFactory.createURI(kept), subClassOf, Node.ANY).toList()
                .isEmpty(), kept + " is given a super-class its vocabulary does not give it");
        }
        assertTrue(alignments.contains(NodeFactory.createURI(Vocab.ORG + "holds"),
            RDFS.domain.asNode(), NodeFactory.createURI(Vocab.FOAF
            + "Agent")), "org:holds keeps ORG's domain");
    }

    @Test
    void theTermsAreConsistentAndEveryClassCanHaveMembers() {
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(terms, new Configuration());
        try {
            assertTrue(reasoner.isConsistent(), "HermiT finds the ontology inconsistent");
            Set<OWLClass> empty = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom();
            assertEquals(Set.of(), empty, "classes that can have no member");
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void theCuratedDataIsConsistentWithTheOntology() throws OWLOntologyCreationException {
        OWLOntologyManager withData = localManager();
        withData.loadOntologyFromOntologyDocument(FOLDER.resolve("citycoop.ttl").toFile());
        OWLOntology data = withData.loadOntologyFromOntologyDocument(new StringDocumentSource(curatedData()));
        withData.addAxioms(data, withData.getOntology(IRI.create(CC.ONTOLOGY)).axioms());
        Configuration configuration = new Configuration();
        // xsd:date and xsd:gYear are outside OWL 2's datatypes; docs/ontology.md says how DL tools should take them
        configuration.ignoreUnsupportedDatatypes = true;
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(data, configuration);
        try {
            assertTrue(reasoner.isConsistent(), "HermiT finds the curated data inconsistent with the ontology");
        } finally {
            reasoner.dispose();
        }
    }

    /** The sources' statements and what follows from them, as Turtle, without the ontology's own graph. */
    private static String curatedData() {
        Store store = TestProject.dataStore();
        Graph graph = GraphFactory.createDefaultGraph();
        store.read(() -> {
            store.dataset().stream().filter(q -> !q.getGraph().equals(CC.ONTOLOGY_GRAPH)).map(Quad::asTriple)
                .forEach(graph::add);
            return null;
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, Lang.TURTLE);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
