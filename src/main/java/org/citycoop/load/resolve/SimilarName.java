package org.citycoop.load.resolve;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A name a table gives, compared with the names of the places near its coordinates when no place bears it: the same
 * name with words added or a part left out, another transliteration, one or two letters apart, or the English name
 * of a city at the coordinates. Nearer places may differ more.
 */
final class SimilarName {
    /** A place this near the coordinates may bear the name with words added, or be one part of a joined name. */
    private static final double CLOSE_KM = 3;
    /** A city this big named in a joined name is the city a district belongs to ({@code Munich-Pasing}). */
    private static final long CITY = 100_000;
    /** A city this big at the coordinates may be named by its English name ({@code Padua}, {@code Padova}). */
    private static final long NAMED_IN_ENGLISH = 50_000;
    /** How near the coordinates a city named by its English name lies. */
    private static final double AT_KM = 2;
    /** How alike an English name and the local one are, beginning with the same letter. */
    private static final double ENGLISH_SIMILAR = 0.82;
    /** How alike a name must be to be taken. */
    static final double SIMILAR = 0.85;
    /** How alike names two edits apart must be. */
    private static final double TWO_EDITS_SIMILAR = 0.9;
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();
    private final Set<String> keys;
    private final Set<String> parts;
    /** The name's key when it is one word, which may be the English name of a city ({@link #englishName}). */
    private final String english;

    SimilarName(String name) {
        this.keys = new LinkedHashSet<>(NameKeys.variants(name));
        this.parts = NameKeys.joinedParts(name);
        this.english = name.strip().matches("\\p{L}+") ? NameKeys.fold(name) : null;
    }

    /** How like the name a place's name is, 0 to 1, the place lying this far from the coordinates given. */
    double score(GazetteerPlace place, double kilometres) {
        double best = 0;
        boolean close = kilometres <= CLOSE_KM;
        // a section of a city (Güngören Merter) or a name of several words run together (Velsen Zuid) is not longer
        boolean wholeWords = !"PPLX".equals(place.feature());
        boolean severalWords = NameKeys.fold(place.name()).indexOf(' ') >= 0;
        for (String theirs : NameKeys.variants(place.name())) {
            if (close && place.population() < CITY && parts.contains(theirs)) {
                best = Math.max(best, SIMILAR); // Gornji Vakuf-Uskoplje, the merged municipality of Gornji Vakuf
            }
            boolean longer = wholeWords && !(severalWords && theirs.indexOf(' ') < 0);
            if (english != null && kilometres <= AT_KM && place.population() >= NAMED_IN_ENGLISH
                    && englishName(english, theirs)) {
                best = Math.max(best, SIMILAR);
            }
            for (String ours : keys) {
                // an edit or letters added name another place a few kilometres away (Filton, Felton; Green,
                // Greensburg): only a place at the coordinates is taken for a name spelt another way
                boolean same = close && (longer && (startsWith(theirs, ours) || wordsAdded(theirs, ours))
                    || sameSounds(ours, theirs));
                best = Math.max(best, same ? SIMILAR : close ? alike(ours, theirs) : 0);
            }
        }
        return best;
    }

    /**
     * Whether a gazetteer's name is ours with letters added to its last word ({@code Ageo}, {@code Ageoshimo}): a
     * word added ({@code Guidel}, {@code Guidel-Plage}) names another place, unless it lies at the coordinates.
     */
    private static boolean startsWith(String theirs, String ours) {
        return ours.length() >= 4 && theirs.length() > ours.length() && theirs.startsWith(ours)
            && theirs.indexOf(' ', ours.length()) < 0 && theirs.charAt(ours.length()) != ' ';
    }

    /**
     * Whether the gazetteer's name is ours with words added, after it ({@code Letchworth}, {@code Letchworth Garden
     * City}) or before it ({@code Malvern}, {@code Great Malvern}; {@code Caborca}, {@code Heroica Caborca}). Not the
     * other way round: {@code North Nicosia} is not {@code Nicosia}, nor {@code Bonn – Beuel} {@code Bonn}; nor when
     * the words added say which of two places ({@code Novaya}, {@code Zuid}, {@code Velké}); nor for a section of a
     * city ({@code Güngören Merter}).
     */
    private static boolean wordsAdded(String theirs, String ours) {
        if (Math.min(ours.length(), theirs.length()) < 4 || !sameDigits(ours, theirs)) {
            return false;
        }
        String added = theirs.startsWith(ours + " ") ? theirs.substring(ours.length() + 1)
            : theirs.endsWith(" " + ours) ? theirs.substring(0, theirs.length() - ours.length() - 1) : null;
        // Novaya Balakhna, Velsen-Zuid, Velké Popovice: a place beside the one named
        return added != null && !NameKeys.hasQualifier(added);
    }

    /**
     * Whether two names are spelt from one sound by two ways of writing it ({@code Oryol}, {@code Orël}; {@code
     * Jerash}, {@code Jarash}; {@code Khachmaz}, {@code Xaçmaz}; {@code Faiyum}, {@code Al Fayyūm}): their
     * consonants, in one spelling, are the same.
     */
    private static boolean sameSounds(String ours, String theirs) {
        String skeleton = NameKeys.consonants(ours);
        return skeleton.length() >= 3 && skeleton.equals(NameKeys.consonants(theirs));
    }

    /**
     * Whether a one-word name is the English name of a city whose local name is like it and begins with the same
     * letter ({@code Nuremberg}, {@code Nürnberg}; {@code Dunkirk}, {@code Dunkerque}; {@code Plzeň}, {@code
     * Pilsen}): the city lies at the coordinates, and no place bears the name.
     */
    private static boolean englishName(String ours, String theirs) {
        return ours.length() >= 3 && !theirs.isEmpty() && ours.charAt(0) == theirs.charAt(0)
            && SIMILARITY.apply(ours, theirs) >= ENGLISH_SIMILAR;
    }

    private static boolean sameDigits(String ours, String theirs) {
        return ours.replaceAll("\\D", "").equals(theirs.replaceAll("\\D", ""));
    }

    /**
     * How alike two keys are: Jaro-Winkler's similarity, when they differ by two edits at most (one in a name of
     * fewer than five letters) and have the same digits.
     */
    private static double alike(String ours, String theirs) {
        if (!sameDigits(ours, theirs)) {
            return 0; // Prague 6 is not Prague
        }
        int allowed = Math.min(ours.length(), theirs.length()) >= 5 ? 2 : 1; // Padua, Padova
        Integer edits = new LevenshteinDistance(allowed).apply(ours, theirs);
        double alike = edits < 0 ? 0 : SIMILARITY.apply(ours, theirs);
        return edits > 1 && alike < TWO_EDITS_SIMILAR ? 0 : alike;
    }
}
