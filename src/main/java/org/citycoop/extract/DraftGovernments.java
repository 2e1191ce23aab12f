package org.citycoop.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The governments a draft defines for places it found in the gazetteers, so that they can be the parties of
 * agreements: {@code Pemerintah Kota Surabaya}, which governs Surabaya. An organisation the draft found by its name
 * and that bears the same key is that government.
 */
final class DraftGovernments {
    private static final Map<String, String> KIND_WORDS = Map.of("City", "Kota", "Regency", "Kabupaten",
        "Province", "Provinsi");
    private static final List<String> GOVERNMENT_NAMES = List.of("Pemerintah Kota %s", "Pemerintah Kabupaten %s",
        "Pemerintah Provinsi %s", "Pemkot %s", "Pemkab %s", "Pemprov %s", "Government of %s", "%s City Government",
        "%s City", "%s Prefectural Government", "%s Prefecture");
    private final Map<String, NewPlace> places = new LinkedHashMap<>();
    private final Function<String, String> keyOf;
    private final Map<String, Map<String, Object>> defined = new LinkedHashMap<>();
    private final Map<String, String> foundNames = new LinkedHashMap<>();

    /**
     * @param places the places found in the gazetteers
     * @param keyOf  the draft's key of an organisation of this name
     * @param found  the names of the organisations the draft found in the text
     */
    DraftGovernments(List<NewPlace> places, Function<String, String> keyOf, Collection<String> found) {
        places.forEach(place -> this.places.put(place.key(), place));
        this.keyOf = keyOf;
        found.forEach(name -> foundNames.put(name.toLowerCase(Locale.ROOT), name));
    }

    /** The key of the government of a place found in a gazetteer, defined on first use; null for another place. */
    String of(String placeKey, String evidence) {
        NewPlace found = places.get(placeKey);
        if (found == null) {
            return null;
        }
        GazetteerNames.Place place = found.place();
        String kind = KIND_WORDS.get(place.type());
        boolean indonesian = place.country().equals("ID") && kind != null;
        String name = nameInText(place.name())
            .orElse(indonesian ? "Pemerintah " + kind + " " + place.name() : "Government of " + place.name());
        String key = keyOf.apply(name);
        defined.computeIfAbsent(key, k -> {
            Map<String, Object> government = new LinkedHashMap<>();
            government.put("key", key);
            government.put("type", "LocalGovernment");
            government.put("name", Map.of(indonesian ? "id" : "en", name));
            government.put("governs", placeKey);
            government.put("confidence", 0.5);
            government.put("evidence", new ArrayList<>(List.of(evidence)));
            return government;
        });
        return key;
    }

    /** The name under which the text itself names the government of a place, when it does. */
    private Optional<String> nameInText(String place) {
        return GOVERNMENT_NAMES.stream().map(shape -> String.format(Locale.ROOT, shape, place).toLowerCase(Locale.ROOT))
            .map(foundNames::get).filter(Objects::nonNull).findFirst();
    }

    /** Says which place an organisation found by its name governs, when it is one of these governments. */
    void complete(Map<String, Object> organisation) {
        Map<String, Object> government = defined.remove(String.valueOf(organisation.get("key")));
        if (government != null) {
            organisation.put("governs", government.get("governs"));
        }
    }

    /** The governments no organisation found by its name stood for. */
    List<Map<String, Object>> remaining() {
        return new ArrayList<>(defined.values());
    }
}
