package org.citycoop.load.record;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.Location;

/** Collects the fields of a mapping and refuses a field written twice. */
final class MapBuilder {
    private final Map<String, Value> fields = new LinkedHashMap<>();
    private final Map<String, Location> names = new LinkedHashMap<>();
    private final Location location;

    MapBuilder(Location location) {
        this.location = location;
    }

    void put(String name, Location nameLocation, Value value) {
        if (fields.containsKey(name)) {
            throw new InputException(ErrorId.MALFORMED_RECORDS, nameLocation,
                "field '" + name + "' written a second time (first at " + names.get(name) + ")",
                "each field once per record");
        }
        fields.put(name, value);
        names.put(name, nameLocation);
    }

    MapValue build() {
        return new MapValue(fields, names, location);
    }
}
