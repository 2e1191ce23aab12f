package org.citycoop.extract;

import java.util.Set;

/**
 * A place a report names that the curated records do not hold, found in a gazetteer: the draft defines it with the
 * gazetteer's code, so that once loaded it meets the gazetteer's entry.
 *
 * @param key     its key in the draft
 * @param place   the gazetteer's entry
 * @param written how the report writes it ({@code Jatim}, {@code West Java}), as {@link Names#folded} gives it
 */
public record NewPlace(String key, GazetteerNames.Place place, Set<String> written) {
}
