package org.citycoop.store.remote;

import java.nio.file.Files;
import java.nio.file.Path;

/** The remote-store contract over Apache Jena's standalone Fuseki server with a TDB2 dataset. */
class FusekiRemoteCopyIT extends RemoteCopyContract {
    @Override
    RemoteStoreProcess start(Path folder) throws Exception {
        return FusekiProcess.start(Files.createDirectories(folder));
    }
}
