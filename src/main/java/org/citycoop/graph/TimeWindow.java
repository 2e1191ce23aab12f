package org.citycoop.graph;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;

/**
 * A period of days; things with a date outside it are left out of a graph, things without a date stay.
 *
 * @param from the first day
 * @param to   the last day
 */
public record TimeWindow(LocalDate from, LocalDate to) {

    /** A window from two optional ISO dates ({@code 2017-01-01}) or years ({@code 2017}); null when neither is given. */
    public static TimeWindow parse(String from, String to) {
        if (isBlank(from) && isBlank(to)) {
            return null;
        }
        LocalDate start = isBlank(from) ? LocalDate.MIN : day(from, "from", true);
        LocalDate end = isBlank(to) ? LocalDate.MAX : day(to, "to", false);
        if (end.isBefore(start)) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "the time window ends (" + to + ") before it starts (" + from + ")");
        }
        return new TimeWindow(start, end);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static LocalDate day(String text, String name, boolean start) {
        String value = text.strip();
        try {
            if (value.matches("\\d{4}")) {
                int year = Integer.parseInt(value);
                return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "'" + name + "' is '" + value
                + "', expected a date such as 2017-02-10 or a year such as 2017", e);
        }
    }
}
