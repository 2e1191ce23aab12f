package org.citycoop.serve;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;

/**
 * Writes of a server over a remote store, which go through a local copy of it: the Graph Store Protocol answers a
 * refused write with the status of its refusal ({@link CopiedGraphStore}). SPARQL Update answers any refusal with
 * 400 and its message, as Fuseki's update handler does for errors of this kind.
 */
final class CopiedWritesModule implements FusekiModule {
    @Override
    public String name() {
        return "CityCoop writes through a copy";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.registerOperation(Operation.GSP_RW, new CopiedGraphStore());
    }
}
