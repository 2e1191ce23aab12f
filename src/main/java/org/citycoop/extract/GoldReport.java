package org.citycoop.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.Location;
import org.citycoop.load.record.JsonReader;
import org.citycoop.load.record.ListValue;
import org.citycoop.load.record.MapValue;
import org.citycoop.load.record.ScalarValue;
import org.citycoop.load.record.Value;

/**
 * What a report states, annotated by hand: one entry of a gold file in JSON, keyed by the report's file name
 * without its extension ({@code "01"} for {@code 01.txt}). Names are as the report writes them; entries whose key
 * begins with {@code _} are notes.
 *
 * <pre>{@code
 * Map<String, GoldReport> gold = GoldReport.readAll(Path.of("../shared/news-dev/gold.json"));
 * }</pre>
 *
 * @param key           the report's file name without its extension
 * @param date          the publication date, as full or partial ISO, or null
 * @param persons       each person's name (titles apart) with the post as written
 * @param places        the places named
 * @param dates         the dates of events the text fixes, full or partial ISO
 * @param agreements    the kinds of agreement named ({@code MoU}, {@code LoI}, {@code sister city}...)
 * @param links         the pairs of places that cooperate
 * @param organisations the organisations named
 */
public record GoldReport(String key, String date, Map<String, String> persons, List<String> places,
        List<String> dates, List<String> agreements, List<List<String>> links, List<String> organisations) {

    /** Reads every report of a gold file. */
    public static Map<String, GoldReport> readAll(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(ErrorId.UNREADABLE_INPUT, new Location(file.toString(), 0, 0),
                "cannot read the file: " + e.getMessage(), "a readable gold file in JSON", e);
        }
        Value top = new JsonReader(file.toString()).read(text);
        Map<String, GoldReport> reports = new LinkedHashMap<>();
        for (Map.Entry<String, Value> entry : map(top, "the gold file").fields().entrySet()) {
            if (!entry.getKey().startsWith("_")) {
                reports.put(entry.getKey(), of(entry.getKey(), map(entry.getValue(), "report " + entry.getKey())));
            }
        }
        return reports;
    }

    private static GoldReport of(String key, MapValue report) {
        Map<String, String> persons = new LinkedHashMap<>();
        map(field(report, "persons"), "persons").fields().forEach((name, post) -> persons.put(name, text(post)));
        List<List<String>> links = new ArrayList<>();
        for (Value pair : list(field(report, "links"), "links")) {
            List<String> places = texts(pair);
            if (places.size() != 2) {
                throw bad(pair, "a link of " + places.size() + " places", "a pair of places");
            }
            links.add(places);
        }
        Value date = report.fields().get("date");
        String published = date == null ? null : text(date);
        return new GoldReport(key, published == null || published.isEmpty() ? null : published, persons,
            texts(field(report, "places")), texts(field(report, "dates")), texts(field(report, "agreements")), links,
            texts(field(report, "orgs")));
    }

    private static Value field(MapValue report, String name) {
        Value value = report.fields().get(name);
        if (value == null) {
            throw new InputException(ErrorId.MISSING_FIELD, report.location(), "a report without '" + name + "'",
                "date, persons, places, dates, agreements, links and orgs");
        }
        return value;
    }

    private static MapValue map(Value value, String what) {
        if (value instanceof MapValue map) {
            return map;
        }
        throw bad(value, what + " as " + value.describe(), "an object");
    }

    private static List<Value> list(Value value, String what) {
        if (value instanceof ListValue list) {
            return list.items();
        }
        throw bad(value, what + " as " + value.describe(), "a list");
    }

    private static List<String> texts(Value value) {
        return list(value, "a list of names").stream().map(GoldReport::text).toList();
    }

    private static String text(Value value) {
        if (value instanceof ScalarValue scalar) {
            return scalar.text();
        }
        throw bad(value, value.describe(), "a text");
    }

    private static InputException bad(Value value, String found, String expected) {
        Location at = value instanceof ScalarValue s ? s.location() : value instanceof ListValue l ? l.location()
            : ((MapValue) value).location();
        return new InputException(ErrorId.BAD_VALUE, at, found, expected);
    }
}
