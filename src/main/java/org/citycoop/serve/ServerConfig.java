package org.citycoop.serve;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;

/**
 * How a {@link CityCoopServer} runs: where it listens, how long and how large a query may be, who may write, where
 * backups go, which remote SPARQL endpoints a federated query may call, and where the example queries are.
 *
 * @param host            the address to bind: loopback unless told otherwise
 * @param port            the port, 0 for any free port
 * @param queryTimeout    how long a SPARQL query may run before it is cancelled
 * @param credentials     who may write and administer, or null for a read-only server
 * @param queries         the folder of example queries offered in the UI, or null
 * @param backups         where backups made through {@code /$/backup} are written (servers with credentials only)
 * @param allowedServices the endpoints a {@code SERVICE} clause may call; empty: federated queries are refused
 * @param limits          the largest query and result the endpoint accepts
 */
public record ServerConfig(String host, int port, Duration queryTimeout, Credentials credentials, Path queries,
        Path backups, List<URI> allowedServices, QueryLimits limits) {
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** A builder with the defaults: loopback, port 3030, 30 s timeout, read-only, no federated queries. */
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
        private Path backups;
        private final List<String> allowedServices = new ArrayList<>();
        private QueryLimits limits = QueryLimits.DEFAULT;

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

        /** The folder for backups; needed when credentials are given. */
        public Builder backups(Path backups) {
            this.backups = backups;
            return this;
        }

        /** Allows {@code SERVICE <endpoint>} in queries for this one endpoint (an absolute http or https URL). */
        public Builder allowService(String endpoint) {
            this.allowedServices.add(endpoint);
            return this;
        }

        public Builder limits(QueryLimits limits) {
            this.limits = limits;
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
            if (credentials != null && backups == null) {
                throw new CityCoopException(ErrorId.BAD_OPTION, "a server with credentials needs a folder for backups (--backups DIR)");
            }
            List<URI> services = allowedServices.stream().map(Builder::endpoint).toList();
            return new ServerConfig(host, port, queryTimeout, credentials, queries, backups, services, limits);
        }

        private static URI endpoint(String text) {
            URI uri;
            try {
                uri = new URI(text);
            } catch (java.net.URISyntaxException e) {
                throw new CityCoopException(ErrorId.BAD_OPTION, "--allow-service " + text + ": not a URL: " + e.getReason(), e);
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new CityCoopException(ErrorId.BAD_OPTION, "--allow-service " + text
                    + ": expected an absolute http or https URL of a SPARQL endpoint");
            }
            return uri;
        }
    }
}
