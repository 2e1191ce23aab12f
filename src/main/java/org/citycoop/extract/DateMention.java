package org.citycoop.extract;

/**
 * A date found in a sentence, in the record format's notation, with its precision.
 *
 * @param text      the words as written ("pertengahan bulan Januari 2017", "Jumat (10/2)")
 * @param value     the date as records write it: {@code 2023-11-09}, {@code 2023-W46}, {@code 2023-07}, {@code 2017}
 * @param precision day, week, month or year
 * @param qualifier early, mid or late, or null
 * @param relative  whether it was worked out from the article's date or an earlier date
 */
public record DateMention(String text, String value, String precision, String qualifier, boolean relative) {
}
