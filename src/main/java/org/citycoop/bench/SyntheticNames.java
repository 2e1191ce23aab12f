package org.citycoop.bench;

import java.util.Random;

/** Made-up personal names of two words, built from syllables: no real person's name is taken. */
final class SyntheticNames {
    private static final String[] SYLLABLES = {"ka", "ri", "to", "ma", "su", "na", "de", "lo", "wi", "an", "be", "ho",
        "sa", "ti", "ra", "no", "mi", "ye", "gu", "le"};
    private final Random random;

    SyntheticNames(Random random) {
        this.random = random;
    }

    String next() {
        return word(2 + random.nextInt(2)) + " " + word(2 + random.nextInt(2));
    }

    private String word(int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
