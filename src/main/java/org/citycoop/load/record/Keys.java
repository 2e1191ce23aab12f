package org.citycoop.load.record;

import java.nio.file.Path;
import java.util.Locale;

/** Keys made from names: lower-case letters and digits, runs of anything else one hyphen ("Kota Bandung" → kota-bandung). */
public final class Keys {
    private Keys() {
    }

    public static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The key of a file's source: its name without the ending ("places.csv" → places). */
    public static String ofFile(Path file) {
        return slug(file.getFileName().toString().replaceFirst("\\.[^.]+$", ""));
    }
}
