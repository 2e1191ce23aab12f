package org.citycoop.load.record;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.citycoop.Location;

/**
 * A mapping from field names to values, in the order written.
 *
 * @param fields        the values by field name
 * @param nameLocations where each field name was written
 * @param location      where the mapping starts
 */
public record MapValue(Map<String, Value> fields, Map<String, Location> nameLocations, Location location)
        implements Value {
    public MapValue {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        nameLocations = Collections.unmodifiableMap(new LinkedHashMap<>(nameLocations));
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
