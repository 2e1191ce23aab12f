package org.citycoop.serve;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.rdf.model.Model;
import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * Fuseki's query editor at {@code /editor}, with the read-only status it asks for: {@code /$/ping}, {@code /$/server}
 * (the datasets and their endpoints) and {@code /$/stats}. Unlike Fuseki's UI module it brings no validators and
 * no administration: those exist only where {@link AdminModule} adds them.
 */
final class ConsoleModule implements FusekiModule {
    /** Where the editor's files are on the class path (the jena-fuseki-ui jar). */
    private static final String UI_RESOURCE = "webapp";

    @Override
    public String name() {
        return "CityCoop query editor";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.staticFileBase(uiLocation())
            .addServlet("/editor", new EditorServlet())
            .addServlet("/$/server", new ActionServerStatus())
            .enablePing(true)
            .enableStats(true);
    }

    private static String uiLocation() {
        Resource resource = ResourceFactory.closeable().newClassLoaderResource(UI_RESOURCE);
        if (resource == null || resource.getURI() == null) {
            throw new CityCoopException(ErrorId.STORE_UNAVAILABLE, "the query editor's files (" + UI_RESOURCE
                + " in jena-fuseki-ui) are not on the class path");
        }
        return resource.getURI().toString();
    }
}
