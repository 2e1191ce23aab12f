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
        "municipal", "borough", "township", "village", "commune", "gmina", "greater", "gu", "mura",
        // the same words as Wikidata's German labels write them (Oblast Moskau, Provinz Cavite, Kreis Kleve)
        "oblast", "provinz", "prafektur", "kreis", "landkreis", "bezirk", "powiat", "rajon", "raion", "distrikt",
        "departement", "kanton", "kraj", "megye", "okres", "partido", "governorate", "voivodeship", "region",
        // what countrystatecity adds to a municipality's name (Gentofte Kommune, Municipiul Toplița, Comuna Ulieș)
        "kommune", "kommun", "municipiul", "comuna", "oras", "shire");

    /** Words that say a name is an area's. */
    private static final Set<String> AREAS = Set.of("district", "county", "province", "prefecture", "regency",
        "kabupaten", "region", "oblast", "raion", "rayon", "department", "governorate", "voivodeship", "canton",
        "shire", "parish", "area", "borough", "provinz", "prafektur", "kreis", "landkreis", "bezirk", "powiat", "rajon",
        "distrikt", "departement", "kanton", "kraj", "megye", "okres", "partido");

    /** Words that begin many names, and so tell nothing alone. */
    private static final Set<String> PREFIXES = Set.of("saint", "sainte", "san", "santa", "santo", "sao", "sankt",
        "bad", "new", "old", "north", "south", "east", "west", "upper", "lower", "petit", "grand", "nord", "sud", "le",
        "la", "les", "el", "al", "mount", "fort", "port", "lake", "great", "little");

    /** Words that tell a place from its neighbour of the same name: new, old, upper, lower, big, small, a side. */
    private static final Set<String> QUALIFIERS = Set.of("zuid", "noord", "oost", "ost", "est", "ouest", "novaya",
        "novyy", "novy", "nova", "novo", "nowa", "nowy", "staraya", "staryy", "stary", "stara", "stare", "stari",
        "dolni", "horni", "velke", "male", "velka", "mala", "dolny", "horny", "gorny", "gornji", "donji", "alt", "alten",
        "neu", "nieuw", "oude", "ober", "unter", "nieder", "hohen", "gross", "klein", "veliki", "mali", "zgornja",
        "spodnja", "nagy", "kis", "mare", "mic");

    /** Words that join the parts of one name ({@code Bayenghem-lès-Éperlecques}, {@code Moret-Loing-et-Orvanne}). */
    private static final Set<String> JOINING = Set.of("les", "lez", "et", "and");
    /** A dash between spaces, between a city and its district ({@code Vienna 22 – Donaustadt}). */
    private static final java.util.regex.Pattern SPACED_DASH = java.util.regex.Pattern.compile("\\s[–—-]\\s");

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

    /** The strict key, and the strict key without generic words ({@code City}, {@code Kota}), each once. */
    static List<String> strictVariants(String name) {
        String strict = fold(name);
        String general = withoutGeneric(strict);
        return strict.isEmpty() ? List.of() : strict.equals(general) ? List.of(strict) : List.of(strict, general);
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
        String[] aroundDash = SPACED_DASH.split(name, 2);
        if (aroundDash.length == 2) {
            keys.add(fold(aroundDash[1])); // Vienna 22 – Donaustadt, Seoul – Seocho: the district
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
     * The keys of the parts of a name joined by hyphens or dashes ({@code Gornji Vakuf-Uskoplje}, {@code
     * Schirgiswalde-Kirschau}), leaving out parts that begin many names ({@code Saint}, {@code Bad}).
     */
    static Set<String> joinedParts(String name) {
        Set<String> parts = new LinkedHashSet<>();
        String[] aroundDash = SPACED_DASH.split(name.replaceAll("\\(.*\\)", ""), 2);
        // Berlin – Marzahn-Hellersdorf: the city, then its district
        String[] split = aroundDash[aroundDash.length - 1].split("[-–—]");
        if (split.length < 2) {
            return parts;
        }
        for (String part : split) {
            String key = withoutGeneric(fold(part));
            if (CONNECTORS.contains(key) || JOINING.contains(key)) {
                return Set.of(); // Mont-sur-Rolle, Bayenghem-lès-Éperlecques: one name, not two places
            }
            if (key.length() >= 4 && !PREFIXES.contains(key) && !GENERIC.contains(key)) {
                parts.add(key);
            }
        }
        return parts;
    }

    /**
     * A key's consonants in one spelling, its first letter kept: the article {@code al}/{@code el} dropped, {@code x}
     * and {@code kh} as {@code h}, {@code ch} as {@code c}, vowels and {@code y} left out, doubled letters single.
     */
    static String consonants(String key) {
        String spelt = key.replaceFirst("^(al|el) ", "").replace(" ", "").replace("kh", "h").replace('x', 'h')
            .replace("ch", "c");
        if (spelt.isEmpty()) {
            return spelt;
        }
        String rest = spelt.substring(1).replaceAll("[aeiouy]", "").replaceAll("(.)\\1", "$1");
        return spelt.charAt(0) + rest;
    }

    /** The key of what a name gives in brackets ({@code Almaty} in {@code Almaly (Almaty)}), or null. */
    static String parent(String name) {
        int open = name.indexOf('(');
        int close = name.indexOf(')', open + 1);
        return open >= 0 && close > open ? fold(name.substring(open + 1, close)) : null;
    }

    /** Whether a key has a word that tells a place from its namesake nearby ({@link #QUALIFIERS}, {@code North}). */
    static boolean hasQualifier(String key) {
        for (String word : key.split(" ")) {
            if (QUALIFIERS.contains(word) || PREFIXES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name names an area (a district, a county, a province), not the town it may be named after. */
    static boolean namesArea(String name) {
        for (String word : fold(name).split(" ")) {
            if (AREAS.contains(word)) {
                return true;
            }
        }
        return false;
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
