package org.citycoop.load.resolve;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Place names folded to keys that spellings of one name share: accents and diacritics dropped, letters with no
 * decomposition spelled out ({@code ß}, {@code ø}, {@code ł}, {@code ı}), case, punctuation and hyphens ignored,
 * abbreviations such as {@code St.} written out. {@link #variants} adds the looser keys: without a parenthesised
 * qualifier, without a generic word ({@code City}, {@code -shi}, {@code Kota}), with doubled letters single, with
 * no spaces.
 */
public final class NameKeys {
    private static final Map<Character, String> SPELLED = Map.ofEntries(Map.entry('ß', "ss"), Map.entry('ø', "o"),
        Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('ł', "l"), Map.entry('đ', "d"), Map.entry('ð', "d"),
        Map.entry('þ', "th"), Map.entry('ı', "i"), Map.entry('ħ', "h"), Map.entry('ŀ', "l"));
    private static final Map<String, String> ABBREVIATIONS = Map.of("st", "saint", "ste", "sainte", "mt", "mount",
        "ft", "fort", "sv", "sveti", "sw", "sankt");
    /** Words that say what kind of place a name is, not which. */
    private static final Set<String> GENERIC = Set.of("city", "town", "municipality", "district", "county", "shi", "si",
        "gun", "ku", "cho", "machi", "kota", "kabupaten", "regency", "prefecture", "province", "of", "the", "metropolitan",
        "municipal", "borough", "township", "village", "commune", "gmina", "greater");

    /** Words that join a name to what tells it from others of the same name. */
    private static final Set<String> CONNECTORS = Set.of("am", "an", "im", "in", "on", "upon", "sur", "sous", "en", "bei",
        "ob", "nad", "pod", "na", "del", "de", "di", "da");

    private NameKeys() {
    }

    /** The strict key: the name folded. */
    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || isApostrophe(c)) {
                continue;
            }
            String spelled = SPELLED.get(c);
            if (spelled != null) {
                key.append(spelled);
            } else {
                key.append(Character.isLetterOrDigit(c) ? c : ' ');
            }
        }
        return expand(key.toString().trim().split("\\s+"));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʻ' || c == 'ʼ' || c == '`' || c == '‘';
    }

    private static String expand(String[] words) {
        StringBuilder key = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty()) {
                key.append(key.length() == 0 ? "" : " ").append(ABBREVIATIONS.getOrDefault(word, word));
            }
        }
        return key.toString();
    }

    /** The strict key first, then the looser ones, each once. */
    static List<String> variants(String name) {
        return variants(name, true);
    }

    /**
     * The keys of {@link #variants(String)}, without the one cut before a connector when {@code cutConnector} is
     * false: {@code Mont-de-Marsan} is not a place named {@code Mont}.
     */
    static List<String> variants(String name, boolean cutConnector) {
        Set<String> keys = new LinkedHashSet<>();
        String strict = fold(name);
        keys.add(strict);
        int paren = name.indexOf('(');
        if (paren > 0) {
            keys.add(fold(name.substring(0, paren)));
        }
        int comma = name.indexOf(',');
        if (comma > 0) {
            keys.add(fold(name.substring(0, comma)));
        }
        for (String key : List.copyOf(keys)) {
            keys.add(withoutGeneric(key));
        }
        String beforeConnector = beforeConnector(strict);
        if (cutConnector && beforeConnector != null) {
            keys.add(beforeConnector);
        }
        for (String key : List.copyOf(keys)) {
            keys.add(key.replaceAll("(\\p{L})\\1", "$1"));
            keys.add(key.replace(" ", ""));
        }
        keys.remove("");
        return List.copyOf(keys);
    }

    /**
     * The key of a name as German spells names from Slavic and other languages, in English spelling ({@code
     * Jaroslawl}, {@code Yaroslavl}; {@code Baltschik}, {@code Balchik}; {@code Serpuchow}, {@code Serpukhov}): a last
     * resort, for names nothing else matched.
     */
    static String transliterated(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : fold(name).split(" ")) {
            String english = word.replace('j', 'y').replace('w', 'v').replace("tsch", "\0").replace("dsch", "j")
                .replace("sch", "sh").replace("ch", "kh").replace("\0", "ch");
            key.append(key.length() == 0 ? "" : " ").append(english);
        }
        return key.toString();
    }

    /** The words before a connector that qualifies a name ({@code Offenbach am Main}, {@code Arganda del Rey}). */
    private static String beforeConnector(String key) {
        String[] words = key.split(" ");
        for (int i = 1; i < words.length - 1; i++) {
            if (CONNECTORS.contains(words[i])) {
                return String.join(" ", java.util.Arrays.copyOf(words, i));
            }
        }
        return null;
    }

    private static String withoutGeneric(String key) {
        StringBuilder kept = new StringBuilder();
        for (String word : key.split(" ")) {
            if (!GENERIC.contains(word)) {
                kept.append(kept.length() == 0 ? "" : " ").append(word);
            }
        }
        return kept.length() == 0 ? key : kept.toString();
    }
}
