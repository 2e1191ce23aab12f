package org.citycoop.load.gazetteer;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.Location;

/** The rows of a gazetteer, with checks that report the file, line and column of a bad value. */
public final class Rows {
    private final CSVParser parser;
    private final String file;
    private final int columns;
    private final int headerLines;

    /** The rows of a table whose first line is its header. */
    public Rows(CSVParser parser, String file, int columns) {
        this(parser, file, columns, 1);
    }

    private Rows(CSVParser parser, String file, int columns, int headerLines) {
        this.parser = parser;
        this.file = file;
        this.columns = columns;
        this.headerLines = headerLines;
    }

    /** The rows of a table without a header line (its parser names the columns). */
    public static Rows withoutHeader(CSVParser parser, String file, int columns) {
        return new Rows(parser, file, columns, 0);
    }

    public void forEach(Consumer<CSVRecord> action) {
        try {
            for (CSVRecord row : parser) {
                if (row.size() != columns) {
                    throw new InputException(ErrorId.MALFORMED_CSV, new Location(file, parser.getCurrentLineNumber(), 1),
                        "a row of " + row.size() + " fields", columns + " fields, one per column of the header");
                }
                action.accept(row);
            }
        } catch (UncheckedIOException e) {
            throw new InputException(ErrorId.MALFORMED_CSV, new Location(file, parser.getCurrentLineNumber(), 0),
                "malformed CSV: " + e.getCause().getMessage(), "RFC 4180 CSV with closed quotes", e);
        }
    }

    /** UTF-8, with a byte-order mark skipped if there is one. */
    public static java.io.BufferedReader utf8(java.io.InputStream in) throws java.io.IOException {
        java.io.BufferedReader reader = new java.io.BufferedReader(
            new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** The names of the columns, from the header. */
    List<String> columns() {
        return parser.getHeaderNames();
    }

    List<CSVRecord> all() {
        List<CSVRecord> rows = new ArrayList<>();
        forEach(rows::add);
        return rows;
    }

    /** A value that must match a pattern; the error names the row's line and the field. */
    public String require(CSVRecord row, String column, String regex, String expected) {
        String value = row.get(column).strip();
        if (!value.matches(regex)) {
            throw new InputException(ErrorId.BAD_VALUE, where(row, column), "field " + column + " is '" + value + "'", expected);
        }
        return value;
    }

    public BigDecimal coordinate(CSVRecord row, String column, double limit) {
        String value = row.get(column).strip();
        try {
            BigDecimal number = new BigDecimal(value);
            if (Math.abs(number.doubleValue()) <= limit) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(ErrorId.BAD_VALUE, where(row, column), "field " + column + " is '" + value + "'",
            "a coordinate from -" + (int) limit + " to " + (int) limit);
    }

    /** The row's line (after the header, if any; gazetteers hold one row a line); the field is named in the message. */
    private Location where(CSVRecord row, String column) {
        return new Location(file, row.getRecordNumber() + headerLines, 0);
    }
}
