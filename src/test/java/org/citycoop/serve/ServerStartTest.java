package org.citycoop.serve;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.citycoop.CityCoopException;
import org.citycoop.store.Store;
import org.junit.jupiter.api.Test;

/** A server that cannot listen says which port, and why it may be; it does not start half-way. */
class ServerStartTest {

    @Test
    void aPortInUseIsReportedWithThePort() {
        try (Store store = Store.inMemory();
             CityCoopServer first = CityCoopServer.start(store, ServerConfig.builder().host("127.0.0.1").port(0).build())) {
            int port = first.port();
            CityCoopException refused = assertThrows(CityCoopException.class, () -> CityCoopServer.start(store,
                ServerConfig.builder().host("127.0.0.1").port(port).build()).close());
            assertTrue(refused.getMessage().startsWith("cannot listen on 127.0.0.1:" + port + ": the port is in use"),
                refused.getMessage());
        }
    }
}
