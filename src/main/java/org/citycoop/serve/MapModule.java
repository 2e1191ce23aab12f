package org.citycoop.serve;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * The map as a Fuseki module: {@code /map}, cooperation drawn on a world map with d3 over country outlines the
 * server ships (no tiles, nothing fetched from elsewhere), {@code /api/map} the places and links it draws.
 */
final class MapModule implements FusekiModule {
    private final NetworkViews views;

    MapModule(NetworkViews views) {
        this.views = views;
    }

    @Override
    public String name() {
        return "CityCoop map";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/map", new MapPageServlet());
        builder.addServlet("/map/*", new ResourceServlet("/org/citycoop/serve/map/", null));
        builder.addServlet("/api/map", new MapApiServlet(views));
    }
}
