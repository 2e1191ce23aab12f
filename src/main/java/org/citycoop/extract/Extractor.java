package org.citycoop.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.extract.Statement.Kind;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Ontology;
import org.citycoop.ontology.Vocab;

/**
 * Reads a news report (Indonesian or English) and finds people with their posts, places, organisations, events
 * with dates, agreements with their status, cooperation between places and topics. Rules and word lists are data
 * ({@code lexicon.yaml}, the ontology's topic scheme); names are resolved against the places, organisations and
 * posts already known. The extractor never writes to a store: {@link DraftWriter} turns its result into draft records.
 *
 * <pre>{@code
 * Extractor extractor = new Extractor(KnownThings.of(store));
 * Extraction found = extractor.extract(text, new ExtractOptions(LocalDate.of(2017, 2, 10), null, "extracted-report"));
 * }</pre>
 */
public final class Extractor {
    private final KnownThings known;
    private final PeopleRules people;
    private final StatementRules rules;
    private final PlaceRules places;

    public Extractor(KnownThings known) {
        this(known, GazetteerNames.NONE);
    }

    /** An extractor that also finds the places {@code gazetteers} list and the curated records do not hold. */
    public Extractor(KnownThings known, GazetteerNames gazetteers) {
        this.known = known;
        this.people = new PeopleRules(known);
        this.rules = new StatementRules(known, topicWords(Ontology.load()));
        this.places = new PlaceRules(gazetteers);
    }

    public KnownThings known() {
        return known;
    }

    /** The words that signal each topic: its labels and keywords, as the ontology's topic scheme gives them. */
    private static Map<String, List<String>> topicWords(Ontology ontology) {
        Map<String, List<String>> words = new java.util.TreeMap<>();
        Node altLabel = org.apache.jena.graph.NodeFactory.createURI(Vocab.SKOS + "altLabel");
        Node broader = org.apache.jena.graph.NodeFactory.createURI(Vocab.SKOS + "broader");
        ontology.terms().find(Node.ANY, Vocab.RDF_TYPE, CC.Topic).forEachRemaining(t -> {
            Node topic = t.getSubject();
            List<String> list = new ArrayList<>();
            // a broad topic's own name is too general a cue ("lingkungan" is also "surroundings"): its keywords only
            boolean broad = ontology.terms().contains(Node.ANY, broader, topic);
            for (Node property : broad ? List.of(altLabel) : List.of(Vocab.RDFS_LABEL, altLabel)) {
                ontology.terms().find(topic, property, Node.ANY).mapWith(Triple::getObject)
                    .forEachRemaining(l -> list.add(KnownThings.normal(l.getLiteralLexicalForm())));
            }
            words.put(topic.getURI().substring(CC.TOPIC.length()), list);
        });
        return words;
    }

    public Extraction extract(String text, ExtractOptions options) {
        Document document = Document.of(text);
        // a language given is trusted when the text is too short to tell, never against what the text plainly shows
        String detected = options.language() == null ? document.language()
            : document.detectLanguage().orElse(options.language());
        if (options.language() != null && !options.language().equals(detected)) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "the report reads as " + name(detected) + ", not "
                + name(options.language()) + " (--lang " + options.language() + "); leave --lang out to read it as "
                + name(detected));
        }
        // without a date given, the one the report's own link states
        LinkDate link = options.articleDate() == null ? LinkDate.of(text) : LinkDate.NONE;
        LocalDate articleDate = options.articleDate() != null ? options.articleDate() : link.day();
        DateRules rulesOfDates = new DateRules(articleDate, link.year());
        Map<Sentence, List<DateMention>> dates = new java.util.LinkedHashMap<>();
        document.sentences().forEach(s -> dates.put(s, rulesOfDates.find(s.text())));
        Integer year = articleDate != null ? Integer.valueOf(articleDate.getYear()) : link.year() != null ? link.year()
            : dates.values().stream().flatMap(List::stream).filter(d -> !d.relative())
                .map(d -> Integer.parseInt(d.value().substring(0, 4))).max(Integer::compare).orElse(null);
        List<PersonPost> named = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        NewPlaces newPlaces = new NewPlaces(options.sourceKey(), text);
        for (Sentence sentence : document.sentences()) {
            List<PlaceRules.Found> inGazetteers = places.find(sentence.text(), newPlaces.commonWords(), newPlaces.writtenNames());
            named.addAll(people.find(sentence, inGazetteers, newPlaces.commonWords()));
            rules.apply(sentence, dates.get(sentence), year, statements, inGazetteers, newPlaces);
        }
        List<PersonPost> found = LaterMentions.fullNames(named);
        for (PersonPost person : found) {
            String post = person.postKey() != null ? person.postKey() : KnownThings.normal(person.title());
            statements.add(new Statement(Kind.PERSON_POST, KnownThings.normal(person.name()) + "|" + post,
                person.postKey() != null ? 0.9 : 0.6, person.sentence()));
        }
        return new Extraction(document, detected, articleDate, options.sourceKey(), found,
            CooperationRules.withoutCitiesOfPairedProvinces(statements, newPlaces.all()),
            LaterMentions.resolve(document, found), flags(rules.flags(document), rulesOfDates.warnings()), newPlaces.all());
    }

    private static List<String> flags(List<String> fromStatements, List<String> fromDates) {
        List<String> all = new ArrayList<>(fromStatements);
        all.addAll(fromDates);
        return all;
    }

    private static String name(String language) {
        return switch (language) {
            case "id" -> "Indonesian";
            case "en" -> "English";
            default -> language;
        };
    }
}
