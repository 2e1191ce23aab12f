package org.citycoop.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;

/**
 * A report split into paragraphs (lines) and sentences. A full stop ends a sentence unless it ends an abbreviation
 * or an initial ({@code Dr.}, {@code M.}, {@code Plt.}) or sits inside a number ({@code 10.00}).
 *
 * <pre>{@code
 * Document document = Document.of(text);
 * String language = document.language();   // "id" or "en"
 * }</pre>
 */
public final class Document {
    private final String text;
    private final List<Sentence> sentences;

    private Document(String text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = sentences;
    }

    /** Splits a text; an empty text is refused. */
    public static Document of(String text) {
        if (text == null || text.isBlank()) {
            throw new CityCoopException(ErrorId.UNREADABLE_INPUT, "the report is empty: there is nothing to extract");
        }
        return new Document(text, split(text, Lexicon.get().abbreviations()));
    }

    public String text() {
        return text;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    private static List<Sentence> split(String text, Set<String> abbreviations) {
        List<Sentence> sentences = new ArrayList<>();
        int[] codePoints = text.codePoints().toArray();
        int paragraph = 1;
        int start = 0;
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            boolean lineEnd = c == '\n';
            boolean stop = (c == '.' || c == '!' || c == '?') && endsSentence(codePoints, i, abbreviations);
            if (lineEnd || stop || i == codePoints.length - 1) {
                int end = lineEnd ? i : closingQuote(codePoints, i + 1);
                add(sentences, codePoints, start, end, paragraph);
                if (!lineEnd) {
                    i = end - 1;
                }
                start = end + (lineEnd ? 1 : 0);
                if (lineEnd) {
                    paragraph++;
                }
            }
        }
        return sentences;
    }

    /** Quotes that close a sentence belong to it. */
    private static int closingQuote(int[] cp, int from) {
        int end = from;
        while (end < cp.length && (cp[end] == '"' || cp[end] == '\u201D' || cp[end] == '\'' || cp[end] == ')')) {
            end++;
        }
        return end;
    }

    private static boolean endsSentence(int[] cp, int dot, Set<String> abbreviations) {
        if (dot + 1 < cp.length && !Character.isWhitespace(cp[dot + 1]) && cp[dot + 1] != '"' && cp[dot + 1] != '\u201D') {
            return false;
        }
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetterOrDigit(cp[wordStart - 1])) {
            wordStart--;
        }
        String word = new String(cp, wordStart, dot - wordStart);
        if (cp[dot] == '.' && (abbreviations.contains(word) || word.length() == 1 && Character.isUpperCase(cp[wordStart]))) {
            return false;
        }
        int next = dot + 1;
        while (next < cp.length && (Character.isWhitespace(cp[next]) && cp[next] != '\n' || cp[next] == '"'
                || cp[next] == '\u201D')) {
            next++;
        }
        return next >= cp.length || cp[next] == '\n' || !Character.isLowerCase(cp[next]);
    }

    private static void add(List<Sentence> sentences, int[] cp, int start, int end, int paragraph) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(cp[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(cp[to - 1])) {
            to--;
        }
        if (to > from) {
            sentences.add(new Sentence(sentences.size() + 1, paragraph, from, to, new String(cp, from, to - from)));
        }
    }

    /** "id" or "en", by the share of each language's frequent words; a text in neither is refused. */
    public String language() {
        return detectLanguage().orElseThrow(() -> new CityCoopException(ErrorId.BAD_OPTION, "the report is in neither "
            + "Indonesian nor English (too few of its words are frequent words of either); extraction reads Indonesian "
            + "and English only"));
    }

    /** The language by the share of its frequent words (at least one word in twenty), if the text shows one. */
    public java.util.Optional<String> detectLanguage() {
        Map<String, Set<String>> languages = Lexicon.get().languages();
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Set<String>> language : languages.entrySet()) {
            int count = 0;
            for (String word : words) {
                if (language.getValue().contains(word)) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = language.getKey();
                bestCount = count;
            }
        }
        return best == null || bestCount * 20 < words.length ? java.util.Optional.empty() : java.util.Optional.of(best);
    }
}
