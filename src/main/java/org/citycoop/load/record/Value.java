package org.citycoop.load.record;

import org.citycoop.Location;

/** A value of a record file (YAML, JSON or a CSV row), with the place it was written. */
public sealed interface Value permits ScalarValue, ListValue, MapValue {
    Location location();

    /** A few words that say what kind of value this is, for error messages. */
    String describe();
}
