package org.citycoop.serve;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.citycoop.store.GraphStore;

/**
 * The server features of CityCoop as a Fuseki module: dereferenceable IRIs with content negotiation, entity pages,
 * the dataset description and dumps, the example queries in the query editor, the graph API and explorer.
 */
final class LinkedDataModule implements FusekiModule {
    private final GraphStore store;
    private final ExampleQueries queries;

    LinkedDataModule(GraphStore store, ExampleQueries queries) {
        this.store = store;
        this.queries = queries;
    }

    @Override
    public String name() {
        return "CityCoop linked data";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        Describer describer = new Describer(store);
        IdentifierServlet identifiers = new IdentifierServlet(describer);
        for (String segment : LinkedDataPaths.THING_SEGMENTS) {
            builder.addServlet("/" + segment + "/*", identifiers);
        }
        builder.addServlet("/data/*", new DataServlet(describer, false));
        builder.addServlet("/page/*", new DataServlet(describer, true));
        StoreFigures figures = new StoreFigures(store);
        figures.warm();
        builder.addServlet("/.well-known/void", new VoidServlet(store, figures));
        // the dataset's IRI and its distributions' are described by the dataset description
        builder.addServlet("/dataset", new SeeOtherServlet("/.well-known/void"));
        builder.addServlet("/dataset/*", new SeeOtherServlet("/.well-known/void"));
        for (Representation form : Representation.values()) {
            if (form != Representation.HTML && form != Representation.TRIG) {
                builder.addServlet("/ontology." + form.extension(), new SeeOtherServlet("/ontology?format="
                    + form.extension()));
            }
        }
        builder.addServlet("/dumps/*", new DumpServlet(store));
        builder.addServlet(VoidServlet.RULES_PATH, new ResourceServlet("/org/citycoop/store/", "inference.ru"));
        SiteServlet site = new SiteServlet();
        builder.addServlet("/citycoop", site);
        builder.addServlet("/citycoop/*", site);
        // "" is the root exactly: Fuseki's query editor keeps its files, at /index.html and beside it
        HomeServlet home = new HomeServlet(store, figures);
        builder.addServlet("", home);
        builder.addServlet("/search", home);
        builder.addFilter("/static/*", new UiExamplesFilter(queries));
        builder.addServlet("/api/*", new GraphApiServlet(store, new LazyModel(store), describer));
        builder.addServlet("/explore", new ResourceServlet("/org/citycoop/serve/explorer/", "explorer.html"));
        builder.addServlet("/explorer/*", new ResourceServlet("/org/citycoop/serve/explorer/", null));
        builder.addServlet("/webjars/*", new ResourceServlet("/META-INF/resources/webjars/", null));
    }
}
