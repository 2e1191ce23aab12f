package org.citycoop.load.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.Location;

/**
 * The fields of one record, checked against the names its kind allows, with typed access that reports
 * the field's line and column when a value is missing or of the wrong kind.
 */
public final class Fields {
    private final MapValue map;
    private final String kind;

    /**
     * @param value   the record as read
     * @param kind    what the record is, for messages ("a place", "a participant")
     * @param allowed the field names this kind of record may have
     */
    public Fields(Value value, String kind, Set<String> allowed) {
        if (!(value instanceof MapValue mapValue)) {
            throw new InputException(ErrorId.BAD_VALUE, value.location(), value.describe(),
                kind + " written as a mapping of fields");
        }
        this.map = mapValue;
        this.kind = kind;
        for (String name : map.fields().keySet()) {
            if (!allowed.contains(name)) {
                throw new InputException(ErrorId.UNKNOWN_FIELD, map.nameLocations().get(name),
                    "unknown field '" + name + "' in " + kind, "one of " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    public Location location() {
        return map.location();
    }

    public String kind() {
        return kind;
    }

    public boolean has(String name) {
        Value value = map.fields().get(name);
        return value != null && !(value instanceof ScalarValue scalar && scalar.text().isEmpty());
    }

    /** Where the field's value is written, or the record's location if it is absent. */
    public Location at(String name) {
        Value value = map.fields().get(name);
        return value == null ? map.location() : value.location();
    }

    public Value value(String name) {
        return map.fields().get(name);
    }

    /** The field's single value, or null when it is absent or empty. */
    public ScalarValue scalar(String name) {
        Value value = map.fields().get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof ScalarValue scalar)) {
            throw new InputException(ErrorId.BAD_VALUE, value.location(),
                value.describe() + " for field '" + name + "'", "a single value");
        }
        return scalar.text().isEmpty() ? null : scalar;
    }

    public ScalarValue requiredScalar(String name) {
        ScalarValue scalar = scalar(name);
        if (scalar == null) {
            throw missing(name);
        }
        return scalar;
    }

    public String text(String name) {
        ScalarValue scalar = scalar(name);
        return scalar == null ? null : scalar.text();
    }

    /** The field's values: a single value counts as a list of one; absent is empty. */
    public List<ScalarValue> scalars(String name) {
        Value value = map.fields().get(name);
        List<ScalarValue> result = new ArrayList<>();
        if (value instanceof ScalarValue scalar) {
            if (!scalar.text().isEmpty()) {
                result.add(scalar);
            }
        } else if (value instanceof ListValue list) {
            for (Value item : list.items()) {
                if (!(item instanceof ScalarValue scalar)) {
                    throw new InputException(ErrorId.BAD_VALUE, item.location(),
                        item.describe() + " in field '" + name + "'", "a list of single values");
                }
                result.add(scalar);
            }
        } else if (value != null) {
            throw new InputException(ErrorId.BAD_VALUE, value.location(),
                value.describe() + " for field '" + name + "'", "a value or a list of values");
        }
        return result;
    }

    /** The field's records: a list of mappings (a single mapping counts as a list of one). */
    public List<Value> records(String name) {
        Value value = map.fields().get(name);
        if (value == null || value instanceof ScalarValue scalar && scalar.text().isEmpty()) {
            return List.of();
        }
        if (value instanceof ListValue list) {
            return list.items();
        }
        if (value instanceof MapValue) {
            return List.of(value);
        }
        throw new InputException(ErrorId.BAD_VALUE, value.location(),
            value.describe() + " for field '" + name + "'", "a list of records");
    }

    public InputException missing(String name) {
        return new InputException(ErrorId.MISSING_FIELD, map.location(),
            kind + " without field '" + name + "'", "a value for '" + name + "'");
    }
}
