package org.citycoop.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class OntologyTest {
    private final Ontology ontology = Ontology.load();

    @Test
    void theOntologyIsConsistentForJenasOwlReasoner() {
        InfModel inferred = ModelFactory.createInfModel(ReasonerRegistry.getOWLReasoner(),
            ModelFactory.createModelForGraph(ontology.terms()));
        ValidityReport report = inferred.validate();
        List<String> problems = new ArrayList<>();
        report.getReports().forEachRemaining(r -> problems.add(r.toString()));
        assertTrue(report.isValid(), () -> "inconsistent: " + problems);
        assertTrue(inferred.contains(inferred.createResource(CC.City.getURI()), RDFS.subClassOf,
            inferred.createResource(Vocab.SCHEMA + "Place")), "the reasoner sees City below schema:Place");
    }

    @Test
    void noTwoPropertiesShareAnEnglishLabelSoPagesTellTheirRowsApart() {
        org.apache.jena.graph.Graph terms = ontology.terms();
        java.util.Map<String, java.util.List<String>> byLabel = new java.util.TreeMap<>();
        for (org.apache.jena.graph.Node kind : java.util.List.of(org.apache.jena.vocabulary.OWL.ObjectProperty.asNode(),
                org.apache.jena.vocabulary.OWL.DatatypeProperty.asNode())) {
            terms.find(org.apache.jena.graph.Node.ANY, Vocab.RDF_TYPE, kind).forEachRemaining(t -> terms.find(
                t.getSubject(), Vocab.RDFS_LABEL, org.apache.jena.graph.Node.ANY).forEachRemaining(label -> {
                    if (label.getObject().getLiteralLanguage().equals("en")) {
                        byLabel.computeIfAbsent(label.getObject().getLiteralLexicalForm(), l -> new java.util.ArrayList<>())
                            .add(t.getSubject().getURI());
                    }
                }));
        }
        byLabel.values().removeIf(properties -> properties.size() < 2);
        assertEquals(java.util.Map.of(), byLabel, "properties sharing an English label");
    }

    @Test
    void theShapesParseAndCoverTheMainClasses() {
        Shapes shapes = Shapes.parse(ontology.shapes());
        assertTrue(shapes.numRootShapes() >= 15, "root shapes: " + shapes.numRootShapes());
        List<Node> targets = new ArrayList<>();
        shapes.getTargetShapes().forEach(s -> s.getTargets().forEach(t -> targets.add(t.getObject())));
        for (Node cls : List.of(CC.Place, CC.Person, CC.Event, CC.Agreement, CC.Programme, CC.Cooperation, CC.Excerpt)) {
            assertTrue(targets.contains(cls), "no shape targets " + cls);
        }
    }

    @Test
    void everyCityCoopTermHasEnglishAndIndonesianLabelsAndADefinition() {
        List<String> missing = new ArrayList<>();
        ontology.terms().find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(t -> t.getSubject())
            .filterKeep(s -> s.isURI() && s.getURI().startsWith(CC.BASE)).toSet().forEach(term -> {
                for (String lang : List.of("en", "id")) {
                    if (!hasLiteral(term, RDFS.label.asNode(), lang)) {
                        missing.add(term.getURI() + " rdfs:label@" + lang);
                    }
                    if (!hasLiteral(term, NodeFactory.createURI(Vocab.SKOS + "definition"), lang)
                            && !term.getURI().equals(CC.ONTOLOGY)) {
                        missing.add(term.getURI() + " skos:definition@" + lang);
                    }
                }
            });
        assertEquals(List.of(), missing);
    }

    private boolean hasLiteral(Node term, Node property, String lang) {
        return ontology.terms().find(term, property, Node.ANY)
            .filterKeep(t -> t.getObject().isLiteral() && lang.equals(t.getObject().getLiteralLanguage())).hasNext();
    }

    @Test
    void everyConstantOfTheVocabularyClassIsDeclared() throws IllegalAccessException {
        List<String> undeclared = new ArrayList<>();
        for (var field : CC.class.getFields()) {
            if (field.get(null) instanceof Node node && node.getURI().startsWith(CC.NS) && !ontology.declares(node)) {
                undeclared.add(field.getName());
            }
        }
        assertEquals(List.of(), undeclared);
    }

    @Test
    void subClassChecksFollowTheHierarchy() {
        assertTrue(ontology.isSubClassOf(CC.Teleconference, CC.Event));
        assertTrue(ontology.isSubClassOf(CC.Regency, CC.Place));
        assertFalse(ontology.isSubClassOf(CC.LocalGovernment, CC.Place), "a government is not a place");
    }
}
