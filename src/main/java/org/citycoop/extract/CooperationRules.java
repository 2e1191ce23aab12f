package org.citycoop.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citycoop.extract.Statement.Kind;

/**
 * Which places of a sentence cooperate. A sentence that speaks of cooperation pairs its first place with each other
 * city or regency; with places found in the gazetteers, the places after {@code antara}/{@code between} are the pair,
 * the dateline's place is no partner, a place is not paired with the province it lies in, and a list of more than
 * {@value #MOST_PARTNERS} places (those present) gives no pairs.
 */
final class CooperationRules {
    private static final Pattern COOPERATION = Pattern.compile(
        "(?i)(menjalin kerja ?sama|(?:bekerja|kerja) ?sama dengan|berkolaborasi dengan|menjajaki kerja ?sama|sister city|kota kembar)");
    private static final Pattern DATELINE = Pattern.compile("\\s*[\\p{Lu}][\\p{L} ]{1,40}\\s*\\([^)]{1,40}\\)\\s*[-–—]\\s");
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\b(antara|between)\\s");
    /** More places than this in one sentence are a list of those present, not of partners. */
    private static final int MOST_PARTNERS = 3;
    /** Words of cooperation in sentences that name places found in the gazetteers. */
    private static final Pattern COOPERATING = Pattern.compile("(?i)\\b(kerja ?sama|kerjasama|cooperation|cooperate|"
        + "sister (?:city|province)|kota (?:kembar|bersaudara)|twin (?:city|cities)|friendship city|partnership|"
        + "mou|nota kesepahaman|loi|letter of intent|kesepakatan|perjanjian|agreement)\\b");
    private static final Set<String> NOT_PARTNERS = Set.of("Province", "Prefecture", "Country", "District", "Venue");

    private CooperationRules() {
    }

    /** A place a sentence names, known or found in a gazetteer: where, its key and its kind. */
    record Named(int start, String key, String type, GazetteerNames.Place place) {
    }

    /** The first place of a sentence that speaks of cooperation, paired with each other city or regency in it. */
    static void find(Sentence sentence, List<Named> places, List<Statement> out) {
        boolean fromGazetteers = places.stream().anyMatch(p -> p.place() != null);
        if (!COOPERATION.matcher(sentence.text()).find()
                && !(fromGazetteers && COOPERATING.matcher(sentence.text()).find())) {
            return;
        }
        List<Named> partners = new ArrayList<>();
        int afterDateline = datelineEnd(sentence.text());
        for (Named place : places) {
            if (place.start() >= afterDateline && partners.stream().noneMatch(p -> p.key().equals(place.key()))
                    && (place.place() != null ? !"District".equals(place.type()) : !NOT_PARTNERS.contains(place.type()))) {
                partners.add(place);
            }
        }
        Matcher between = BETWEEN.matcher(sentence.text());
        if (fromGazetteers && between.find()) {
            // "antara Busan dan Surabaya": the two places named after it are the pair
            List<Named> named = partners.stream().filter(p -> p.start() >= between.end()).limit(2).toList();
            if (named.size() == 2) {
                out.add(new Statement(Kind.COOPERATION, StatementRules.pair(named.get(0).key(), named.get(1).key()), 0.7, sentence));
                return;
            }
        }
        if (fromGazetteers && partners.size() > MOST_PARTNERS) {
            return; // a list of those present names no pairs
        }
        for (int i = 1; i < partners.size(); i++) {
            if (!oneWithin(partners.get(0).place(), partners.get(i).place())) {
                out.add(new Statement(Kind.COOPERATION, StatementRules.pair(partners.get(0).key(), partners.get(i).key()), 0.6,
                    sentence));
            }
        }
    }

    /** Where the dateline of a report's first sentence ends ({@code Denpasar (Antara Bali) -}), or 0 without one. */
    private static int datelineEnd(String text) {
        Matcher dateline = DATELINE.matcher(text);
        return dateline.lookingAt() ? dateline.end() : 0;
    }

    /**
     * Whether one of two places of the gazetteers lies in the other, by their codes: Surabaya (35.78) in Jawa Timur
     * (35), Kochi (392014) in the prefecture JP-39. A city does not cooperate with its own province.
     */
    private static boolean oneWithin(GazetteerNames.Place a, GazetteerNames.Place b) {
        if (a == null || b == null) {
            return false;
        }
        return within(a, b) || within(b, a);
    }

    private static boolean within(GazetteerNames.Place inner, GazetteerNames.Place outer) {
        if (inner.codeField().equals("kemendagri") && outer.codeField().equals("kemendagri")) {
            return inner.code().startsWith(outer.code() + ".");
        }
        return inner.codeField().equals("lgcode") && outer.codeField().equals("iso3166")
            && outer.code().equals("JP-" + inner.code().substring(0, 2));
    }
}
