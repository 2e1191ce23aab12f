package org.citycoop.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * Compares what the extractor drafts from reports with what a gold file in JSON says they state ({@link GoldReport}),
 * kind by kind, by names: a person with the post as written, a place, the date of an event, a kind of agreement, a
 * pair of cooperating places, an organisation. Each gold fact is matched with at most one drafted fact; drafted facts
 * left over are wrong, gold facts left over are missed. Countries are not counted among places, nor local governments
 * among organisations: the gold leaves them out.
 */
public final class GoldEvaluation {
    /** The kinds of fact counted, as the gold names them. */
    public enum Kind {
        PERSONS("persons with post"), PLACES("places"), DATES("dates"), AGREEMENTS("agreements with type"),
        LINKS("cooperation links"), ORGANISATIONS("organisations");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The gold's names of the agreement classes the extractor drafts. */
    private static final Map<String, Set<String>> AGREEMENT_NAMES = Map.of("MemorandumOfUnderstanding", Set.of("mou"),
        "LetterOfIntent", Set.of("loi"), "SisterCityAgreement", Set.of("sister city"),
        "CooperationAgreement", Set.of("cooperation agreement", "kesepakatan kerja sama", "perjanjian kerja sama"),
        "JointAgreement", Set.of("kesepakatan bersama"), "SisterProvinceAgreement", Set.of("sister province"),
        "FriendshipCityAgreement", Set.of("friendship city"), "Agreement", Set.of("kesepakatan", "agreement"));
    private final Map<Kind, Evaluation.Score> scores = new EnumMap<>(Kind.class);
    private final KnownThings known;
    /** The names of the places the draft being added found in a gazetteer, by their keys. */
    private Map<String, Set<String>> newPlaces = Map.of();

    /** Evaluates drafts whose keys name things {@code known} knows. */
    public GoldEvaluation(KnownThings known) {
        this.known = known;
        for (Kind kind : Kind.values()) {
            scores.put(kind, new Evaluation.Score());
        }
    }

    public Map<Kind, Evaluation.Score> scores() {
        return scores;
    }

    /** Adds one report: what was drafted from it against what its gold entry states. */
    public void add(Extraction draft, GoldReport gold) {
        String report = "report " + gold.key() + ": ";
        newPlaces = new java.util.HashMap<>();
        for (NewPlace place : draft.newPlaces()) {
            Set<String> names = new java.util.HashSet<>(place.written());
            names.add(Names.folded(place.place().name()));
            newPlaces.put(place.key(), names);
        }
        List<String> goldPersons = new ArrayList<>();
        gold.persons().forEach((name, post) -> goldPersons.add(name + ", " + post));
        count(Kind.PERSONS, report, goldPersons, persons(draft), GoldEvaluation::samePerson);
        // the gold leaves countries out of its places
        count(Kind.PLACES, report, gold.places(), named(draft, Statement.Kind.PLACE).stream()
            .filter(f -> !"Country".equals(known.typeOf(f.shown()))).toList(), GoldEvaluation::named);
        count(Kind.DATES, report, gold.dates(), dates(draft), (g, f) -> g.equals(f.shown()));
        count(Kind.AGREEMENTS, report, gold.agreements().stream().distinct().toList(), agreements(draft),
            (g, f) -> f.names().get(0).contains(g.toLowerCase(java.util.Locale.ROOT)));
        count(Kind.LINKS, report, gold.links().stream().map(p -> p.get(0) + " – " + p.get(1)).toList(), links(draft),
            GoldEvaluation::sameLink);
        // nor does it count the governments of the places it annotates among organisations
        count(Kind.ORGANISATIONS, report, gold.organisations(), organisations(draft).stream()
            .filter(f -> !f.shown().startsWith("new:LocalGovernment:") && !"LocalGovernment".equals(known.typeOf(f.shown())))
            .toList(), GoldEvaluation::named);
    }

    /** A drafted fact: as shown in a report of errors, and the names that match it (as {@link Names#folded} gives them). */
    private record Fact(String shown, List<Set<String>> names) {
    }

    private void count(Kind kind, String report, List<String> wanted, List<Fact> found, BiPredicate<String, Fact> same) {
        Evaluation.Score score = scores.get(kind);
        List<Fact> left = new ArrayList<>(found);
        for (String gold : wanted) {
            Fact match = left.stream().filter(f -> same.test(gold, f)).findFirst().orElse(null);
            if (match == null) {
                score.count(0, 0, 1, report + "- " + gold);
            } else {
                left.remove(match);
                score.count(1, 0, 0, null);
            }
        }
        left.forEach(f -> score.count(0, 1, 0, report + "+ " + f.shown()));
    }

    /** The people drafted, one fact per name, with every post the draft gives that name. */
    private static List<Fact> persons(Extraction draft) {
        Map<String, List<String>> posts = new LinkedHashMap<>();
        Map<String, String> shownNames = new LinkedHashMap<>();
        for (PersonPost person : draft.people()) {
            String name = Names.folded(person.name());
            shownNames.putIfAbsent(name, person.name());
            List<String> titles = posts.computeIfAbsent(name, n -> new ArrayList<>());
            if (!titles.contains(person.title())) {
                titles.add(person.title());
            }
        }
        return posts.entrySet().stream().map(e -> new Fact(shownNames.get(e.getKey()) + ", " + String.join(" / ", e.getValue()),
            List.of(Set.of(e.getKey()), e.getValue().stream().map(t -> Names.folded(withoutBrackets(t))).collect(Collectors.toSet())))).toList();
    }

    /** A post without the abbreviations in brackets some reports add: "Wali Kota (Wako) Pekanbaru". */
    private static String withoutBrackets(String post) {
        return post.replaceAll("\\s*\\([^)]*\\)", "");
    }

    /** The same name, and the same post as one of the drafted ones or one the other's words contain ("Wali Kota"). */
    private static boolean samePerson(String gold, Fact fact) {
        int comma = gold.indexOf(", ");
        String name = Names.folded(gold.substring(0, comma));
        String post = " " + Names.folded(withoutBrackets(gold.substring(comma + 2))) + " ";
        return fact.names().get(0).contains(name) && fact.names().get(1).stream().map(d -> " " + d + " ")
            .anyMatch(drafted -> post.contains(drafted) || drafted.contains(post));
    }

    private List<Fact> named(Extraction draft, Statement.Kind kind) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (Statement statement : draft.statements()) {
            if (statement.kind() == kind) {
                facts.computeIfAbsent(statement.key(), key -> new Fact(key, List.of(names(key))));
            }
        }
        return List.copyOf(facts.values());
    }

    private static boolean named(String gold, Fact fact) {
        return fact.names().get(0).contains(Names.folded(gold));
    }

    private List<Fact> organisations(Extraction draft) {
        return named(draft, Statement.Kind.ORGANISATION);
    }

    /** The names of a known thing, or the name a new organisation's key carries ({@code new:TYPE:NAME[:PLACE]}). */
    private Set<String> names(String key) {
        if (key.startsWith("new:")) {
            return Set.of(Names.folded(key.split(":", 4)[2]));
        }
        if (newPlaces.containsKey(key)) {
            return newPlaces.get(key);
        }
        Set<String> names = known.namesOf(key).stream().map(Names::folded).collect(Collectors.toSet());
        return names.isEmpty() ? Set.of(Names.folded(key)) : names;
    }

    private static List<Fact> dates(Extraction draft) {
        // the gold holds the dates the text fixes, not the report's year given to events the text leaves undated
        return draft.statements().stream().filter(s -> (s.kind() == Statement.Kind.EVENT_DATE
                || s.kind() == Statement.Kind.COOPERATION_DATE) && !s.assumed())
            .map(s -> s.key().split("\\|")[s.kind() == Statement.Kind.EVENT_DATE ? 1 : 0]).distinct()
            .map(d -> new Fact(d, List.of())).toList();
    }

    private static List<Fact> agreements(Extraction draft) {
        return draft.statements().stream().filter(s -> s.kind() == Statement.Kind.AGREEMENT_STATUS)
            .map(s -> s.key().split("\\|")[0]).distinct()
            .map(type -> new Fact(type, List.of(AGREEMENT_NAMES.getOrDefault(type, Set.of(type))))).toList();
    }

    private List<Fact> links(Extraction draft) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (Statement statement : draft.statements()) {
            if (statement.kind() == Statement.Kind.COOPERATION) {
                String[] pair = statement.key().split("\\|");
                facts.computeIfAbsent(statement.key(), key -> new Fact(pair[0] + " – " + pair[1],
                    List.of(names(pair[0]), names(pair[1]))));
            }
        }
        return List.copyOf(facts.values());
    }

    private static boolean sameLink(String gold, Fact fact) {
        String[] pair = gold.split(" – ");
        String a = Names.folded(pair[0]);
        String b = Names.folded(pair[1]);
        return fact.names().get(0).contains(a) && fact.names().get(1).contains(b)
            || fact.names().get(0).contains(b) && fact.names().get(1).contains(a);
    }
}
