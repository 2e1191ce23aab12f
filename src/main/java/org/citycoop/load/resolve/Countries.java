package org.citycoop.load.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names as tables write them ({@code Germany}, {@code England, United Kingdom}, {@code Georgia (country)},
 * {@code Réunion, France}) to ISO 3166-1 alpha-2 codes: the English names Java knows for every code, and the other
 * names in {@code country-names.tsv}, all compared folded; and the Indonesian names Java knows.
 */
public final class Countries {
    /** Indonesian reports name countries in Indonesian ({@code Jepang}, {@code Korea Selatan}). */
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final Countries INSTANCE = new Countries();
    private final Map<String, String> codes = new HashMap<>();

    private Countries() {
        for (String code : Locale.getISOCountries()) {
            String english = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            codes.put(NameKeys.fold(english), code);
            codes.put(NameKeys.fold(english.replace("&", "and")), code);
            codes.put(code.toLowerCase(Locale.ROOT), code);
            codes.put(NameKeys.fold(new Locale("", code).getDisplayCountry(INDONESIAN)), code);
        }
        readAliases();
    }

    private void readAliases() {
        try (InputStream in = Countries.class.getResourceAsStream("country-names.tsv");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.startsWith("#") && line.contains("\t")).forEach(line -> {
                String[] cells = line.split("\t");
                codes.put(NameKeys.fold(cells[0]), cells[1].strip());
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the jar lacks its country names", e);
        }
    }

    /** The codes of every country name known, by name. */
    public static Countries get() {
        return INSTANCE;
    }

    /**
     * The code of a country as a table names it: the whole text, else the text before a parenthesis, else each part
     * between commas from the first (a country after its region, {@code Réunion, France}, finds the region first).
     */
    public Optional<String> code(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String cleaned = text.strip().replaceFirst("^in ", "");
        String whole = codes.get(NameKeys.fold(cleaned));
        if (whole != null) {
            return Optional.of(whole);
        }
        int paren = cleaned.indexOf('(');
        if (paren > 0 && codes.containsKey(NameKeys.fold(cleaned.substring(0, paren)))) {
            return Optional.of(codes.get(NameKeys.fold(cleaned.substring(0, paren))));
        }
        for (String part : cleaned.split(",")) {
            String code = codes.get(NameKeys.fold(part));
            if (code != null) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
