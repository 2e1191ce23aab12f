package org.citycoop.load.record;

import java.util.List;

import org.citycoop.Location;

/** A sequence of values. */
public record ListValue(List<Value> items, Location location) implements Value {
    public ListValue {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
