package org.citycoop.store.remote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * OpenLink Virtuoso from Debian's {@code virtuoso-opensource} package, run in a folder of its own with a generated
 * {@code virtuoso.ini} on free loopback ports, with a user granted SPARQL updates. Queries go to {@code /sparql-auth}
 * (answered with HTTP Digest), graphs to {@code /sparql-graph-crud-auth}. Result sets are allowed a million rows:
 * Virtuoso's default of 10,000 cuts answers short without an error.
 */
final class VirtuosoProcess extends RemoteStoreProcess {
    private static final String BINARY = "/usr/bin/virtuoso-t";
    private static final String ISQL = "/usr/bin/isql-vt";
    private final int sqlPort = freePort();
    private final int httpPort = freePort();

    static VirtuosoProcess start(Path folder) throws IOException, InterruptedException {
        VirtuosoProcess virtuoso = new VirtuosoProcess();
        virtuoso.run(folder);
        return virtuoso;
    }

    private void run(Path folder) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(BINARY)) || !Files.isExecutable(Path.of(ISQL))) {
            throw new IllegalStateException("Virtuoso is not installed (" + BINARY + ", " + ISQL
                + "): install Debian's virtuoso-opensource, as .ci/run does");
        }
        Path ini = folder.resolve("virtuoso.ini");
        Files.writeString(ini, INI.replace("FOLDER", folder.toString()).replace("SQLPORT", Integer.toString(sqlPort))
            .replace("HTTPPORT", Integer.toString(httpPort)));
        process = new ProcessBuilder(BINARY, "+foreground", "+configfile", ini.toString()).directory(folder.toFile())
            .redirectErrorStream(true).redirectOutput(folder.resolve("virtuoso.out").toFile()).start();
        endWithTheJvm();
        awaitAnswer(base() + "/sparql?query=ASK%7B%7D");
        grant(folder);
    }

    private void grant(Path folder) throws IOException, InterruptedException {
        Path script = folder.resolve("grant.sql");
        Files.writeString(script, "DB.DBA.USER_CREATE ('" + USER + "', '" + password + "');\n"
            + "GRANT SPARQL_UPDATE TO \"" + USER + "\";\n"
            + "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('" + USER + "', 7);\n");
        Process isql = new ProcessBuilder(ISQL, "127.0.0.1:" + sqlPort, "dba", "dba", script.toString())
            .redirectErrorStream(true).redirectOutput(folder.resolve("grant.out").toFile()).start();
        if (!isql.waitFor(60, TimeUnit.SECONDS) || isql.exitValue() != 0) {
            throw new IllegalStateException("granting updates failed: " + Files.readString(folder.resolve("grant.out")));
        }
    }

    String base() {
        return "http://127.0.0.1:" + httpPort;
    }

    @Override
    int httpPort() {
        return httpPort;
    }

    @Override
    RemoteEndpoints endpoints(int at) {
        String base = "http://127.0.0.1:" + at;
        return RemoteEndpoints.of(base + "/sparql-auth", null, base + "/sparql-graph-crud-auth");
    }

    private static final String INI = """
        [Database]
        DatabaseFile = FOLDER/virtuoso.db
        ErrorLogFile = FOLDER/virtuoso.log
        LockFile = FOLDER/virtuoso.lck
        TransactionFile = FOLDER/virtuoso.trx
        xa_persistent_file = FOLDER/virtuoso.pxa
        ErrorLogLevel = 7
        FileExtend = 200
        Striping = 0
        TempStorage = TempDatabase
        [TempDatabase]
        DatabaseFile = FOLDER/virtuoso-temp.db
        TransactionFile = FOLDER/virtuoso-temp.trx
        Striping = 0
        [Parameters]
        ServerPort = 127.0.0.1:SQLPORT
        DisableUnixSocket = 1
        DisableTcpSocket = 0
        CheckpointInterval = 60
        CaseMode = 2
        DirsAllowed = ., FOLDER
        NumberOfBuffers = 10000
        MaxDirtyBuffers = 6000
        TransactionAfterImageLimit = 2000000000
        [HTTPServer]
        ServerPort = 127.0.0.1:HTTPPORT
        ServerRoot = FOLDER
        ServerThreads = 10
        Charset = UTF-8
        [SPARQL]
        ResultSetMaxRows = 1000000
        MaxQueryExecutionTime = 120
        """;
}
