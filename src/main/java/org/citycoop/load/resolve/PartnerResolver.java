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
 * clearly more of a seat and at least as big as every other, or ten times as big as any. A name of no place is
 * taken for the place that another source twins with most of its partners, when its name is still alike.
 *
 * <pre>{@code
 * Map<String, Resolution> byId = new PartnerResolver(resolver, gazetteer).resolve(names, partners);
 * }</pre>
 */
public final class PartnerResolver {
    /** How much bigger than any other place of its name a place must be to be taken for it, with no other clue. */
    private static final long CLEARLY_BIGGER = 10;
    /** How alike an exonym and the name of the place its partners point to must still be (Jaro-Winkler). */
    private static final double ALIKE = 0.7;
    private static final org.apache.commons.text.similarity.JaroWinklerSimilarity SIMILARITY =
        new org.apache.commons.text.similarity.JaroWinklerSimilarity();
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
        names.forEach((id, name) -> byName.put(id, byItem(id, name).orElseGet(() ->
            resolver.resolve(name, "", Double.NaN, Double.NaN))));
        Map<String, Resolution> resolved = new HashMap<>();
        byName.forEach((id, first) -> resolved.put(id, byPartners(first, names.get(id), partners.getOrDefault(id,
            Set.of()), byName)));
        Map<String, Resolution> byTheirTwins = new HashMap<>();
        resolved.forEach((id, resolution) -> {
            if (resolution.status() == Resolution.Status.UNRESOLVED) {
                byTheirTwins.put(id, byPartnersTwins(names.get(id), resolution, partners.getOrDefault(id, Set.of()),
                    resolved));
            }
        });
        resolved.putAll(byTheirTwins);
        Map<String, Resolution> byUnresolved = new HashMap<>();
        resolved.forEach((id, resolution) -> {
            if (!resolution.resolved()) {
                byUnresolved.put(id, byUnresolved(names.get(id), resolution, partners.getOrDefault(id, Set.of()),
                    resolved));
            }
        });
        resolved.putAll(byUnresolved);
        Map<String, Resolution> inNetwork = new HashMap<>();
        resolved.forEach((id, resolution) -> {
            if (!resolution.resolved()) {
                inNetwork.put(id, inNetwork(names.get(id), resolution));
            }
        });
        resolved.putAll(inNetwork);
        return resolved;
    }

    /**
     * A name still unresolved: the one place of the network (twinned by another source) that bears it, in any
     * language, if only one does; two nodes of one name in the network would be one place split in two.
     */
    private Resolution inNetwork(String name, Resolution first) {
        String key = NameKeys.fold(name);
        List<GazetteerPlace> bearing = new java.util.ArrayList<>(gazetteer.named(key));
        bearing.addAll(gazetteer.alsoNamed(key));
        bearing.addAll(gazetteer.unresolved(key));
        List<GazetteerPlace> networked = bearing.stream().filter(place -> !gazetteer.twinsOf(place.iri()).isEmpty())
            .distinct().toList();
        return networked.size() == 1 ? Resolution.of(networked.get(0), Double.NaN, "the one place of the network of "
            + "that name", networked.get(0).country(), networked) : first;
    }

    /**
     * A name no gazetteer holds, that another source kept as a place of its own (a village of Wikipedia's lists): the
     * one such place of the name that the other source twins with a place one of its partners resolved to.
     */
    private Resolution byUnresolved(String name, Resolution first, Set<String> partners,
            Map<String, Resolution> resolved) {
        List<GazetteerPlace> twinned = new java.util.ArrayList<>();
        for (GazetteerPlace kept : gazetteer.unresolved(NameKeys.fold(name))) {
            boolean partnered = partners.stream().map(resolved::get).anyMatch(theirs -> theirs != null
                && theirs.resolved() && gazetteer.twinned(kept.iri(), theirs.place().iri()));
            if (partnered && !twinned.contains(kept)) {
                twinned.add(kept);
            }
        }
        return twinned.size() == 1 ? Resolution.of(twinned.get(0), Double.NaN, "the place another source keeps, "
            + "twinned with a partner", twinned.get(0).country(), twinned) : first;
    }

    /**
     * The one place a curated record or a gazetteer says is the item; a unit said to be it gives way to the town of
     * its name it holds (Wikidata's Berlin, Q64, is the city Natural Earth gives the item of as a state).
     */
    private java.util.Optional<Resolution> byItem(String id, String name) {
        List<GazetteerPlace> said = gazetteer.item(id);
        if (said.size() != 1) {
            return java.util.Optional.empty();
        }
        GazetteerPlace place = said.get(0);
        GazetteerPlace town = place.isUnit() && !place.isCountry() ? resolver.townOf(place, NameKeys.fold(name)) : null;
        if (town != null) {
            return java.util.Optional.of(Resolution.of(town, Double.NaN, "the town of the unit said to be " + id,
                town.country(), List.of(place, town)));
        }
        return java.util.Optional.of(Resolution.of(place, Double.NaN, "said to be " + id, place.country(), said));
    }

    /**
     * A name of no place (an exonym such as {@code Moskau}, {@code Taipeh}) resolves to the place another source
     * twins with most of its resolved partners, if that is at least two of them, half of them or more, no other
     * place is twinned with as many, and its name is still alike.
     */
    private Resolution byPartnersTwins(String name, Resolution first, Set<String> partners,
            Map<String, Resolution> resolved) {
        Map<org.apache.jena.graph.Node, Integer> counts = new HashMap<>();
        int located = 0;
        for (String partner : partners) {
            Resolution theirs = resolved.get(partner);
            if (theirs != null && theirs.resolved()) {
                located++;
                gazetteer.twinsOf(theirs.place().iri()).stream().filter(twin -> gazetteer.place(twin) != null)
                    .forEach(twin -> counts.merge(twin, 1, Integer::sum));
            }
        }
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        List<org.apache.jena.graph.Node> top = counts.entrySet().stream().filter(e -> e.getValue() == most)
            .map(Map.Entry::getKey).toList();
        if (most < 2 || 2 * most < located || top.size() != 1) {
            return first;
        }
        GazetteerPlace place = gazetteer.place(top.get(0));
        if (place == null || SIMILARITY.apply(NameKeys.fold(name), NameKeys.fold(place.name())) < ALIKE) {
            return first;
        }
        return Resolution.of(place, Double.NaN, "twinned with " + most + " of its partners in another source",
            place.country(), List.of(place));
    }

    /**
     * Of the places of the name (its own or another: Buja is the Italian Buia's other name, and a foreign label of a
     * Hungarian unit), the one another source twins with a place of a partner's name; an item said to be a place
     * stays that place.
     */
    private Resolution byPartners(Resolution first, String name, Set<String> partners, Map<String, Resolution> byName) {
        List<GazetteerPlace> candidates = new java.util.ArrayList<>(candidates(first));
        if (!first.how().startsWith("said to be") && !first.how().startsWith("the town of the unit")) {
            gazetteer.bearing(NameKeys.fold(name)).stream().filter(place -> gazetteer.place(place.iri()) != null
                && !candidates.contains(place)).forEach(candidates::add);
        }
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
