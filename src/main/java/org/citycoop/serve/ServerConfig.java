package org.citycoop.serve;

import java.nio.file.Path;
import java.time.Duration;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;

/**
 * How a {@link CityCoopServer} runs: where it listens, how long a query may take, who may write, and where the
 * example queries are.
 *
 * @param host         the address to bind: loopback unless told otherwise
 * @param port         the port, 0 for any free port
 * @param queryTimeout how long a SPARQL query may run before it is cancelled
 * @param credentials  who may write and administer, or null for a read-only server
 * @param queries      the folder of example queries offered in the UI, or null
 */
public record ServerConfig(String host, int port, Duration queryTimeout, Credentials credentials, Path queries) {
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** A builder with the defaults: loopback, port 3030, 30 s timeout, read-only. */
    public static Builder builder() {
        return new Builder();
    }

    public boolean loopback() {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
    }

    /** Checks values one by one, with a message for each mistake. */
    public static final class Builder {
        private String host = "localhost";
        private int port = DEFAULT_PORT;
        private Duration queryTimeout = DEFAULT_TIMEOUT;
        private Credentials credentials;
        private Path queries;

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder queryTimeout(Duration queryTimeout) {
            this.queryTimeout = queryTimeout;
            return this;
        }

        public Builder credentials(Credentials credentials) {
            this.credentials = credentials;
            return this;
        }

        public Builder queries(Path queries) {
            this.queries = queries;
            return this;
        }

        public ServerConfig build() {
            if (host == null || host.isBlank()) {
                throw new CityCoopException(ErrorId.BAD_OPTION, "--host must name an address, such as localhost or 0.0.0.0");
            }
            if (port < 0 || port > 65535) {
                throw new CityCoopException(ErrorId.BAD_OPTION, "--port must be from 0 to 65535, not " + port);
            }
            if (queryTimeout == null || queryTimeout.isNegative() || queryTimeout.isZero()) {
                throw new CityCoopException(ErrorId.BAD_OPTION, "--timeout must be a positive number of seconds");
            }
            return new ServerConfig(host, port, queryTimeout, credentials, queries);
        }
    }
}
