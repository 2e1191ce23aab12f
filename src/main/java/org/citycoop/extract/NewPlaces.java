package org.citycoop.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citycoop.load.record.Keys;

/** The places of one report found in a gazetteer, each once, with a key of the draft's own. */
final class NewPlaces {
    private static final java.util.regex.Pattern LOWER_WORD = java.util.regex.Pattern.compile("(?<![\\p{L}])\\p{Ll}+");
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("\\S+");
    private final String sourceKey;
    private final Map<String, NewPlace> byCode = new LinkedHashMap<>();
    private final java.util.Set<String> commonWords = new HashSet<>();

    /** The places of a report of this text, whose draft has this source key. */
    NewPlaces(String sourceKey, String text) {
        this.sourceKey = sourceKey;
        Lexicon.get().languages().values().forEach(commonWords::addAll);
        java.util.regex.Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            // the words of a link are not the report's words: a URL's slug writes names in lower case
            if (token.group().contains("://") || token.group().startsWith("www.")) {
                continue;
            }
            java.util.regex.Matcher word = LOWER_WORD.matcher(token.group());
            while (word.find()) {
                commonWords.add(word.group());
            }
        }
    }

    /**
     * The words the report writes in lower case, and the language's frequent words: a one-word name written so is a
     * common word.
     */
    java.util.Set<String> commonWords() {
        return commonWords;
    }

    /** The key of the place found, the same for every sentence that names it. */
    String key(PlaceRules.Found found) {
        GazetteerNames.Place place = found.place();
        NewPlace known = byCode.computeIfAbsent(place.codeField() + " " + place.code(), code -> new NewPlace(
            sourceKey + "-place-" + Keys.slug(place.name() + " " + place.code()), place, new HashSet<>()));
        known.written().add(Names.folded(found.written()));
        return known.key();
    }

    /** The places the report has given so far, by the names it gave them, as {@link Names#folded} writes them. */
    Map<String, GazetteerNames.Place> writtenNames() {
        Map<String, GazetteerNames.Place> names = new java.util.HashMap<>();
        byCode.values().forEach(place -> place.written().forEach(name -> names.putIfAbsent(name, place.place())));
        return names;
    }

    List<NewPlace> all() {
        return new ArrayList<>(byCode.values());
    }
}
