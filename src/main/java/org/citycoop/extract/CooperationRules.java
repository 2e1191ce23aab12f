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
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\b(antara|between)\\s(?!lain\\b)");
    /** More places than this in one sentence are a list of those present, not of partners. */
    private static final int MOST_PARTNERS = 3;
    /** Words of cooperation in sentences that name places found in the gazetteers. */
    private static final Pattern COOPERATING = Pattern.compile("(?i)\\b(kerja ?sama|kerjasama|cooperation|cooperate|"
        + "sister (?:city|province)|kota (?:kembar|bersaudara)|twin (?:city|cities)|friendship city|partnership|"
        + "mou|nota kesepahaman|loi|letter of intent|kesepakatan|perjanjian|agreement)\\b");
    private static final Set<String> NOT_PARTNERS = Set.of("Province", "Prefecture", "Country", "District", "Venue");
    private static final Set<String> PROVINCES = Set.of("Province", "Prefecture");
    /** Words of ties between provinces, where provinces are partners: "sister provincial MoU". */
    private static final Pattern PROVINCIAL = Pattern.compile("(?i)\\b(sister provinc\\w*|provinsi (?:kembar|bersaudara)|antar ?provinsi)");
    /** Words of a visit or of guests received. */
    private static final Pattern VISIT = Pattern.compile("(?i)\\b(kunjungan|berkunjung|mengunjungi|kedatangan|menerima "
        + "(?:kunjungan|delegasi|rombongan)|visit|visits|visited|received a|delegation)\\b");
    /** "with", after the first place: the places after it are its partners. */
    private static final Pattern WITH = Pattern.compile("(?i)\\b(with|dengan)\\s");

    private CooperationRules() {
    }

    /** A place a sentence names, known or found in a gazetteer: where, its key and its kind. */
    record Named(int start, String key, String type, GazetteerNames.Place place) {
    }

    /** The first place of a sentence that speaks of cooperation, paired with each other city or regency in it. */
    static void find(Sentence sentence, List<Named> places, List<Statement> out) {
        boolean fromGazetteers = places.stream().anyMatch(p -> p.place() != null);
        String text = sentence.text();
        if (!COOPERATION.matcher(text).find() && !(fromGazetteers && COOPERATING.matcher(text).find())) {
            if (fromGazetteers && VISIT.matcher(text).find()) {
                visit(sentence, partners(text, places), out);
            }
            return;
        }
        List<Named> partners = partners(text, places);
        Matcher between = BETWEEN.matcher(text);
        if (fromGazetteers && between.find()) {
            // "antara Busan dan Surabaya": the two places named after it are the pair; "between Banda Aceh and a number
            // of cities": the other is not named
            List<Named> named = partners.stream().filter(p -> p.start() >= between.end()).limit(2).toList();
            if (named.size() == 2 && !oneWithin(named.get(0).place(), named.get(1).place())) {
                out.add(new Statement(Kind.COOPERATION, StatementRules.pair(named.get(0).key(), named.get(1).key()), 0.7, sentence));
            }
            return;
        }
        Matcher with = WITH.matcher(text);
        if (fromGazetteers && !partners.isEmpty() && with.find(partners.get(0).start())) {
            // "X has twin city relations with A, Japan; B, the Netherlands, and C": X with each place after "with"
            partners.stream().filter(p -> p.start() >= with.end()).forEach(p -> pair(sentence, partners.get(0), p, out));
            return;
        }
        if (fromGazetteers && partners.size() > MOST_PARTNERS) {
            return; // a list of those present names no pairs
        }
        partners.stream().skip(1).forEach(p -> pair(sentence, partners.get(0), p, out));
    }

    /** The places of a sentence that may be partners, each once: not the dateline's, not a district. */
    private static List<Named> partners(String text, List<Named> places) {
        List<Named> partners = new ArrayList<>();
        int afterDateline = datelineEnd(text);
        boolean provincial = PROVINCIAL.matcher(text).find();
        for (Named place : places) {
            boolean kind = place.place() != null ? !"District".equals(place.type())
                : !NOT_PARTNERS.contains(place.type()) || provincial && PROVINCES.contains(place.type());
            if (place.start() >= afterDateline && partners.stream().noneMatch(p -> p.key().equals(place.key())) && kind) {
                partners.add(place);
            }
        }
        return partners;
    }

    private static void pair(Sentence sentence, Named first, Named other, List<Statement> out) {
        if (!first.key().equals(other.key()) && !oneWithin(first.place(), other.place())) {
            out.add(new Statement(Kind.COOPERATION, StatementRules.pair(first.key(), other.key()), 0.6, sentence));
        }
    }

    /**
     * A visit or a delegation received between an Indonesian place and a place abroad, both of the gazetteers: the two
     * governments are in touch ("Surabaya Mayor received a work visit from the Deputy Mayor of Fukuoka").
     */
    private static void visit(Sentence sentence, List<Named> partners, List<Statement> out) {
        List<Named> home = partners.stream().filter(p -> p.place() != null && p.place().country().equals("ID")).toList();
        List<Named> abroad = partners.stream().filter(p -> p.place() != null && !p.place().country().equals("ID")).toList();
        if (home.size() == 1 && abroad.size() == 1) {
            out.add(new Statement(Kind.COOPERATION, StatementRules.pair(home.get(0).key(), abroad.get(0).key()), 0.5,
                sentence));
        }
    }

    /**
     * The pairs of a report without those of a city whose province bears its name and is paired with the same partner
     * in the report: when "DIY" and Kyoto cooperate, "antara Yogyakarta dan Kyoto" speaks of the province, not of its
     * capital.
     */
    static List<Statement> withoutCitiesOfPairedProvinces(List<Statement> statements, List<NewPlace> found) {
        java.util.Map<String, GazetteerNames.Place> places = new java.util.HashMap<>();
        found.forEach(p -> places.put(p.key(), p.place()));
        Set<String> pairs = new java.util.HashSet<>();
        statements.stream().filter(s -> s.kind() == Kind.COOPERATION).forEach(s -> pairs.add(s.key()));
        return statements.stream().filter(s -> s.kind() != Kind.COOPERATION || !superseded(s.key(), pairs, places))
            .toList();
    }

    private static boolean superseded(String pair, Set<String> pairs, java.util.Map<String, GazetteerNames.Place> places) {
        String[] two = pair.split("\\|");
        for (int side = 0; side < 2; side++) {
            GazetteerNames.Place city = places.get(two[side]);
            String partner = two[1 - side];
            for (java.util.Map.Entry<String, GazetteerNames.Place> province : places.entrySet()) {
                if (city != null && within(city, province.getValue()) && namedAfter(province.getValue(), city)
                        && pairs.contains(StatementRules.pair(province.getKey(), partner))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a province bears the city's name: Daerah Istimewa Yogyakarta and Yogyakarta. */
    private static boolean namedAfter(GazetteerNames.Place province, GazetteerNames.Place city) {
        return (" " + Names.folded(province.name()) + " ").contains(" " + Names.folded(city.name()) + " ");
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
