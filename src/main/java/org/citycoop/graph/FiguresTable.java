package org.citycoop.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.citycoop.Resources;
import org.citycoop.store.GraphStore;

/**
 * The figures the last {@code ./citycoop analyze} wrote into the store (the source {@code network-figures}), one
 * row per place as CSV: what {@code analyze --csv} prints, read back from the store for whoever cannot run it.
 */
public final class FiguresTable {
    private static final Query FIGURES = QueryFactory.create(Resources.text(FiguresTable.class, "place-figures.rq"));
    private static final List<String> COLUMNS = List.of("place", "name", "degree", "weightedDegree", "betweenness",
        "closeness", "component", "community", "rankInCountry");

    private FiguresTable() {
    }

    /** Writes the table; returns how many places it holds (none when no analysis was written). */
    public static int write(GraphStore store, Writer out) {
        List<List<String>> rows = store.read(() -> {
            List<List<String>> read = new ArrayList<>();
            store.select(FIGURES, row -> read.add(COLUMNS.stream().map(column -> !row.contains(column) ? ""
                : row.get(column).isLiteral() ? row.getLiteral(column).getLexicalForm()
                : row.getResource(column).getURI()).toList()));
            return read;
        });
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new))
                .get());
            csv.printRecords(rows);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.size();
    }
}
