package org.citycoop.graph;

import java.util.Locale;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;

/** What an edge of an exported network is. */
public enum NetworkKind {
    /** Places, linked when their governments cooperate (the derived {@code cc:cooperatesWith}). */
    COOPERATION,
    /** People, organisations, places, events, agreements, programmes and topics, with every link between them. */
    FULL;

    public static NetworkKind parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CityCoopException(ErrorId.BAD_OPTION, "unknown network '" + name + "', expected cooperation or full", e);
        }
    }
}
