package org.citycoop.load.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citycoop.Location;
import org.citycoop.load.record.ListValue;
import org.citycoop.load.record.MapValue;
import org.citycoop.load.record.ScalarValue;
import org.citycoop.load.record.Value;

/** Turns the cells of one table row into the record the same row would be in a YAML file. */
final class TableRows {
    private TableRows() {
    }

    static Value toRecord(TableKind kind, Map<String, ScalarValue> cells, Location rowAt) {
        return switch (kind) {
            case PLACES -> place(cells, rowAt);
            case PEOPLE -> person(cells, rowAt);
            case POSTS -> post(cells, rowAt);
            case TWINS -> twinning(cells, rowAt);
        };
    }

    private static Value place(Map<String, ScalarValue> cells, Location rowAt) {
        return record(withLanguageMap(cells, "name", rowAt), rowAt);
    }

    private static Value post(Map<String, ScalarValue> cells, Location rowAt) {
        return record(withLanguageMap(cells, "title", rowAt), rowAt);
    }

    /** The cells as fields, with the columns {@code <field>_<lang>} folded into one mapping {@code <field>}. */
    private static Map<String, Value> withLanguageMap(Map<String, ScalarValue> cells, String field, Location rowAt) {
        Map<String, Value> fields = new LinkedHashMap<>();
        Map<String, Value> texts = new LinkedHashMap<>();
        Map<String, Location> textLocations = new LinkedHashMap<>();
        String prefix = field + "_";
        cells.forEach((column, cell) -> {
            if (column.startsWith(prefix)) {
                texts.put(column.substring(prefix.length()), cell);
                textLocations.put(column.substring(prefix.length()), cell.location());
            } else {
                fields.put(column, cell);
            }
        });
        fields.put(field, new MapValue(texts, textLocations, rowAt));
        return fields;
    }

    private static Value person(Map<String, ScalarValue> cells, Location rowAt) {
        Map<String, Value> fields = new LinkedHashMap<>();
        Map<String, Value> tenure = new LinkedHashMap<>();
        cells.forEach((column, cell) -> {
            switch (column) {
                case "prefixes", "suffixes", "nicknames" -> fields.put(column, split(cell));
                case "post", "title", "acting", "from", "until" -> tenure.put(column, cell);
                default -> fields.put(column, cell);
            }
        });
        ScalarValue post = (ScalarValue) tenure.get("post");
        if (post != null && !post.text().isEmpty()) {
            fields.put("posts", new ListValue(List.of(record(tenure, rowAt)), rowAt));
        }
        return record(fields, rowAt);
    }

    private static Value twinning(Map<String, ScalarValue> cells, Location rowAt) {
        ScalarValue first = cells.get("place1");
        ScalarValue second = cells.get("place2");
        List<String> pair = new ArrayList<>(List.of(first.text(), second.text()));
        pair.sort(null);
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("key", new ScalarValue("twinning-" + pair.get(0) + "-" + pair.get(1), first.location()));
        fields.put("type", new ScalarValue("Twinning", rowAt));
        fields.put("twins", new ListValue(List.of(first, second), first.location()));
        ScalarValue status = cells.get("status");
        fields.put("status", status != null && !status.text().isEmpty() ? status : new ScalarValue("active", rowAt));
        for (String column : List.of("date", "name", "note")) {
            if (cells.containsKey(column)) {
                fields.put(column, cells.get(column));
            }
        }
        return record(fields, rowAt);
    }

    /** A cell of several values separated by semicolons. */
    private static Value split(ScalarValue cell) {
        List<Value> parts = new ArrayList<>();
        for (String part : cell.text().split(";")) {
            if (!part.isBlank()) {
                parts.add(new ScalarValue(part.trim(), cell.location()));
            }
        }
        return new ListValue(parts, cell.location());
    }

    private static MapValue record(Map<String, Value> fields, Location rowAt) {
        Map<String, Location> locations = new LinkedHashMap<>();
        fields.forEach((name, value) -> locations.put(name, value.location()));
        return new MapValue(fields, locations, rowAt);
    }
}
