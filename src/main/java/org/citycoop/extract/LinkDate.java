package org.citycoop.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a report's own link gives, when the report begins with it: news sites put the day or month of publication
 * in the path ({@code /2025/07/24/}, {@code /14/01/2020/}, {@code /2019/11/}).
 *
 * @param day   the day, when the path gives one; else null
 * @param year  the year, when the path gives at least that; else null
 */
record LinkDate(LocalDate day, Integer year) {
    static final LinkDate NONE = new LinkDate(null, null);
    private static final Pattern LINK = Pattern.compile("^\\s*(?:https?://|www\\.)\\S+");
    private static final Pattern YEAR_FIRST = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(?:(\\d{1,2})/)?");
    private static final Pattern YEAR_LAST = Pattern.compile("/(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})/");

    /** The date in the link that opens the text, or {@link #NONE}. */
    static LinkDate of(String text) {
        Matcher link = LINK.matcher(text);
        if (!link.find()) {
            return NONE;
        }
        String path = link.group();
        Matcher first = YEAR_FIRST.matcher(path);
        if (first.find()) {
            int year = Integer.parseInt(first.group(1));
            return first.group(3) == null ? new LinkDate(null, year)
                : of(year, Integer.parseInt(first.group(2)), Integer.parseInt(first.group(3)));
        }
        Matcher last = YEAR_LAST.matcher(path);
        if (last.find()) {
            return of(Integer.parseInt(last.group(3)), Integer.parseInt(last.group(2)), Integer.parseInt(last.group(1)));
        }
        return NONE;
    }

    private static LinkDate of(int year, int month, int day) {
        try {
            return new LinkDate(LocalDate.of(year, month, day), year);
        } catch (DateTimeException e) {
            return new LinkDate(null, year); // not a day of the calendar: the year still stands
        }
    }
}
