package org.citycoop.serve;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.citycoop.store.GraphStore;

/** The query library as a Fuseki module: {@code /queries}, each query with a form and an HTML answer. */
final class QueryPagesModule implements FusekiModule {
    /** The most rows a page shows; the CSV and JSON links give all of them. */
    static final int MAX_ROWS = 1000;
    private final GraphStore store;
    private final ServerConfig config;
    private final ExampleQueries queries;

    QueryPagesModule(GraphStore store, ServerConfig config, ExampleQueries queries) {
        this.store = store;
        this.config = config;
        this.queries = queries;
    }

    @Override
    public String name() {
        return "CityCoop query pages";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        QueryPagesServlet pages = new QueryPagesServlet(queries, new HtmlResults(store, config.queryTimeout(), MAX_ROWS));
        builder.addServlet("/queries", pages);
        builder.addServlet("/queries/*", pages);
    }
}
