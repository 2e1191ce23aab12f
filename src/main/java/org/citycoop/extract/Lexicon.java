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
    private List<String> list(String name) {
        return ((List<Object>) data.get(name)).stream().map(String::valueOf).toList();
    }

    public Set<String> abbreviations() {
        return Set.copyOf(list("abbreviations"));
    }

    public Set<String> prefixTitles() {
        return Set.copyOf(list("prefixTitles"));
    }

    public Set<String> suffixTitles() {
        return Set.copyOf(list("suffixTitles"));
    }

    /** Words that begin a post, longest first. */
    public List<String> postHeads() {
        return list("postHeads").stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Heads that are a whole post on their own; the others take a word more before a name. */
    public Set<String> completeHeads() {
        return Set.copyOf(list("completeHeads"));
    }

    /** The words government units and posts are made of, in lower case: never part of a name after a post. */
    public Set<String> unitWords() {
        return Set.copyOf(list("unitWords"));
    }

    /** Words after which a number such as 2014 is a year. */
    public List<String> yearWords() {
        return list("yearWords");
    }

    public Set<String> weekdays() {
        return Set.copyOf(list("weekdays"));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Set<String>> languages() {
        return ((Map<String, List<String>>) data.get("languages")).entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Integer> months() {
        return (Map<String, Integer>) data.get("months");
    }

    /** Words before a name that say its kind, with the kind's class ({@code Kota}: City). */
    public Map<String, String> placeKindsBefore() {
        return strings("placeKindsBefore");
    }

    /** Words after a name that say its kind ({@code Prefecture}: Prefecture). */
    public Map<String, String> placeKindsAfter() {
        return strings("placeKindsAfter");
    }

    /** Posts followed by the place they govern, longest first. */
    public List<String> placeHeads() {
        return list("placeHeads").stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The kind of place a post of {@link #placeHeads()} governs ({@code Gubernur}: Province). */
    public Map<String, String> placeHeadKinds() {
        return strings("placeHeadKinds");
    }

    /** Words after a name that show it governs a place: "Surabaya Mayor", "Fukuoka Government". */
    public List<String> placePostsAfter() {
        return list("placePostsAfter");
    }

    /** Other names of cities, with the city's name in the gazetteers ({@code Solo}: Surakarta). */
    public Map<String, String> cityNames() {
        return strings("cityNames");
    }

    /** Other names of Indonesia's provinces, with the province's name in the Kemendagri list. */
    public Map<String, String> provinceNames() {
        return strings("provinceNames");
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> strings(String name) {
        return ((Map<String, Object>) data.get(name)).entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }
}
