package org.citycoop.graph;

import java.util.List;
import java.util.Map;

/**
 * What a map shows: the links a filter passes (the first {@code limit} of them, most connected places first), their
 * places, how many links passed in all, and the links of each source and kind in the whole map, for its filters.
 *
 * @param places the places of the links shown
 * @param links  the links shown
 * @param found  how many links the filter passed
 * @param sources the sources of the whole map, by key, with their links
 * @param kinds   the kinds of link of the whole map, with their links
 */
public record MapView(List<CooperationMap.MapPlace> places, List<CooperationMap.MapLink> links, int found,
        Map<String, Integer> sources, Map<String, Integer> kinds) {
}
