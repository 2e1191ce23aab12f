package org.citycoop.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citycoop.load.resolve.Countries;

/**
 * Finds the places a sentence names that a gazetteer lists ({@link GazetteerNames}), by the shape of the words around
 * them: a name after a word of its kind ({@code Kota Bandung}, {@code Provinsi Jawa Timur}, {@code City of Darwin}) or
 * before one ({@code Kagawa Prefecture}), after a post that governs it ({@code Wali Kota Surabaya}, {@code Mayor of
 * Kochi}), or standing alone between words in lower case. A name that only begins or ends a longer run of capitalised
 * words is taken for part of another name ({@code Yusuke Nakano} is a person, not the ward Nakano); so is a place that
 * only GeoNames knows and that has fewer than {@value #ALONE_POPULATION} people, unless a word says its kind.
 */
final class PlaceRules {
    /** Capitalised words, the short forms of provinces, and "of" inside names of the form "City of X". */
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.\\-]*|of");
    private static final int LONGEST_NAME = 4;
    /** An abbreviation in brackets, which does not end a run: "Wali Kota (Wako) Pekanbaru". */
    private static final Pattern BRACKETED = Pattern.compile(" \\(\\p{Lu}[\\p{L}.]{1,15}\\)(?= )");
    private static final java.util.Set<String> ABBREVIATED = Lexicon.get().placeKindsBefore().keySet().stream()
        .filter(k -> k.endsWith(".")).collect(java.util.stream.Collectors.toSet());
    private static final long ALONE_POPULATION = 20_000;
    private final GazetteerNames names;
    private final Map<String, String> kindsBefore = Lexicon.get().placeKindsBefore();
    private final Map<String, String> kindsAfter = Lexicon.get().placeKindsAfter();
    private final List<String> heads = Lexicon.get().placeHeads();
    private final Map<String, String> provinceNames = Lexicon.get().provinceNames();
    private final Map<String, String> cityNames = Lexicon.get().cityNames();
    private final List<String> postsAfter = Lexicon.get().placePostsAfter();
    private final Map<String, String> headKinds = Lexicon.get().placeHeadKinds();
    /** Marks a kind a post prefers rather than one a word says: "prefer:Province" after "Gubernur". */
    private static final String PREFER = "prefer:";

    /** A place found: where the sentence names it, how, and the gazetteer's entry. */
    record Found(int start, int end, String written, GazetteerNames.Place place, boolean endOfName) {
        /** A place found by itself, not as the end of a longer name. */
        Found(int start, int end, String written, GazetteerNames.Place place) {
            this(start, end, written, place, false);
        }
    }

    private record Token(int start, int end, String text) {
    }

    PlaceRules(GazetteerNames names) {
        this.names = names;
    }

    /**
     * The places of a sentence. A one-word name alone is not taken when the report writes it in lower case elsewhere
     * ({@code common}: Indonesian {@code Kami} and {@code Itu} begin sentences), nor when it names a country.
     *
     * @param common the words the report writes in lower case
     */
    List<Found> find(String text, java.util.Set<String> common) {
        return find(text, common, Map.of());
    }

    /**
     * The places of a sentence, where a name the report has already given a place (as {@link Names#folded} writes it)
     * is that place wherever it stands, unless a word says another kind: "Kepala Bappeda Pekanbaru Ahmad" after "Wali
     * Kota Pekanbaru".
     */
    List<Found> find(String text, java.util.Set<String> common, Map<String, GazetteerNames.Place> seen) {
        List<Found> found = new ArrayList<>();
        if (names.isEmpty()) {
            return found;
        }
        for (List<Token> run : runs(text)) {
            inRun(run, common, seen).stream().filter(f -> !Countries.get().code(f.written()).isPresent()).forEach(found::add);
        }
        return found;
    }

    /** Runs of capitalised words one space apart, or an abbreviation in brackets apart. */
    private static List<List<Token>> runs(String written) {
        // blanked out, the abbreviation keeps the positions of the words after it
        String text = BRACKETED.matcher(written).replaceAll(m -> " ".repeat(m.group().length()));
        List<List<Token>> runs = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            boolean boundary = (word.start() == 0 || !Character.isLetterOrDigit(text.charAt(word.start() - 1)))
                && (word.end() == text.length() || !Character.isLetterOrDigit(text.charAt(word.end())));
            if (!boundary) {
                continue;
            }
            // a full stop ends the sentence, unless the word is a short form ("Kab.")
            boolean stop = word.group().endsWith(".") && !ABBREVIATED.contains(word.group());
            Token token = new Token(word.start(), stop ? word.end() - 1 : word.end(),
                stop ? word.group().substring(0, word.group().length() - 1) : word.group());
            if (!run.isEmpty() && !text.substring(run.get(run.size() - 1).end(), token.start()).isBlank()) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(token);
        }
        runs.add(run);
        return runs;
    }

    private List<Found> inRun(List<Token> run, java.util.Set<String> common, Map<String, GazetteerNames.Place> seen) {
        List<Found> found = new ArrayList<>();
        String hint = null;
        int i = 0;
        while (i < run.size()) {
            int cue = phrase(run, i, kindsBefore.keySet().stream().toList());
            int head = cue > 0 ? 0 : phrase(run, i, heads);
            if (cue + head > 0) {
                hint = cue > 0 ? kindsBefore.get(words(run, i, i + cue))
                    : headKinds.containsKey(words(run, i, i + head)) ? PREFER + headKinds.get(words(run, i, i + head)) : "any";
                i += cue + head;
                continue;
            }
            Found place = name(run, i, hint, common, seen);
            if (place == null) {
                hint = null;
                i++;
            } else {
                found.add(place);
                hint = null;
                i = indexAfter(run, place.end());
            }
        }
        return found;
    }

    /** The longest name that begins at token {@code i} and is taken for a place; null when none is. */
    private Found name(List<Token> run, int i, String hint, java.util.Set<String> common,
            Map<String, GazetteerNames.Place> seen) {
        for (int end = Math.min(run.size(), i + LONGEST_NAME); end > i; end--) {
            String written = words(run, i, end);
            if (written.startsWith("of ") || written.endsWith(" of") || written.equals("of")) {
                continue;
            }
            Found found = nameOf(run, i, end, hint, common, seen);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The place the tokens from {@code i} to {@code end} name, when the words around them show it; else null. */
    private Found nameOf(List<Token> run, int i, int end, String hint, java.util.Set<String> common,
            Map<String, GazetteerNames.Place> seen) {
        String written = words(run, i, end);
        String after = end < run.size() ? kindsAfter.get(run.get(end).text()) : null;
        String preferred = hint != null && hint.startsWith(PREFER) ? hint.substring(PREFER.length()) : null;
        String kind = hint != null && !hint.equals("any") && preferred == null ? hint : after;
        GazetteerNames.Place before = seen.get(Names.folded(written));
        // a name the report has given a place stays that place, unless a word says another kind: Kumamoto after
        // "Prefektur Kumamoto"
        boolean named = before != null && (kind == null || kind.equals(before.type()))
            && (preferred == null || best(List.of(before), preferred) != null);
        boolean alias = provinceNames.containsKey(written) || cityNames.containsKey(written);
        boolean alone = i == 0 && end == run.size()
            && !(end - i == 1 && common.contains(written.toLowerCase(java.util.Locale.ROOT)));
        boolean cued = hint != null || after != null || alone || alias || named;
        List<GazetteerNames.Place> candidates = names.named(provinceNames.getOrDefault(written,
            cityNames.getOrDefault(written, written)));
        GazetteerNames.Place place = named ? before : preferred != null && best(candidates, preferred) != null
            ? best(candidates, preferred) : best(candidates, kind);
        boolean governed = place != null && (phrase(run, end, postsAfter) > 0 || inItsCountry(run, end, place));
        if (place != null && !cued && !governed) {
            // the end of a longer name, where something is: "KJRI Osaka" (the prefecture, where a city shares its
            // name), "Gedung Negara Grahadi Surabaya"
            GazetteerNames.Place prefecture = best(candidates, "Prefecture");
            place = endsAName(run, i, end, prefecture) ? prefecture : endsAName(run, i, end, place) ? place : null;
        }
        if (place == null || !place.national() && kind == null && place.population() < ALONE_POPULATION && !named) {
            return null;
        }
        boolean endOfName = i > 0 && !(hint != null || after != null || alias || governed);
        return new Found(run.get(i).start(), run.get(end - 1).end(), written, place, endOfName);
    }

    /**
     * Whether a city of Indonesia's list or a prefecture of Japan's ends a longer name, as where something is: "Gedung
     * Negara Grahadi Surabaya", "KJRI Osaka". Smaller places are not taken so: "Masashi Mori" is no town of Mori.
     */
    private static boolean endsAName(List<Token> run, int i, int end, GazetteerNames.Place place) {
        return place != null && i > 0 && end == run.size() && place.national()
            && (place.type().equals("City") && place.country().equals("ID") || place.type().equals("Prefecture"));
    }

    /** Whether the words after a name name the country the place lies in: "Fukuoka Japan", "Toyama Jepang". */
    private static boolean inItsCountry(List<Token> run, int end, GazetteerNames.Place place) {
        for (int to = Math.min(run.size(), end + 2); to > end; to--) {
            java.util.Optional<String> country = Countries.get().code(words(run, end, to));
            if (country.isPresent()) {
                return country.get().equals(place.country());
            }
        }
        return false;
    }

    /** The entry of the kind said, else a national list's city before its regency, else the biggest. */
    private static GazetteerNames.Place best(List<GazetteerNames.Place> candidates, String kind) {
        return candidates.stream().filter(p -> kind == null || kind.equals(p.type())
                || kind.equals("City") && (p.type().equals("Municipality") || p.type().equals("PopulatedPlace"))
                || kind.equals("Province") && p.type().equals("Prefecture"))
            .min(java.util.Comparator.comparing((GazetteerNames.Place p) -> !p.national())
                .thenComparing(p -> !p.type().equals("City")))
            .orElse(null);
    }

    /** How many tokens from {@code i} spell one of the phrases, the longest; 0 when none does. */
    private static int phrase(List<Token> run, int i, List<String> phrases) {
        int longest = 0;
        for (String phrase : phrases) {
            int length = phrase.split(" ").length;
            if (length > longest && i + length <= run.size() && words(run, i, i + length).equals(phrase)) {
                longest = length;
            }
        }
        return longest;
    }

    private static String words(List<Token> run, int from, int to) {
        StringBuilder words = new StringBuilder();
        for (int k = from; k < to; k++) {
            words.append(k > from ? " " : "").append(run.get(k).text());
        }
        return words.toString();
    }

    private static int indexAfter(List<Token> run, int end) {
        int k = 0;
        while (k < run.size() && run.get(k).start() < end) {
            k++;
        }
        return k;
    }
}
