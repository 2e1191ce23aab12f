package org.citycoop.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The extractor's word lists, read from {@code lexicon.yaml}: abbreviations, titles, languages, months, weekdays. */
public final class Lexicon {
    private static final Lexicon INSTANCE = read();
    private final Map<String, Object> data;
    /** What each method made of the data, made once: the rules ask for their lists sentence by sentence. */
    private final Map<String, Object> made = new java.util.concurrent.ConcurrentHashMap<>();

    private Lexicon(Map<String, Object> data) {
        this.data = data;
    }

    public static Lexicon get() {
        return INSTANCE;
    }

    @SuppressWarnings("unchecked")
    private static Lexicon read() {
        try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.yaml")) {
            return new Lexicon((Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the jar lacks the extractor's lexicon", e);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T once(String name, java.util.function.Supplier<T> make) {
        return (T) made.computeIfAbsent(name, k -> make.get());
    }

    @SuppressWarnings("unchecked")
    private List<String> list(String name) {
        return ((List<Object>) data.get(name)).stream().map(String::valueOf).toList();
    }

    public Set<String> abbreviations() {
        return once("abbreviations", () -> Set.copyOf(list("abbreviations")));
    }

    public Set<String> prefixTitles() {
        return once("prefixTitles", () -> Set.copyOf(list("prefixTitles")));
    }

    public Set<String> suffixTitles() {
        return once("suffixTitles", () -> Set.copyOf(list("suffixTitles")));
    }

    /** Words that begin a post, longest first. */
    public List<String> postHeads() {
        return once("postHeads", () -> list("postHeads").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList());
    }

    /** Heads that are a whole post on their own; the others take a word more before a name. */
    public Set<String> completeHeads() {
        return once("completeHeads", () -> Set.copyOf(list("completeHeads")));
    }

    /** The words government units and posts are made of, in lower case: never part of a name after a post. */
    public Set<String> unitWords() {
        return once("unitWords", () -> Set.copyOf(list("unitWords")));
    }

    /** Words after which a number such as 2014 is a year. */
    public List<String> yearWords() {
        return once("yearWords", () -> list("yearWords"));
    }

    public Set<String> weekdays() {
        return once("weekdays", () -> Set.copyOf(list("weekdays")));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Set<String>> languages() {
        return once("languages", () -> ((Map<String, List<String>>) data.get("languages")).entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue()))));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Integer> months() {
        return once("months", () -> (Map<String, Integer>) data.get("months"));
    }

    /** Words before a name that say its kind, with the kind's class ({@code Kota}: City). */
    public Map<String, String> placeKindsBefore() {
        return once("placeKindsBefore", () -> strings("placeKindsBefore"));
    }

    /** Words after a name that say its kind ({@code Prefecture}: Prefecture). */
    public Map<String, String> placeKindsAfter() {
        return once("placeKindsAfter", () -> strings("placeKindsAfter"));
    }

    /** Posts followed by the place they govern, longest first. */
    public List<String> placeHeads() {
        return once("placeHeads", () -> list("placeHeads").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList());
    }

    /** The kind of place a post of {@link #placeHeads()} governs ({@code Gubernur}: Province). */
    public Map<String, String> placeHeadKinds() {
        return once("placeHeadKinds", () -> strings("placeHeadKinds"));
    }

    /** Words after a name that show it governs a place: "Surabaya Mayor", "Fukuoka Government". */
    public List<String> placePostsAfter() {
        return once("placePostsAfter", () -> list("placePostsAfter"));
    }

    /** Other names of cities, with the city's name in the gazetteers ({@code Solo}: Surakarta). */
    public Map<String, String> cityNames() {
        return once("cityNames", () -> strings("cityNames"));
    }

    /** Other names of Indonesia's provinces, with the province's name in the Kemendagri list. */
    public Map<String, String> provinceNames() {
        return once("provinceNames", () -> strings("provinceNames"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> strings(String name) {
        return ((Map<String, Object>) data.get(name)).entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }
}
