package org.citycoop.graph;

import java.util.Map;
import java.util.Set;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;

/**
 * Which links a map shows: of a country (either end), of a source, of a kind, begun within years, touching a place;
 * at most {@code limit}. A null criterion lets every link pass.
 *
 * @param country an ISO 3166 code, such as {@code ID}
 * @param source  a source's key, such as {@code twin-towns-wikipedia-twin-towns}
 * @param kind    twinning, agreement, programme or cooperation
 * @param from    the first year; links without a year do not pass a window
 * @param to      the last year
 * @param place   a place's IRI
 * @param limit   the most links shown
 */
public record MapFilter(String country, String source, String kind, Integer from, Integer to, String place, int limit) {
    /** Links shown unless asked otherwise: as many as a browser draws at once without a wait. */
    public static final int DEFAULT_LIMIT = 3000;
    /** Links shown at most. */
    public static final int MAX_LIMIT = 40_000;
    /** The kinds of link a map knows. */
    public static final Set<String> KINDS = Set.of("twinning", "agreement", "programme", "cooperation");

    public static Builder builder() {
        return new Builder();
    }

    boolean passes(CooperationMap.MapLink link, Map<String, CooperationMap.MapPlace> places) {
        return (country == null || country.equals(places.get(link.a()).country())
                || country.equals(places.get(link.b()).country()))
            && (source == null || link.sources().contains(source))
            && (kind == null || kind.equals(link.kind()))
            && (from == null || link.year() != null && link.year() >= from)
            && (to == null || link.year() != null && link.year() <= to)
            && (place == null || place.equals(link.a()) || place.equals(link.b()));
    }

    /** Builds a filter, checking each criterion with a message that says what was expected. */
    public static final class Builder {
        private String country;
        private String source;
        private String kind;
        private Integer from;
        private Integer to;
        private String place;
        private int limit = DEFAULT_LIMIT;

        public Builder country(String country) {
            if (country != null && !country.matches("[A-Z]{2}")) {
                throw bad("country", country, "a two-letter ISO 3166 code in capitals, such as ID");
            }
            this.country = country;
            return this;
        }

        public Builder source(String source) {
            if (source != null && !source.matches("[\\w.-]{1,200}")) {
                throw bad("source", source, "a source's key, such as twins");
            }
            this.source = source;
            return this;
        }

        public Builder kind(String kind) {
            if (kind != null && !KINDS.contains(kind)) {
                throw bad("kind", kind, "one of agreement, cooperation, programme, twinning");
            }
            this.kind = kind;
            return this;
        }

        public Builder years(String from, String to) {
            this.from = year("from", from);
            this.to = year("to", to);
            if (this.from != null && this.to != null && this.from > this.to) {
                throw bad("from", from, "a year no later than to (" + to + ")");
            }
            return this;
        }

        public Builder place(String place) {
            if (place != null && !place.matches("https?://[^\\s<>\"{}|\\\\^`]{1,500}")) {
                throw bad("place", place, "a place's IRI");
            }
            this.place = place;
            return this;
        }

        public Builder limit(String limit) {
            Integer value = limit == null ? null : number(limit);
            if (limit != null && (value == null || value < 1 || value > MAX_LIMIT)) {
                throw bad("limit", limit, "a whole number from 1 to " + MAX_LIMIT);
            }
            this.limit = value == null ? DEFAULT_LIMIT : value;
            return this;
        }

        public MapFilter build() {
            return new MapFilter(country, source, kind, from, to, place, limit);
        }

        private static Integer year(String name, String value) {
            if (value == null) {
                return null;
            }
            Integer year = number(value);
            if (year == null || year < 1 || year > 9999) {
                throw bad(name, value, "a year such as 1990");
            }
            return year;
        }

        private static Integer number(String value) {
            return value.matches("\\d{1,9}") ? Integer.valueOf(value) : null;
        }

        private static CityCoopException bad(String name, String value, String expected) {
            String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
            return new CityCoopException(ErrorId.BAD_OPTION, "parameter '" + name + "' is '" + shown + "', expected "
                + expected);
        }
    }
}
