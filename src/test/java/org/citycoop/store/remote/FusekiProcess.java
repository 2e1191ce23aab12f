package org.citycoop.store.remote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Apache Jena's standalone Fuseki server ({@code jena-fuseki-server}, the version CityCoop builds on) serving a
 * TDB2 dataset at {@code /ds} whose default graph is the union of its graphs: queries open to all, updates and the
 * read-write Graph Store Protocol only for the user, by HTTP Digest.
 */
final class FusekiProcess extends RemoteStoreProcess {
    private final int port = freePort();

    static FusekiProcess start(Path folder) throws IOException, InterruptedException {
        FusekiProcess fuseki = new FusekiProcess();
        fuseki.run(folder);
        return fuseki;
    }

    private void run(Path folder) throws IOException, InterruptedException {
        String jar = System.getProperty("citycoop.fuseki.jar",
            org.citycoop.TestProject.home().resolve("target/remote-stores/jena-fuseki-server.jar").toString());
        if (!Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("no standalone Fuseki server at " + jar + " (mvn verify copies it there)");
        }
        Path config = folder.resolve("config.ttl");
        Files.writeString(config, CONFIG.replace("LOCATION", folder.resolve("db").toString()));
        Path passwords = folder.resolve("passwd");
        Files.writeString(passwords, USER + ": " + password + "\n");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx512m", "-jar", jar, "--config=" + config,
            "--passwd=" + passwords, "--auth=digest", "--localhost", "--port", Integer.toString(port))
            .redirectErrorStream(true).redirectOutput(folder.resolve("fuseki.log").toFile());
        builder.environment().put("FUSEKI_BASE", folder.resolve("run").toString());
        process = builder.start();
        endWithTheJvm();
        awaitAnswer(base() + "/ds/sparql?query=ASK%7B%7D");
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    int httpPort() {
        return port;
    }

    @Override
    RemoteEndpoints endpoints(int at) {
        String base = "http://127.0.0.1:" + at;
        return RemoteEndpoints.of(base + "/ds", base + "/ds/update", base + "/ds/data");
    }

    private static final String CONFIG = """
        PREFIX fuseki: <http://jena.apache.org/fuseki#>
        PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
        [] rdf:type fuseki:Server .
        <#service> rdf:type fuseki:Service ;
            fuseki:name "ds" ;
            fuseki:endpoint [ fuseki:operation fuseki:query ] ;
            fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
            fuseki:endpoint [ fuseki:operation fuseki:gsp-r ; fuseki:name "get" ] ;
            fuseki:endpoint [ fuseki:operation fuseki:update ; fuseki:name "update" ;
                              fuseki:allowedUsers "citycoop" ] ;
            fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name "data" ;
                              fuseki:allowedUsers "citycoop" ] ;
            fuseki:dataset <#dataset> .
        <#dataset> rdf:type tdb2:DatasetTDB2 ;
            tdb2:location "LOCATION" ;
            tdb2:unionDefaultGraph true .
        """;
}
