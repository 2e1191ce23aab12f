package org.citycoop.query;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;

/** The formats a SELECT or ASK result can be printed in. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON;

    public static ResultFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "unknown result format '" + name + "', expected one of "
                + Stream.of(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")), e);
        }
    }
}
