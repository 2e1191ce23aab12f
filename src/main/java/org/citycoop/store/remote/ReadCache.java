package org.citycoop.store.remote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * The statements about the things one read has asked about, kept for the rest of that read: a page or a neighbourhood
 * asks for a thing's labels, then its types, then its dates, each a request to a remote store that one request for
 * all its statements answers. Things with more statements than {@link #PER_THING} are not kept, nor any once the read
 * keeps {@link #PER_READ}, so a read of a hub, or of many things, costs no more memory than a bounded amount.
 */
final class ReadCache {
    /** Statements of one thing kept at most: a place or a cooperation has tens to hundreds. */
    static final int PER_THING = 2_000;
    /** Statements kept at most in one read. */
    private static final int PER_READ = 200_000;
    private final Map<Node, List<Quad>> bySubject = new HashMap<>();
    private final Map<Node, List<Quad>> byObject = new HashMap<>();
    private int kept;

    /**
     * The named graphs' quads that match a pattern, from what is kept, reading a thing's statements first when the
     * pattern names its subject; null when the pattern must be asked of the store as it is.
     */
    List<Quad> find(Node g, Node s, Node p, Node o, Supplier<List<Quad>> aboutSubject) {
        if (s.isConcrete()) {
            List<Quad> about = bySubject.get(s);
            if (about == null && !bySubject.containsKey(s)) {
                about = keep(bySubject, s, aboutSubject.get());
            }
            return about == null ? null : matching(about, g, s, p, o);
        }
        List<Quad> about = o.isConcrete() ? byObject.get(o) : null;
        return about == null ? null : matching(about, g, s, p, o);
    }

    /** Keeps what the store answered to the pattern (g any, s any, p any, o), all the statements with o as object. */
    void keepObject(Node o, List<Quad> quads) {
        if (!byObject.containsKey(o)) {
            keep(byObject, o, quads);
        }
    }

    /** Keeps a thing's statements, or notes that they are too many to keep (null); gives what is kept. */
    private List<Quad> keep(Map<Node, List<Quad>> map, Node thing, List<Quad> quads) {
        List<Quad> kept = quads != null && quads.size() <= PER_THING && this.kept + quads.size() <= PER_READ
            ? quads : null;
        map.put(thing, kept);
        if (kept != null) {
            this.kept += kept.size();
        }
        return kept;
    }

    private static List<Quad> matching(List<Quad> quads, Node g, Node s, Node p, Node o) {
        List<Quad> found = new ArrayList<>();
        for (Quad quad : quads) {
            if (quad.matches(g, s, p, o)) {
                found.add(quad);
            }
        }
        return found;
    }
}
