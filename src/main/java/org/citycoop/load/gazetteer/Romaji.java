package org.citycoop.load.gazetteer;

import java.util.Locale;

import com.ibm.icu.text.Transliterator;

/**
 * A Japanese municipality's name in Latin letters, from its reading in kana, as English texts write it: Hepburn,
 * long vowels written short ({@code ちゅうおう}, {@code Chuo}), without the word for its kind ({@code 市}, {@code
 * 町}, {@code 村}, {@code 区}). Other sources (GeoNames, Wikipedia's lists) name these places so.
 *
 * <pre>{@code
 * Romaji.name("八百津町", "やおつちょう")   // "Yaotsu"
 * Romaji.name("札幌市 中央区", "さっぽろし ちゅうおうく")   // "Chuo (Sapporo)"
 * }</pre>
 */
public final class Romaji {
    /** The kanji of a municipality's kind, with the kana it may be read as. */
    private static final String[][] KINDS = {{"市", "し"}, {"町", "ちょう"}, {"町", "まち"}, {"村", "むら"},
        {"村", "そん"}, {"区", "く"}};
    private static final ThreadLocal<Transliterator> LATIN = ThreadLocal.withInitial(
        () -> Transliterator.getInstance("Hiragana-Latin; Latin-ASCII"));

    private Romaji() {
    }

    /**
     * The name in Latin letters, or null when the kana does not read the name ({@code kanji} and {@code kana} have
     * as many space-separated parts, a ward after its city).
     */
    public static String name(String kanji, String kana) {
        String[] names = kanji.strip().split("\\s+");
        String[] readings = kana.strip().split("\\s+");
        if (names.length != readings.length || names.length > 2 || kana.isBlank()) {
            return null;
        }
        String own = word(names[names.length - 1], readings[readings.length - 1]);
        return names.length == 1 ? own : own + " (" + word(names[0], readings[0]) + ")";
    }

    private static String word(String kanji, String kana) {
        String reading = kana;
        for (String[] kind : KINDS) {
            if (kanji.endsWith(kind[0]) && kana.endsWith(kind[1]) && kana.length() > kind[1].length()) {
                reading = kana.substring(0, kana.length() - kind[1].length());
                break;
            }
        }
        // Hepburn writes ぢ and づ as ji and zu, as GeoNames and the municipalities themselves do (Aizuwakamatsu)
        String latin = LATIN.get().transliterate(reading).replace("'", "").replace("dzu", "zu").replace("dj", "j")
            .replace("ou", "o").replace("uu", "u").replace("oo", "o");
        return latin.isEmpty() ? latin : latin.substring(0, 1).toUpperCase(Locale.ROOT) + latin.substring(1);
    }
}
