package org.citycoop.extract;

import java.text.Normalizer;
import java.util.Locale;

/** How the extractor and its evaluation compare names: lower case, accents and punctuation apart. */
final class Names {
    private Names() {
    }

    /** {@code Kōchi} and {@code kochi}, {@code Xi'an} and {@code xi an}, are one name. */
    static String folded(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
