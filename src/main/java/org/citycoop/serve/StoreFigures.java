package org.citycoop.serve;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.citycoop.store.GraphStore;
import org.citycoop.store.Statistics;
import org.citycoop.store.VersionedCache;

/**
 * The counts the home page and the dataset description show, kept while the data stays at one version: the quads
 * and graphs at once (they take seconds), the entities by class in the background, started when the server starts,
 * since on a store of millions of quads they take a pass over every type it holds; until they are counted, pages
 * say so rather than keep their reader waiting.
 */
final class StoreFigures {
    /** How long a page waits for the counts by class before it goes without them. */
    private static final long WAIT_MILLIS = 2_000;
    private final GraphStore store;
    private final VersionedCache<String, Statistics> counted = new VersionedCache<>(0, 1, s -> 1L);
    private CompletableFuture<Statistics> classes;
    private OptionalLong classesVersion = OptionalLong.empty();

    StoreFigures(GraphStore store) {
        this.store = store;
    }

    /** Starts counting the entities by class, so that the first reader finds them counted. */
    void warm() {
        counting();
    }

    /** The quads and graphs of the data as it is now. */
    Statistics now() {
        return store.read(() -> counted.get("", store.readVersion(), k -> Statistics.ofGraphs(store)));
    }

    /**
     * The entities by class of the data as it is now, waiting for them a little (a small store counts them at
     * once); empty while they are still being counted.
     */
    Optional<Statistics> classes() {
        CompletableFuture<Statistics> counting = counting();
        try {
            return Optional.of(counting.get(WAIT_MILLIS, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("counting the things by kind failed", e.getCause());
        }
    }

    private synchronized CompletableFuture<Statistics> counting() {
        OptionalLong version = store.read(store::readVersion);
        if (classes == null || version.isPresent() && !version.equals(classesVersion)) {
            classesVersion = version;
            classes = CompletableFuture.supplyAsync(() -> Statistics.of(store));
        }
        return classes;
    }
}
