package org.citycoop.load.record;

import org.citycoop.Location;

/**
 * A single value as written, without interpretation: {@code 2023-11-09} stays the text {@code "2023-11-09"}.
 *
 * @param text     the text; never null (an empty value is the empty string)
 * @param location where it was written
 */
public record ScalarValue(String text, Location location) implements Value {
    @Override
    public String describe() {
        return "'" + text + "'";
    }
}
