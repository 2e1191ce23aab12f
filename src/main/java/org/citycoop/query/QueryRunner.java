package org.citycoop.query;

import java.io.OutputStream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.InputText;
import org.citycoop.Location;
import org.citycoop.store.GraphStore;

/**
 * Runs a SPARQL query against a store (default graph: the union of all graphs) and prints its result.
 *
 * <pre>{@code
 * new QueryRunner(store).run(Files.readString(path), path.toString(), ResultFormat.TABLE, System.out);
 * }</pre>
 */
public final class QueryRunner {
    private final GraphStore store;
    private boolean drafts;

    public QueryRunner(GraphStore store) {
        this.store = store;
    }

    /** Parses a query, reporting syntax errors at their line and column in {@code file}. */
    public static Query parse(String text, String file) {
        try {
            // the project's prefixes (cc:, id:, rdfs:, ...) are known unless the query declares them otherwise
            Query query = new Query();
            query.setPrefixMapping(org.apache.jena.riot.system.Prefixes.adapt(org.citycoop.store.Exporter.prefixes()));
            return QueryFactory.parse(query, text, null, org.apache.jena.query.Syntax.defaultQuerySyntax);
        } catch (QueryParseException e) {
            String message = e.getMessage().lines().findFirst().orElse("a syntax error")
                .replaceFirst("^Line \\d+, column \\d+: ", "")
                .replaceFirst("^Lexical error at line \\d+, column \\d+\\.\\s*", "")
                .replaceFirst("^Encountered", "found").replaceFirst(" at line \\d+, column \\d+\\.?", "")
                .replace("\"", "").replaceAll("\\s+", " ").trim();
            throw new InputException(ErrorId.MALFORMED_QUERY, new Location(file, e.getLine(), e.getColumn()),
                message, "a SPARQL 1.1 query", e);
        }
    }

    /** Queries the drafts made by {@code extract} as well as the curated view. */
    public QueryRunner withDrafts(boolean drafts) {
        this.drafts = drafts;
        return this;
    }

    /** Runs the query and writes its result: a table, CSV, TSV or JSON for SELECT/ASK; Turtle for CONSTRUCT/DESCRIBE. */
    public void run(String text, String file, ResultFormat format, OutputStream out) {
        Query query = parse(text, file);
        store.read(() -> {
            try (QueryExecution exec = QueryExecution.dataset(drafts ? org.apache.jena.query.DatasetFactory.wrap(store.withDrafts().orElseThrow(() ->
                    new org.citycoop.CityCoopException(org.citycoop.ErrorId.BAD_OPTION, store.description()
                        + " keeps no drafts"))) : store.curatedDataset()).query(query).build()) {
                if (query.isSelectType()) {
                    print(exec.execSelect(), query, format, out);
                } else if (query.isAskType()) {
                    boolean answer = exec.execAsk();
                    if (format == ResultFormat.JSON) {
                        ResultSetFormatter.outputAsJSON(out, answer);
                    } else {
                        ResultSetFormatter.out(out, answer);
                    }
                } else {
                    Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
                    RDFDataMgr.write(out, model, Lang.TURTLE);
                }
            } catch (QueryCancelledException e) {
                throw new CityCoopException(ErrorId.QUERY_FAILED, file + ": the query was cancelled: " + e.getMessage(), e);
            }
            return null;
        });
    }

    /** The table is for a terminal: control characters in the data are shown escaped, never sent as they are. */
    private static void printTable(ResultSet results, Query query, OutputStream out) {
        java.io.ByteArrayOutputStream table = new java.io.ByteArrayOutputStream();
        ResultSetFormatter.out(table, results, query.getPrologue());
        String safe = InputText.printableLines(table.toString(java.nio.charset.StandardCharsets.UTF_8));
        try {
            out.write(safe.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void print(ResultSet results, Query query, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> printTable(results, query, out);
            case CSV -> ResultSetFormatter.output(out, results, ResultSetLang.RS_CSV);
            case TSV -> ResultSetFormatter.output(out, results, ResultSetLang.RS_TSV);
            case JSON -> ResultSetFormatter.output(out, results, ResultSetLang.RS_JSON);
            default -> throw new IllegalStateException("unhandled format " + format + ResultsFormat.FMT_TEXT);
        }
    }
}
