package org.citycoop.serve;

import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The public SPARQL endpoint's protections: Fuseki's query operation replaced by {@link EndpointQuery} (size
 * limit, complete answers, federated queries only to allowed endpoints), the dataset's SERVICE calls checked at run
 * time, forms Jetty cannot read answered 400, and the security headers on every response.
 */
final class EndpointModule implements FusekiModule {
    private final List<DatasetGraph> datasets;
    private final ServerConfig config;

    EndpointModule(List<DatasetGraph> datasets, ServerConfig config) {
        this.datasets = datasets;
        this.config = config;
    }

    @Override
    public String name() {
        return "CityCoop endpoint limits";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        ServicePolicy services = new ServicePolicy(config.allowedServices());
        datasets.forEach(dataset -> services.install(dataset.getContext()));
        builder.registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
            new EndpointQuery(config.limits(), services));
        builder.addFilter("/*", new SecurityHeadersFilter());
        builder.addFilter("/*", new RefusedBodyFilter());
        FormParametersFilter forms = new FormParametersFilter();
        builder.addFilter(CityCoopServer.DATASET, forms);
        builder.addFilter(CityCoopServer.DATASET + "/*", forms);
        builder.addFilter(CityCoopServer.DRAFTS, forms);
        builder.addFilter(CityCoopServer.DRAFTS + "/*", forms);
    }
}
