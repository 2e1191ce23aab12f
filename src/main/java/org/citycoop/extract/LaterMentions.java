package org.citycoop.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves later mentions of people to the person first named in full: by a word of the full name ("Tomioka",
 * "Oded") or by a nickname the report gives ("pria yang akrab disapa Emil"). A nickname goes to the person last named
 * with a post before the sentence who is not named in it: the sentence speaks of someone already introduced.
 */
public final class LaterMentions {
    private static final Pattern NICKNAME = Pattern.compile("\\b(?:akrab|biasa)\\s+disap(?:a)?\\s+([A-Z][a-z]+)");
    private static final Set<String> NOT_NAMES = Set.of("Kota", "Wali", "Wakil", "Kepala", "Bapak", "Ibu", "Tim", "Para");

    /** A person with everything the report calls them and every sentence that speaks of them. */
    public record Person(String name, List<String> nicknames, List<Sentence> sentences) {
    }

    private LaterMentions() {
    }

    /**
     * The people named with posts, where a name given again with fewer of its words, in the same order ("Aryoko
     * Rumaropen" after "Aryoko A.F Rumaropen"), is the fullest name the report gives of that person.
     */
    public static List<PersonPost> fullNames(List<PersonPost> named) {
        List<PersonPost> result = new ArrayList<>();
        for (PersonPost post : named) {
            String fullest = post.name();
            for (PersonPost other : named) {
                if (other.name().length() > fullest.length() && shortened(post.name(), other.name())) {
                    fullest = other.name();
                }
            }
            result.add(fullest.equals(post.name()) ? post : new PersonPost(fullest, post.prefixes(), post.suffixes(),
                post.title(), post.acting(), post.postKey(), post.sentence()));
        }
        return result;
    }

    /** Whether the short name is two or more of the long name's words, in their order. */
    private static boolean shortened(String shortName, String longName) {
        String[] few = shortName.split("\\s+");
        String[] all = longName.split("\\s+");
        int k = 0;
        for (int i = 0; i < all.length && k < few.length; i++) {
            if (all[i].equals(few[k])) {
                k++;
            }
        }
        return few.length >= 2 && k == few.length;
    }

    /** The people of a report, by full name, with their nicknames and the sentences that mention them. */
    public static List<Person> resolve(Document document, List<PersonPost> named) {
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, Person> byAlias = new LinkedHashMap<>();
        Map<String, Pattern> aliases = new java.util.HashMap<>();
        for (Sentence sentence : document.sentences()) {
            List<Person> here = new ArrayList<>();
            for (PersonPost post : named) {
                if (post.sentence().equals(sentence)) {
                    Person person = people.computeIfAbsent(post.name(), n -> new Person(n, new ArrayList<>(), new ArrayList<>()));
                    here.add(person);
                    for (String word : post.name().split("\\s+")) {
                        if (word.length() > 2 && !word.endsWith(".") && !NOT_NAMES.contains(word)) {
                            byAlias.putIfAbsent(word, person);
                        }
                    }
                }
            }
            for (Map.Entry<String, Person> alias : byAlias.entrySet()) {
                Pattern word = aliases.computeIfAbsent(alias.getKey(), a -> Pattern.compile("\\b" + Pattern.quote(a) + "\\b"));
                if (sentence.text().contains(alias.getKey()) && word.matcher(sentence.text()).find()
                        && !here.contains(alias.getValue())) {
                    here.add(alias.getValue());
                }
            }
            Matcher nickname = NICKNAME.matcher(sentence.text());
            if (nickname.find()) {
                Person subject = lastIntroducedBefore(named, sentence, here, people);
                if (subject != null && !subject.nicknames().contains(nickname.group(1))) {
                    subject.nicknames().add(nickname.group(1));
                    byAlias.put(nickname.group(1), subject);
                    here.add(subject);
                }
            }
            here.stream().distinct().forEach(p -> {
                if (!p.sentences().contains(sentence)) {
                    p.sentences().add(sentence);
                }
            });
        }
        return new ArrayList<>(people.values());
    }

    private static Person lastIntroducedBefore(List<PersonPost> named, Sentence sentence, List<Person> here,
            Map<String, Person> people) {
        Person found = null;
        for (PersonPost post : named) {
            Person person = people.get(post.name());
            if (post.sentence().number() < sentence.number() && person != null && !here.contains(person)) {
                found = person;
            }
        }
        return found;
    }
}
