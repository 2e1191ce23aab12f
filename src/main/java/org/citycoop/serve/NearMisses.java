package org.citycoop.serve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.jena.graph.Node;
import org.citycoop.store.GraphStore;

/**
 * What a path that leads nowhere may have meant: for a thing's IRI ({@code /id/city/bandug}), the things of the same
 * kind whose keys are at most two letters away, found through the store's index of names; for any other path, the
 * site's pages whose names are as near.
 */
final class NearMisses {
    /** The site's own pages, for a mistyped path. */
    private static final List<String> PAGES = List.of("/", "/search", "/queries", "/explore", "/map", "/charts", "/check",
        "/editor", "/.well-known/void", "/page/ontology", "/ds/sparql");
    private static final LevenshteinDistance NEAR = new LevenshteinDistance(2);
    private static final int SHOWN = 3;

    private NearMisses() {
    }

    /** Things whose IRIs are near {@code iri}, as local paths of their pages. */
    static List<String> things(GraphStore store, String iri) {
        int slash = iri.lastIndexOf('/');
        String folder = iri.substring(0, slash + 1);
        String key = iri.substring(slash + 1);
        if (key.length() < 3) {
            return List.of();
        }
        Set<String> near = new LinkedHashSet<>();
        List<Node> found = store.read(() -> store.searchLabels(key.substring(0, 3), 200));
        for (Node node : found) {
            String other = node.isURI() ? node.getURI() : "";
            if (other.startsWith(folder) && other.indexOf('/', folder.length()) < 0
                    && NEAR.apply(key, other.substring(folder.length())) >= 0) {
                near.add(LinkedDataPaths.pageOf(node));
            }
        }
        return new ArrayList<>(near).subList(0, Math.min(SHOWN, near.size()));
    }

    /** The site's pages near a path. */
    static List<String> pages(String path) {
        return PAGES.stream().filter(page -> NEAR.apply(path, page) >= 0).limit(SHOWN).toList();
    }
}
