package org.citycoop.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * What the extractor found in one report.
 *
 * @param document    the report, split into sentences
 * @param language    its language
 * @param articleDate its date, if known
 * @param sourceKey   the key of the draft's source
 * @param people      the people with their posts
 * @param statements  every statement, of every kind, with its sentence
 * @param persons     the people with their nicknames and every sentence that mentions them, later mentions included
 * @param flags       things a curator should look at, such as a place named as a city that is not one
 * @param newPlaces   the places found in a gazetteer that the curated records do not hold
 */
public record Extraction(Document document, String language, LocalDate articleDate, String sourceKey,
        List<PersonPost> people, List<Statement> statements, List<LaterMentions.Person> persons, List<String> flags,
        List<NewPlace> newPlaces) {
}
