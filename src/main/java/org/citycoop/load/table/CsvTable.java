package org.citycoop.load.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.InputText;
import org.citycoop.Location;
import org.citycoop.load.record.ListValue;
import org.citycoop.load.record.MapValue;
import org.citycoop.load.record.ScalarValue;
import org.citycoop.load.record.Value;

/**
 * Reads a curated CSV table (RFC 4180, UTF-8, header row) into a record file: a {@code source} block named
 * after the file and one record per row. Every cell keeps its line and column.
 *
 * <pre>{@code
 * Value records = new CsvTable("data/places.csv", text).toRecords();
 * }</pre>
 */
public final class CsvTable {
    private final String file;
    private final String text;
    private final int[] lineStarts;

    public CsvTable(String file, String text) {
        this.file = file;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        InputText.checkFile(this.text, file);
        this.lineStarts = lineStarts(this.text);
    }

    /** The table as a record file. */
    public Value toRecords() {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<String> header = parser.getHeaderNames();
            TableKind kind = kind(header);
            List<Value> rows = new ArrayList<>();
            try {
                for (CSVRecord row : parser) {
                    rows.add(row(kind, header, row));
                }
            } catch (UncheckedIOException e) {
                throw new InputException(ErrorId.MALFORMED_CSV, new Location(file, parser.getCurrentLineNumber(), 0),
                    "malformed CSV: " + e.getCause().getMessage(), "RFC 4180 CSV with closed quotes", e);
            }
            return top(kind, rows);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(ErrorId.MALFORMED_CSV, new Location(file, 1, 1),
                "malformed CSV header: " + e.getMessage(), "a header row of distinct column names", e);
        }
    }

    private TableKind kind(List<String> header) {
        TableKind kind = TableKind.of(header);
        if (kind == null) {
            String kinds = Stream.of(TableKind.values())
                .map(k -> k.name().toLowerCase(Locale.ROOT) + " (" + String.join(", ", new java.util.TreeSet<>(k.required())) + ")")
                .collect(Collectors.joining("; "));
            throw new InputException(ErrorId.MALFORMED_CSV, new Location(file, 1, 1),
                "a header with columns " + String.join(", ", header), "the columns of one table kind: " + kinds);
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            if (!seen.add(header.get(i))) {
                throw new InputException(ErrorId.MALFORMED_CSV, new Location(file, 1, columnOfHeader(i)),
                    "the column '" + header.get(i) + "' a second time", "each column once");
            }
            if (!kind.columns().contains(header.get(i))) {
                throw new InputException(ErrorId.UNKNOWN_FIELD, new Location(file, 1, columnOfHeader(i)),
                    "unknown column '" + header.get(i) + "' in a " + kind.name().toLowerCase(Locale.ROOT) + " table",
                    "columns from " + String.join(", ", kind.columns()));
            }
        }
        return kind;
    }

    private Value row(TableKind kind, List<String> header, CSVRecord row) {
        long offset = row.getCharacterPosition();
        Location rowAt = locate(offset);
        if (row.size() != header.size()) {
            throw new InputException(ErrorId.MALFORMED_CSV, rowAt, "a row of " + row.size() + " fields",
                header.size() + " fields, one per column of the header");
        }
        List<Long> starts = fieldStarts(offset, row.size());
        Map<String, ScalarValue> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Location at = locate(starts.get(i));
            checkQuoting(row.get(i), starts.get(i));
            InputText.checkLength(row.get(i), at);
            cells.put(header.get(i), new ScalarValue(row.get(i).trim(), at));
        }
        return TableRows.toRecord(kind, cells, rowAt);
    }

    /** RFC 4180 allows a quote only in a quoted field; Commons CSV would keep a stray one as text. */
    private void checkQuoting(String value, long start) {
        int quote = value.indexOf('"');
        if (quote >= 0 && text.charAt((int) start) != '"') {
            throw new InputException(ErrorId.MALFORMED_CSV, locate(start + quote), "a quote in a field that is not quoted",
                "a field with quotes written in quotes, each inner quote doubled: \"say \"\"hello\"\"\"");
        }
    }

    private Value top(TableKind kind, List<Value> rows) {
        Location start = new Location(file, 1, 1);
        String key = org.citycoop.load.record.Keys.ofFile(java.nio.file.Path.of(file));
        Map<String, Value> source = new TreeMap<>();
        source.put("key", new ScalarValue(key, start));
        source.put("type", new ScalarValue("CuratedRecord", start));
        source.put("title", new ScalarValue("Curated table " + java.nio.file.Path.of(file).getFileName(), start));
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("source", new MapValue(source, Map.of(), start));
        fields.put(kind.section(), new ListValue(rows, start));
        return new MapValue(fields, Map.of(), start);
    }

    /** Offsets of each field of the row starting at {@code offset}, following RFC 4180 quoting. */
    private List<Long> fieldStarts(long offset, int count) {
        List<Long> starts = new ArrayList<>();
        int i = (int) offset;
        boolean quoted = false;
        starts.add(offset);
        while (i < text.length() && starts.size() < count) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                starts.add(i + 1L);
            } else if ((c == '\n' || c == '\r') && !quoted) {
                break;
            }
            i++;
        }
        while (starts.size() < count) {
            starts.add((long) i);
        }
        return starts;
    }

    private long columnOfHeader(int index) {
        return fieldStarts(0, index + 1).get(index) + 1;
    }

    private Location locate(long offset) {
        int line = java.util.Arrays.binarySearch(lineStarts, (int) offset);
        if (line < 0) {
            line = -line - 2;
        }
        return new Location(file, line + 1L, offset - lineStarts[line] + 1);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
