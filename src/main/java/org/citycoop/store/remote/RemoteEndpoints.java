package org.citycoop.store.remote;

import java.net.URI;
import java.net.URISyntaxException;

import org.citycoop.CityCoopException;
import org.citycoop.ErrorId;

/**
 * Where a remote SPARQL 1.1 store answers: its query endpoint, its update endpoint and its Graph Store Protocol
 * endpoint. A Fuseki dataset answers all three at its own URL ({@code http://host:3030/ds}); Virtuoso answers
 * queries and updates at {@code /sparql-auth} and the Graph Store Protocol at {@code /sparql-graph-crud-auth}.
 *
 * <pre>{@code
 * RemoteEndpoints endpoints = RemoteEndpoints.builder().dataset("http://127.0.0.1:3030/ds").build();
 * }</pre>
 */
public record RemoteEndpoints(URI query, URI update, URI graphStore) {

    public static Builder builder() {
        return new Builder();
    }

    /** The endpoints a URL and its overrides (null where not given) name, checked. */
    public static RemoteEndpoints of(String url, String update, String graphStore) {
        return builder().dataset(url).update(update).graphStore(graphStore).build();
    }

    /** The endpoints as people read them, in one line. */
    public String describe() {
        if (query.equals(update) && query.equals(graphStore)) {
            return query.toString();
        }
        return query + " (updates " + update + ", graphs " + graphStore + ")";
    }

    /** Configures {@link RemoteEndpoints}. */
    public static final class Builder {
        private String dataset;
        private String update;
        private String graphStore;

        /** The URL that answers every protocol unless another is given (a Fuseki dataset, a SPARQL endpoint). */
        public Builder dataset(String url) {
            this.dataset = url;
            return this;
        }

        /** Where SPARQL updates go, when not to the dataset's URL; null keeps that URL. */
        public Builder update(String url) {
            this.update = url;
            return this;
        }

        /** Where Graph Store Protocol requests go, when not to the dataset's URL; null keeps that URL. */
        public Builder graphStore(String url) {
            this.graphStore = url;
            return this;
        }

        public RemoteEndpoints build() {
            if (dataset == null || dataset.isBlank()) {
                throw new CityCoopException(ErrorId.BAD_OPTION, "no URL of a remote store was given");
            }
            URI query = checked(dataset, "the store's URL");
            return new RemoteEndpoints(query, update == null ? query : checked(update, "--update-endpoint"),
                graphStore == null ? query : checked(graphStore, "--gsp-endpoint"));
        }

        private static URI checked(String text, String what) {
            URI uri;
            try {
                uri = new URI(text.strip());
            } catch (URISyntaxException e) {
                throw new CityCoopException(ErrorId.BAD_OPTION, what + " is not a URL: " + e.getMessage(), e);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new CityCoopException(ErrorId.BAD_OPTION, what + " " + text
                    + " is not an http or https URL (expected e.g. http://127.0.0.1:3030/ds)");
            }
            if (uri.getHost() == null) {
                throw new CityCoopException(ErrorId.BAD_OPTION, what + " " + text + " names no host");
            }
            if (uri.getRawUserInfo() != null) {
                throw new CityCoopException(ErrorId.BAD_OPTION, what + " holds a user name or password; give them in "
                    + "CITYCOOP_REMOTE_USER and CITYCOOP_REMOTE_PASSWORD or with --credentials FILE instead");
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new CityCoopException(ErrorId.BAD_OPTION, what + " " + text
                    + " has a query or fragment; give the endpoint's URL alone");
            }
            return uri;
        }
    }
}
