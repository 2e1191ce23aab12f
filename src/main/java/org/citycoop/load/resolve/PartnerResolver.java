package org.citycoop.load.resolve;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves names that come with neither a country nor coordinates, only with their partners (Wikidata's "twinned
 * administrative body" pairs). A name is first looked for anywhere ({@link PlaceResolver}); of several places of the
 * name, the one that another source already twins with a place of a partner's name is taken; failing that, one
 * clearly more of a seat and at least as big as every other, or ten times as big as any.
 *
 * <pre>{@code
 * Map<String, Resolution> byId = new PartnerResolver(resolver, gazetteer).resolve(names, partners);
 * }</pre>
 */
public final class PartnerResolver {
    /** How much bigger than any other place of its name a place must be to be taken for it, with no other clue. */
    private static final long CLEARLY_BIGGER = 10;
    private final PlaceResolver resolver;
    private final Gazetteer gazetteer;

    public PartnerResolver(PlaceResolver resolver, Gazetteer gazetteer) {
        this.resolver = resolver;
        this.gazetteer = gazetteer;
    }

    /**
     * @param names    each identifier's name
     * @param partners each identifier's partners, by identifier
     * @return each named identifier's resolution
     */
    public Map<String, Resolution> resolve(Map<String, String> names, Map<String, Set<String>> partners) {
        Map<String, Resolution> byName = new HashMap<>();
        names.forEach((id, name) -> byName.put(id, resolver.resolve(name, "", Double.NaN, Double.NaN)));
        Map<String, Resolution> resolved = new HashMap<>();
        byName.forEach((id, first) -> resolved.put(id, byPartners(first, partners.getOrDefault(id, Set.of()), byName)));
        return resolved;
    }

    private Resolution byPartners(Resolution first, Set<String> partners, Map<String, Resolution> byName) {
        List<GazetteerPlace> candidates = candidates(first);
        if (candidates.isEmpty()) {
            return first;
        }
        Map<GazetteerPlace, Integer> votes = new HashMap<>();
        for (String partner : partners) {
            Resolution theirs = byName.get(partner);
            List<GazetteerPlace> others = theirs == null ? List.of() : candidates(theirs);
            for (GazetteerPlace candidate : candidates) {
                if (others.stream().anyMatch(other -> gazetteer.twinned(candidate.iri(), other.iri()))) {
                    votes.merge(candidate, 1, Integer::sum);
                }
            }
        }
        GazetteerPlace voted = onlyMost(votes);
        if (voted != null) {
            return Resolution.of(voted, Double.NaN, "twinned with a partner in another source", voted.country(),
                candidates);
        }
        return first.resolved() ? first : clearlyBiggest(first, candidates);
    }

    private static List<GazetteerPlace> candidates(Resolution resolution) {
        return resolution.resolved() ? List.of(resolution.place()) : resolution.candidates();
    }

    /** The candidate with the most votes, if no other has as many. */
    private static GazetteerPlace onlyMost(Map<GazetteerPlace, Integer> votes) {
        int most = votes.values().stream().max(Integer::compare).orElse(0);
        List<GazetteerPlace> top = votes.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey)
            .toList();
        return most > 0 && top.size() == 1 ? top.get(0) : null;
    }

    private static Resolution clearlyBiggest(Resolution first, List<GazetteerPlace> candidates) {
        List<GazetteerPlace> ordered = candidates.stream().sorted(Comparator.comparingLong(GazetteerPlace::population)
            .reversed()).toList();
        GazetteerPlace biggest = ordered.get(0);
        long next = ordered.size() > 1 ? Math.max(1, ordered.get(1).population()) : 0;
        boolean clearSeat = ordered.stream().skip(1).allMatch(p -> biggest.rank() < p.rank());
        if (ordered.size() > 1 && (biggest.population() >= CLEARLY_BIGGER * next || clearSeat)) {
            return Resolution.of(biggest, Double.NaN, "the clearest of the places of that name in any country",
                biggest.country(), candidates);
        }
        return first;
    }
}
