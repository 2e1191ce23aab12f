package org.citycoop.store.remote;

import java.nio.file.Files;
import java.nio.file.Path;

/** The remote-store contract over OpenLink Virtuoso 7, the store behind DBpedia. */
class VirtuosoRemoteCopyIT extends RemoteCopyContract {
    @Override
    RemoteStoreProcess start(Path folder) throws Exception {
        return VirtuosoProcess.start(Files.createDirectories(folder));
    }
}
