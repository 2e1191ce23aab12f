package org.citycoop.query;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.citycoop.TestProject;
import org.citycoop.store.GraphStore;

/** The answers of a query of the library, as the query runner gives them, for tests that check them. */
public final class LibraryRows {
    private LibraryRows() {
    }

    /** Runs {@code queries/FILE} with these parameters (the rest keep their defaults) and reads its rows. */
    public static List<QuerySolution> of(GraphStore store, String file, Map<String, String> values) throws IOException {
        String text = Files.readString(TestProject.queries().resolve(file));
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new QueryRunner(store).run(QueryParameters.of(text).bind(values), file, ResultFormat.JSON, json);
        ResultSet results = ResultSetFactory.fromJSON(new ByteArrayInputStream(json.toByteArray()));
        List<QuerySolution> rows = new ArrayList<>();
        results.forEachRemaining(rows::add);
        return rows;
    }
}
