package org.citycoop.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a name begins in the capitalised words that follow a post's head when no place, organisation or comma marks
 * the post's end ({@code Kepala Bapeda Putu Wisnu Wijaya Kusuma}, {@code Head of Transportation Department Dedi
 * Taufik}): the name is the longest run of words that may be part of a name, one to six, that ends the phrase. A word
 * the units of government are made of ({@code Dinas}, {@code Department}), a word the report writes in lower case
 * elsewhere, an acronym ({@code BJB}), a place and a joining word belong to the post.
 */
final class NameSplit {
    private static final int LONGEST_NAME = 6;
    /** A word of a post: capitalised, an abbreviation in brackets, or a joining word. */
    private static final Pattern POST_WORD = Pattern.compile(
        "\\s*(\\([A-Z][^)]{0,40}\\)|\\p{Lu}[\\p{L}\\p{M}/.'’-]*|dan|of|and|untuk|for)");
    /** A word of a post after a name, where the name is not in question: also where the post is held. */
    private static final Pattern POST_AFTER_NAME_WORD = Pattern.compile(
        "\\s*(\\([A-Z][^)]{0,40}\\)|\\p{Lu}[\\p{L}\\p{M}/.'’-]*|dan|of|and|untuk|for|from|dari|in|di|to)");
    private static final Pattern NAME_WORD = Pattern.compile(
        "\\p{Lu}[\\p{Ll}\\p{M}'’-]+|\\p{Lu}|(?:\\p{Lu}{1,3}\\.)+(?:\\p{Lu}\\p{Ll}+)?|\\p{Lu}\\p{Ll}+\\.");
    private final Set<String> unitWords = Lexicon.get().unitWords();
    private final Set<String> titles = titles();
    private final Set<String> calendarWords = calendarWords();
    /** The first words of heads: a name ends before the next post begins. */
    private final Set<String> headWords = headWords();

    /** A name found after the post it ends: where the post ends, where the name begins and ends. */
    record Split(int postEnd, int nameStart, int nameEnd) {
    }

    private record Word(int start, int end, String text) {
    }

    private static Set<String> titles() {
        Set<String> all = new java.util.HashSet<>(Lexicon.get().prefixTitles());
        all.addAll(Lexicon.get().suffixTitles());
        return all;
    }

    private static Set<String> headWords() {
        Set<String> all = new java.util.HashSet<>();
        Lexicon.get().postHeads().forEach(head -> all.add(head.split(" ")[0].toLowerCase(Locale.ROOT)));
        return all;
    }

    private static Set<String> calendarWords() {
        Set<String> all = new java.util.HashSet<>(Lexicon.get().weekdays());
        all.addAll(Lexicon.get().months().keySet());
        return all;
    }

    /**
     * The name that ends the capitalised words after a head, or null.
     *
     * @param headEnd  where the head ends
     * @param complete whether the head is a post on its own
     * @param common   the words the report writes in lower case
     * @param placeAt  whether a place or organisation covers a position of the text
     */
    Split after(String text, int headEnd, boolean complete, Set<String> common, IntPredicate placeAt) {
        List<Word> words = wordsAfter(text, headEnd, POST_WORD);
        for (int i = 1; i < words.size(); i++) {
            if (headWords.contains(words.get(i).text().toLowerCase(Locale.ROOT))) {
                words = new ArrayList<>(words.subList(0, i)); // the next post begins
                break;
            }
        }
        withoutTrailingBracketsAndJoins(words);
        int n = words.size();
        int first = n;
        while (first > 0 && n - first < LONGEST_NAME && nameWord(words.get(first - 1), common, placeAt)) {
            first--;
        }
        if (first == 0 && !complete) {
            first = 1;
        }
        if (n - first < 2) {
            return null;
        }
        return new Split(first == 0 ? headEnd : words.get(first - 1).end(), words.get(first).start(),
            words.get(n - 1).end());
    }

    /**
     * Where the name that ends just before {@code end} begins ("lead by Yoko Odaira, Coordinator from Hope"): two to
     * six words that may be part of a name; -1 when there are fewer.
     */
    int nameBefore(String text, int end, Set<String> common, IntPredicate placeAt) {
        int start = end;
        int count = 0;
        while (count < LONGEST_NAME) {
            int wordEnd = start;
            while (wordEnd > 0 && Character.isWhitespace(text.charAt(wordEnd - 1))) {
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            Word word = new Word(wordStart, wordEnd, text.substring(wordStart, wordEnd));
            if (wordStart == wordEnd || !nameWord(word, common, placeAt) || titles.contains(word.text())) {
                break;
            }
            start = wordStart;
            count++;
        }
        return count >= 2 ? start : -1;
    }

    /** Where a post that begins with a head ends: after its capitalised and joining words, not after a joining word. */
    static int postEnd(String text, int headEnd) {
        List<Word> words = wordsAfter(text, headEnd, POST_AFTER_NAME_WORD);
        withoutTrailingBracketsAndJoins(words);
        return words.isEmpty() ? headEnd : words.get(words.size() - 1).end();
    }

    /**
     * Drops the words in brackets and the joining words that end a run: a nickname in brackets follows a name ("Ahmad
     * Heryawan (Aher)"), and a joining word leads to the next post.
     */
    private static void withoutTrailingBracketsAndJoins(List<Word> words) {
        while (!words.isEmpty() && (words.get(words.size() - 1).text().startsWith("(")
                || Character.isLowerCase(words.get(words.size() - 1).text().charAt(0)))) {
            words.remove(words.size() - 1);
        }
    }

    private static List<Word> wordsAfter(String text, int from, Pattern wordOfPost) {
        List<Word> words = new ArrayList<>();
        Matcher word = wordOfPost.matcher(text);
        int position = from;
        while (word.find(position) && word.start() == position) {
            String found = word.group(1);
            // a full stop that ends the sentence is not part of the last word
            int end = word.end() == text.length() && found.endsWith(".") && found.length() > 3 ? word.end() - 1 : word.end();
            words.add(new Word(word.start(1), end, text.substring(word.start(1), end)));
            position = word.end();
        }
        return words;
    }

    private boolean nameWord(Word word, Set<String> common, IntPredicate placeAt) {
        String text = word.text();
        if (titles.contains(text)) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return NAME_WORD.matcher(text).matches() && !unitWords.contains(lower) && !calendarWords.contains(lower) && !headWords.contains(lower)
            && !(lower.length() > 1 && common.contains(lower)) && !placeAt.test(word.start());
    }
}
