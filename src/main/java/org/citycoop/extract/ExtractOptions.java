package org.citycoop.extract;

import java.time.LocalDate;

/**
 * How to read a report.
 *
 * @param articleDate the date the report was published, for relative dates; null when unknown
 * @param language    "id" or "en", or null to tell from the text
 * @param sourceKey   the key of the draft's source (and prefix of its records' keys)
 */
public record ExtractOptions(LocalDate articleDate, String language, String sourceKey) {
}
