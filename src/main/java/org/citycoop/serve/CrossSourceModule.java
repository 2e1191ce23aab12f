package org.citycoop.serve;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.citycoop.store.GraphStore;

/** The cross-source view as a Fuseki module: {@code /check}, what the twin-town sources say differently. */
final class CrossSourceModule implements FusekiModule {
    private final GraphStore store;

    CrossSourceModule(GraphStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "CityCoop cross-source view";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/check", new CrossSourceServlet(store));
    }
}
