package org.citycoop.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.citycoop.load.record.Family;
import org.citycoop.ontology.Ontology;
import org.citycoop.store.Store;

/**
 * What the extractor can resolve names to: the places, organisations, posts and people of a store, each by all its labels
 * and abbreviations. Longer names win ("Kota Bandung" before "Bandung").
 */
public final class KnownThings {
    /** A known thing. */
    public record Thing(String key, Family family, String type, String label) {
    }

    /** Things whose own label is a name come before those named so by shortening ("Kyoto" the city, not the prefecture). */
    private final Set<String> labelled = new HashSet<>();

    /** A name found in a text, and what it names. */
    public record Mention(int start, int end, String text, Thing thing) {
    }

    private static final String QUERY = """
        PREFIX cc: <https://w3id.org/citycoop/ontology/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?key ?type ?name WHERE {
          GRAPH ?g { ?thing cc:key ?key ; a ?type . { ?thing rdfs:label ?name } UNION { ?thing skos:altLabel ?name } }
        }""";
    private final Map<String, List<Thing>> byName = new HashMap<>();
    private final Map<String, Set<String>> namesByKey = new HashMap<>();
    private final Map<String, String> typesByKey = new HashMap<>();
    private final Map<String, String> governments = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    /** The answers to the last questions each thread asked, by family and text. */
    private final ThreadLocal<Map<Object, List<Mention>>> recentAnswers = ThreadLocal.withInitial(() ->
        new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, List<Mention>> eldest) {
                return size() > 64;
            }
        });
    /** The indexes in {@link #names} of the names that begin with a word. */
    private final Map<String, List<Integer>> byFirstWord = new HashMap<>();
    /** For each family, the thing each name of {@link #names} stands for best, or null. */
    private final Map<Family, Thing[]> bestThings = new java.util.EnumMap<>(Family.class);

    private KnownThings() {
    }

    /** The places, organisations and posts of a store. */
    public static KnownThings of(Store store) {
        Ontology ontology = Ontology.load();
        KnownThings known = new KnownThings();
        store.read(() -> {
            try (QueryExecution exec = QueryExecution.dataset(store.curatedDataset()).query(QUERY).build()) {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    Node type = row.getResource("type").asNode();
                    for (Family family : List.of(Family.PLACE, Family.ORGANISATION, Family.POST, Family.PERSON)) {
                        if (ontology.isSubClassOf(type, family.base())) {
                            String name = row.getLiteral("name").getLexicalForm();
                            Thing thing = new Thing(row.getLiteral("key").getLexicalForm(), family, type.getLocalName(), name);
                            known.add(name, thing);
                            known.labelled.add(thing.key() + " " + normal(name));
                            if (family == Family.PLACE) {
                                known.add(shortName(name), thing);
                            }
                            if (family == Family.ORGANISATION) {
                                known.add(name.replaceFirst("\\s*\\([^)]*\\)$", ""), thing);
                            }
                        }
                    }
                }
            }
            return null;
        });
        known.names.sort(Comparator.comparingInt(String::length).reversed());
        known.index();
        store.read(() -> {
            String governs = "PREFIX cc: <https://w3id.org/citycoop/ontology/> SELECT ?gk ?pk WHERE { "
                + "?g cc:governs ?p ; cc:key ?gk . ?p cc:key ?pk }";
            try (QueryExecution exec = QueryExecution.dataset(store.curatedDataset()).query(governs).build()) {
                exec.execSelect().forEachRemaining(row -> known.governments.put(row.getLiteral("pk").getLexicalForm(),
                    row.getLiteral("gk").getLexicalForm()));
            }
            return null;
        });
        return known;
    }

    private void add(String name, Thing thing) {
        String key = normal(name);
        namesByKey.computeIfAbsent(thing.key(), k -> new HashSet<>()).add(key);
        typesByKey.putIfAbsent(thing.key(), thing.type());
        List<Thing> things = byName.computeIfAbsent(key, k -> {
            names.add(k);
            return new ArrayList<>();
        });
        if (things.stream().noneMatch(t -> t.key().equals(thing.key()) && t.family() == thing.family())) {
            things.add(thing);
        }
    }

    /** The names (as {@link #normal} gives them) of the thing of this key: none when it is not known. */
    public Set<String> namesOf(String key) {
        return namesByKey.getOrDefault(key, Set.of());
    }

    /** The class of the thing of this key ({@code City}, {@code Country}), or null when it is not known. */
    public String typeOf(String key) {
        return typesByKey.get(key);
    }

    /** The known person of this name (titles apart), or null: a draft refers to them rather than copying them. */
    public Thing person(String name) {
        return byName.getOrDefault(normal(name), List.of()).stream().filter(t -> t.family() == Family.PERSON)
            .findFirst().orElse(null);
    }

    /** The key of the government of a place, or null. */
    public String governmentOf(String placeKey) {
        return governments.get(placeKey);
    }

    /** How Indonesian and English texts name a place without its kind: "Kabupaten Simeulue" is "Simeulue". */
    static String shortName(String name) {
        return name.replaceFirst("^(Kota|Kabupaten|Provinsi|Prefektur|Kecamatan)\\s+", "")
            .replaceFirst("\\s+(Regency|Prefecture|City|Province)$", "");
    }

    static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The known names in a text, longest first and without overlaps, on word boundaries; each with the most specific
     * thing it names in the wanted family (a city before a government of the same name).
     */
    public List<Mention> find(String text, Family family) {
        // the rules ask of the same sentence again and again, for each post and each word they try
        Map<Object, List<Mention>> recent = recentAnswers.get();
        // the text itself in the key, not a copy: its hash is worked out once however long it is
        Object key = List.of(family, text);
        List<Mention> found = recent.get(key);
        if (found == null) {
            found = List.copyOf(search(text, family));
            recent.put(key, found);
        }
        return found;
    }

    private List<Mention> search(String text, Family family) {
        Normalised normal = Normalised.of(text);
        String lower = normal.text();
        List<int[]> candidates = new ArrayList<>();
        for (int from = 0, wordEnd; from < lower.length(); from = wordEnd + 1) {
            int space = lower.indexOf(' ', from);
            wordEnd = space < 0 ? lower.length() : space;
            String first = lower.substring(from, wordEnd);
            for (int index : byFirstWord.getOrDefault(first, List.of())) {
                String name = names.get(index);
                int end = from + name.length();
                if (bestThings.get(family)[index] != null && lower.startsWith(name, from)
                        && (end == lower.length() || lower.charAt(end) == ' ')) {
                    candidates.add(new int[] {index, from});
                }
            }
        }
        // longer names first (the order of names), each from the left, without overlaps
        candidates.sort(Comparator.<int[]>comparingInt(c -> c[0]).thenComparingInt(c -> c[1]));
        boolean[] taken = new boolean[lower.length()];
        List<Mention> found = new ArrayList<>();
        for (int[] candidate : candidates) {
            int from = candidate[1];
            int end = from + names.get(candidate[0]).length();
            int start = normal.original(from);
            boolean named = family == Family.POST || Character.isUpperCase(text.charAt(start));
            if (named && !overlaps(taken, from, end)) {
                java.util.Arrays.fill(taken, from, end, true);
                int stop = normal.original(end - 1) + 1;
                found.add(new Mention(start, stop, text.substring(start, stop), bestThings.get(family)[candidate[0]]));
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /** Indexes the names by their first word, and the thing each name stands for best in each family. */
    private void index() {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                continue;
            }
            byFirstWord.computeIfAbsent(name.split(" ")[0], k -> new ArrayList<>()).add(i);
        }
        for (Family family : Family.values()) {
            Thing[] best = new Thing[names.size()];
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                best[i] = byName.get(name).stream().filter(t -> t.family() == family)
                    .min(Comparator.comparing((Thing t) -> !labelled.contains(t.key() + " " + name))).orElse(null);
            }
            bestThings.put(family, best);
        }
    }

    /** Lower case, each run of punctuation and spaces one space, with where each character came from. */
    private record Normalised(String text, int[] origins) {
        static Normalised of(String text) {
            StringBuilder out = new StringBuilder(text.length());
            int[] origins = new int[text.length() + 1];
            boolean space = true;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    origins[out.length()] = i;
                    out.append(Character.toLowerCase(c));
                    space = false;
                } else if (!space) {
                    origins[out.length()] = i;
                    out.append(' ');
                    space = true;
                }
            }
            return new Normalised(out.toString(), origins);
        }

        int original(int index) {
            return origins[index];
        }
    }

    private static boolean overlaps(boolean[] taken, int from, int end) {
        for (int i = from; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
