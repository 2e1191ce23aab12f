package org.citycoop.extract;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.citycoop.extract.Statement.Kind;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes an {@link Extraction} as a draft record file in the curators' YAML format: a source block (method
 * extracted, with the report's SHA-256 and the sentences used as excerpts), then people, events, agreements and
 * cooperations, each with the sentences that state it and a confidence. Things already known are referred to by
 * their keys; things the draft defines get keys that begin with the draft's source key, so that a draft loads into a
 * graph of its own beside the curated records.
 */
public final class DraftWriter {
    /** The version of the rules, written into every draft. */
    public static final String VERSION = "citycoop-extract-2";
    private final Extraction extraction;
    private final KnownThings known;
    private final Set<Integer> usedSentences = new java.util.TreeSet<>();
    private final DraftGovernments newGovernments;

    /**
     * @param extraction what was found
     * @param known      what it was resolved against, for the governments of places (the parties of agreements)
     */
    public DraftWriter(Extraction extraction, KnownThings known) {
        this.extraction = extraction;
        this.known = known;
        this.newGovernments = new DraftGovernments(extraction.newPlaces(), name -> key("org", name), foundNames());
    }

    public void write(Writer out, String title) {
        Map<String, Object> draft = new LinkedHashMap<>();
        Map<String, Object> records = new LinkedHashMap<>();
        // agreements first: they define the governments of places found in the gazetteers, as their parties
        List<Map<String, Object>> agreements = agreements();
        records.put("places", places());
        records.put("organisations", organisations());
        records.put("people", people());
        records.put("events", events());
        records.put("agreements", agreements);
        records.put("cooperations", cooperations());
        draft.put("source", source(title));
        records.forEach((section, list) -> {
            if (!((List<?>) list).isEmpty()) {
                draft.put(section, list);
            }
        });
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setAllowUnicode(true);
        new Yaml(options).dump(draft, out);
    }

    private Map<String, Object> source(String title) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("key", extraction.sourceKey());
        source.put("type", "NewsArticle");
        source.put("title", title);
        source.put("language", extraction.language());
        source.put("method", "extracted");
        source.put("confidence", 0.6);
        source.put("sha256", org.citycoop.Sha256.of(extraction.document().text()));
        if (extraction.articleDate() != null) {
            source.put("issued", extraction.articleDate().toString());
        }
        source.put("note", "Drafted by " + VERSION + " from the report's text; check every record before relying on it."
            + (extraction.flags().isEmpty() ? "" : " To check: " + String.join("; ", extraction.flags()) + ".")
            + knownPeople());
        Set<String> mentions = new LinkedHashSet<>();
        extraction.statements().stream().filter(s -> s.kind() == Kind.PLACE).forEach(s -> mentions.add(s.key()));
        extraction.people().stream().map(p -> known.person(p.name())).filter(java.util.Objects::nonNull)
            .forEach(person -> mentions.add(person.key()));
        if (!mentions.isEmpty()) {
            source.put("mentions", new ArrayList<>(mentions));
        }
        List<Map<String, Object>> excerpts = new ArrayList<>();
        for (Sentence sentence : extraction.document().sentences()) {
            if (usedSentences.contains(sentence.number())) {
                Map<String, Object> excerpt = new LinkedHashMap<>();
                excerpt.put("key", "s" + sentence.number());
                excerpt.put("paragraph", sentence.paragraph());
                excerpt.put("begin", sentence.begin());
                excerpt.put("end", sentence.end());
                excerpts.add(excerpt);
            }
        }
        source.put("excerpts", excerpts);
        return source;
    }

    /** People the store knows are mentioned, not copied; the posts the report gives them are kept for the curator. */
    private String knownPeople() {
        List<String> named = new ArrayList<>();
        for (PersonPost person : extraction.people()) {
            KnownThings.Thing thing = known.person(person.name());
            if (thing != null && person.postKey() != null) {
                String as = thing.key() + " as " + person.title() + " (" + person.postKey() + (person.acting() ? ", acting" : "")
                    + ", " + evidence(person.sentence()) + ")";
                if (!named.contains(as)) {
                    named.add(as);
                }
            }
        }
        return named.isEmpty() ? "" : " Posts the report gives people the store knows: " + String.join("; ", named) + ".";
    }

    private String evidence(Sentence sentence) {
        usedSentences.add(sentence.number());
        return "s" + sentence.number();
    }

    private String key(String kind, String name) {
        String slug = org.citycoop.load.record.Keys.slug(name);
        return extraction.sourceKey() + "-" + kind + (slug.isEmpty() ? "" : "-" + slug);
    }

    /** Places the store does not know, found in a gazetteer: with its code, they meet its entry once loaded. */
    private List<Map<String, Object>> places() {
        List<Map<String, Object>> places = new ArrayList<>();
        for (NewPlace found : extraction.newPlaces()) {
            GazetteerNames.Place place = found.place();
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("key", found.key());
            record.put("type", place.type());
            record.put("name", Map.of(place.country().equals("ID") ? "id" : "en", place.name()));
            record.put(place.codeField(), place.code());
            record.put("confidence", 0.7);
            of(Kind.PLACE).stream().filter(s -> s.key().equals(found.key())).findFirst()
                .ifPresent(s -> record.put("evidence", List.of(evidence(s.sentence()))));
            places.add(record);
        }
        return places;
    }

    private List<String> foundNames() {
        return of(Kind.ORGANISATION).stream().map(Statement::key).filter(key -> key.startsWith("new:"))
            .map(key -> key.split(":", 4)[2]).toList();
    }

    /** Organisations the store does not know, found by the shape of their names. */
    private List<Map<String, Object>> organisations() {
        List<Map<String, Object>> organisations = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Statement statement : of(Kind.ORGANISATION)) {
            if (!statement.key().startsWith("new:") || !seen.add(statement.key())) {
                continue;
            }
            String[] parts = statement.key().split(":", 4);
            Map<String, Object> organisation = new LinkedHashMap<>();
            organisation.put("key", key("org", parts[2]));
            organisation.put("type", parts[1]);
            organisation.put("name", parts[2]);
            if (parts.length > 3 && known.governmentOf(parts[3]) != null) {
                organisation.put("unitOf", known.governmentOf(parts[3]));
            }
            organisation.put("confidence", statement.confidence());
            organisation.put("evidence", List.of(evidence(statement.sentence())));
            newGovernments.complete(organisation);
            organisations.add(organisation);
        }
        organisations.addAll(newGovernments.remaining());
        return organisations;
    }

    private List<Map<String, Object>> people() {
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        for (PersonPost person : extraction.people()) {
            if (known.person(person.name()) != null) {
                continue;
            }
            Map<String, Object> record = byName.computeIfAbsent(KnownThings.normal(person.name()), n -> {
                Map<String, Object> created = new LinkedHashMap<>();
                created.put("key", key("person", person.name()));
                created.put("name", person.name());
                if (!person.prefixes().isEmpty()) {
                    created.put("prefixes", person.prefixes());
                }
                if (!person.suffixes().isEmpty()) {
                    created.put("suffixes", person.suffixes());
                }
                created.put("confidence", 0.8);
                created.put("evidence", new ArrayList<String>());
                created.put("posts", new ArrayList<Map<String, Object>>());
                return created;
            });
            addEvidence(record, person.sentence());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> posts = (List<Map<String, Object>>) record.get("posts");
            if (person.postKey() != null && posts.stream().noneMatch(p -> p.get("post").equals(person.postKey()))) {
                Map<String, Object> post = new LinkedHashMap<>();
                post.put("post", person.postKey());
                post.put("title", person.title());
                if (person.acting()) {
                    post.put("acting", true);
                }
                post.put("evidence", evidence(person.sentence()));
                posts.add(post);
            }
        }
        for (LaterMentions.Person person : extraction.persons()) {
            Map<String, Object> record = byName.get(KnownThings.normal(person.name()));
            if (record == null) {
                continue;
            }
            if (!person.nicknames().isEmpty()) {
                record.put("nicknames", person.nicknames());
            }
            person.sentences().forEach(sentence -> addEvidence(record, sentence));
        }
        byName.values().forEach(r -> {
            if (((List<?>) r.get("posts")).isEmpty()) {
                r.remove("posts");
            }
        });
        return new ArrayList<>(byName.values());
    }

    @SuppressWarnings("unchecked")
    private void addEvidence(Map<String, Object> record, Sentence sentence) {
        List<String> evidence = (List<String>) record.get("evidence");
        String key = evidence(sentence);
        if (!evidence.contains(key)) {
            evidence.add(key);
        }
    }

    private List<Map<String, Object>> events() {
        List<Map<String, Object>> events = new ArrayList<>();
        Map<String, Map<String, Object>> seen = new TreeMap<>();
        for (Statement statement : of(Kind.EVENT_DATE)) {
            String[] parts = statement.key().split("\\|");
            Map<String, Object> existing = seen.get(statement.key());
            if (existing == null) {
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("key", key("event", parts[0] + " " + parts[1] + " " + (events.size() + 1)));
                event.put("type", parts[0]);
                event.put("name", Map.of("en", parts[0] + " (" + parts[1] + ")"));
                event.put("date", parts[1]);
                firstPlace(statement.sentence()).ifPresent(place -> event.put("place", place));
                event.put("status", statement.sentence().text().matches("(?is).*\\b(akan|will|rencana)\\b.*") ? "proposed" : "completed");
                event.put("confidence", statement.confidence());
                event.put("evidence", new ArrayList<String>());
                topics(statement.sentence(), event);
                seen.put(statement.key(), event);
                events.add(event);
                existing = event;
            }
            addEvidence(existing, statement.sentence());
        }
        return events;
    }

    private List<Map<String, Object>> agreements() {
        List<Map<String, Object>> agreements = new ArrayList<>();
        for (Statement statement : of(Kind.AGREEMENT_STATUS)) {
            List<String> parties = governments(statement.sentence());
            if (parties.size() < 2) {
                continue;
            }
            String[] parts = statement.key().split("\\|");
            Map<String, Object> agreement = new LinkedHashMap<>();
            agreement.put("key", key("agreement", parts[0] + " " + (agreements.size() + 1)));
            agreement.put("type", parts[0]);
            agreement.put("name", Map.of("en", parts[0] + " (" + parts[1] + ")"));
            agreement.put("parties", parties);
            agreement.put("status", parts[1]);
            // the date the sentence gives ("LoI pada 19 Desember 2014"), not one the report's year stands for
            extraction.statements().stream().filter(s -> s.kind() == Kind.EVENT_DATE && !s.assumed()
                    && s.sentence().equals(statement.sentence())).findFirst()
                .ifPresent(dated -> agreement.put("date", dated.key().split("\\|")[1]));
            agreement.put("confidence", statement.confidence());
            agreement.put("evidence", List.of(evidence(statement.sentence())));
            topics(statement.sentence(), agreement);
            agreements.add(agreement);
        }
        return agreements;
    }

    private List<Map<String, Object>> cooperations() {
        List<Map<String, Object>> cooperations = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Statement statement : of(Kind.COOPERATION)) {
            if (!seen.add(statement.key())) {
                continue;
            }
            String[] places = statement.key().split("\\|");
            Map<String, Object> cooperation = new LinkedHashMap<>();
            cooperation.put("key", key("cooperation", places[0] + " " + places[1]));
            cooperation.put("name", Map.of("en", "Cooperation of " + places[0] + " and " + places[1]));
            cooperation.put("partners", List.of(places[0], places[1]));
            cooperation.put("status", "exploring");
            extraction.statements().stream().filter(s -> s.kind() == Kind.COOPERATION_DATE
                    && s.sentence().equals(statement.sentence())).findFirst()
                .ifPresent(since -> cooperation.put("date", since.key().split("\\|")[0]));
            cooperation.put("confidence", statement.confidence());
            cooperation.put("evidence", List.of(evidence(statement.sentence())));
            topics(statement.sentence(), cooperation);
            cooperations.add(cooperation);
        }
        return cooperations;
    }

    private List<Statement> of(Kind kind) {
        return extraction.statements().stream().filter(s -> s.kind() == kind).toList();
    }

    private java.util.Optional<String> firstPlace(Sentence sentence) {
        return extraction.statements().stream().filter(s -> s.kind() == Kind.PLACE && s.sentence().equals(sentence))
            .map(Statement::key).findFirst();
    }

    /** The governments of the places a sentence names, for the parties of an agreement. */
    private List<String> governments(Sentence sentence) {
        Set<String> parties = new LinkedHashSet<>();
        extraction.statements().stream().filter(s -> s.kind() == Kind.PLACE && s.sentence().equals(sentence))
            .forEach(s -> {
                String known = knownGovernment(s.key());
                String government = known != null ? known : newGovernments.of(s.key(), evidence(s.sentence()));
                if (government != null) {
                    parties.add(government);
                }
            });
        return new ArrayList<>(parties);
    }

    private String knownGovernment(String place) {
        return known.governmentOf(place);
    }

    private void topics(Sentence sentence, Map<String, Object> record) {
        List<String> topics = extraction.statements().stream()
            .filter(s -> s.kind() == Kind.TOPIC && s.sentence().equals(sentence)).map(Statement::key).distinct().toList();
        if (!topics.isEmpty()) {
            record.put("topics", topics);
        }
    }
}
