package org.citycoop.graph;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The edges of the nodes that have many, kept while the store's data stays at one version. A country is in the
 * first ring of most neighbourhoods, and reading its thousands of edges to follow fifty of them took most of a
 * neighbourhood's time; a node with few edges is read again each time, for less than a lookup here would save.
 * Whatever a write commits makes a new version, and the edges of the old one are dropped at the first look.
 */
final class HubEdges {
    private final int minEdges;
    private final int maxEdges;
    /** Least recently used first. */
    private final Map<String, Set<GraphEdge>> byNode = new LinkedHashMap<>(16, 0.75f, true);
    private long version = Long.MIN_VALUE;
    private int held;

    /**
     * @param minEdges how many edges a node has at least for its edges to be kept
     * @param maxEdges how many edges are kept at most, of all nodes together
     */
    HubEdges(int minEdges, int maxEdges) {
        if (minEdges < 1 || maxEdges < minEdges) {
            throw new IllegalArgumentException("edges kept: at least " + minEdges + " per node, at most " + maxEdges);
        }
        this.minEdges = minEdges;
        this.maxEdges = maxEdges;
    }

    /** The edges of a node as read at this version of the data, if they are kept. */
    synchronized Optional<Set<GraphEdge>> get(String node, long dataVersion) {
        follow(dataVersion);
        return dataVersion == version ? Optional.ofNullable(byNode.get(node)) : Optional.empty();
    }

    /** Keeps a node's edges read at this version, if it has enough of them, dropping the least recently used. */
    synchronized void offer(String node, long dataVersion, Set<GraphEdge> edges) {
        if (edges.size() < minEdges || edges.size() > maxEdges) {
            return;
        }
        follow(dataVersion);
        if (dataVersion != version || byNode.containsKey(node)) {
            return;
        }
        Iterator<Set<GraphEdge>> oldest = byNode.values().iterator();
        while (held + edges.size() > maxEdges) {
            held -= oldest.next().size();
            oldest.remove();
        }
        byNode.put(node, Collections.unmodifiableSet(new LinkedHashSet<>(edges)));
        held += edges.size();
    }

    /** How many edges are kept, of all nodes. */
    synchronized int held() {
        return held;
    }

    /** Drops what an older version of the data had; a reader still on an older version keeps nothing here. */
    private void follow(long dataVersion) {
        if (dataVersion > version) {
            byNode.clear();
            held = 0;
            version = dataVersion;
        }
    }
}
