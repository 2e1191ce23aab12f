package org.citycoop.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citycoop.extract.Statement.Kind;
import org.citycoop.load.record.Family;

/**
 * The rules beyond people and dates: places and organisations by name, events by their cue words and dates,
 * agreements by their names and the words that say how far they got ("akan menandatangani" is planned), cooperation
 * between places, and topics by their keywords.
 */
final class StatementRules {
    /** Cue words of events, nearest to the date wins. */
    private static final Map<Pattern, String> EVENT_CUES = cues(
        "kunjungan|mengunjungi|berkunjung|kedatangan|visit|visited", "Visit",
        "pertemuan|bertemu|meeting|met", "Meeting",
        "teleconference|telekonferensi|video conference", "Teleconference",
        "konferensi|conference|konferensi internasional", "Conference",
        "menandatangani|penandatanganan|signing|signed", "Signing");
    /** Agreements that make a lasting tie: named without a word of their state, the tie is in force. */
    private static final Map<Pattern, String> TIES = cues(
        "sister city|sister cities|kota kembar|kota bersaudara|twin city|twin cities|twin town", "SisterCityAgreement",
        "sister province|sister provinces|provinsi kembar|provinsi bersaudara", "SisterProvinceAgreement",
        "friendship city|friendship cities|kota persahabatan", "FriendshipCityAgreement");
    private static final Map<Pattern, String> AGREEMENT_CUES = cues(
        "letter of intent|loi", "LetterOfIntent",
        "memorandum of understanding|mou|nota kesepahaman", "MemorandumOfUnderstanding",
        "perjanjian kerja ?sama|kesepakatan kerja ?sama|cooperation agreement", "CooperationAgreement",
        "kesepakatan bersama|joint agreement", "JointAgreement");
    /** An agreement of no named kind, when the sentence names none of a kind: "Kesepakatan tersebut ditandatangani". */
    private static final Pattern ANY_AGREEMENT = Pattern.compile("\\b(kesepakatan|perjanjian|agreement)\\b");
    private static final List<String> PRIORITY = List.of("Meeting", "Visit", "Conference", "Teleconference", "Signing");
    /** Words that say since when a state holds, before a date (or the date's own words begin with them). */
    private static final Pattern SINCE = Pattern.compile(
        "\\b(sejak|semenjak|since|started from|dimulai|dimulai sejak)\\s+(?:(?:tahun|bulan|the year)\\s+)?(?:[\\p{L}\\d ]{0,25})$");
    private static final Pattern PLANNED = Pattern.compile("(?i)\\b(akan|rencana|rencananya|will|plans? to|dilanjutkan)\\b");
    private static final Pattern DRAFTED = Pattern.compile("(?i)\\b(draft|draf|rancangan|merancang|drafting)\\b");
    private static final Pattern SIGNED = Pattern.compile(
        "(?i)\\b((telah|sudah) (menandatangani|ditandatangani|diteken)|signed|has completed the signing)\\b");
    /** Words of signing that, without a word of plan, say it was signed: "menandatangani nota kesepahaman". */
    private static final Pattern SIGNING = Pattern.compile(
        "(?i)\\b(menandatangani|ditandatangani|penandatanganan|meneken|diteken|teken|signing)\\b");
    /** Words that say an agreement is being worked out: "in the stage of a memorandum of understanding". */
    private static final Pattern STAGE = Pattern.compile("(?i)\\b(tahap|tahapan|stage|dalam pembahasan|being discussed)\\b");
    private static final Pattern TWINNED = Pattern.compile(
        "(?i)(merupakan|is the|adalah|sebagai) (sister city|kota kembar|kota bersaudara)");
    /** A place's name followed by one of these words names a company: Toyota Motor is not the city of Toyota. */
    private static final Pattern COMPANY = Pattern.compile("\\s+(Motor|Motors|Corporation|Corp\\.?|Inc\\.?|Group|Tbk)\\b");
    private final KnownThings known;
    private final Map<String, List<String>> topicWords;
    private final OrganisationPatterns organisations;

    StatementRules(KnownThings known, Map<String, List<String>> topicWords) {
        this.known = known;
        // padded once, to be found as whole words in a padded sentence
        this.topicWords = new LinkedHashMap<>();
        topicWords.forEach((topic, words) -> this.topicWords.put(topic, words.stream().map(w -> " " + w + " ").toList()));
        this.organisations = new OrganisationPatterns(known);
    }

    /** Cue words (alternatives of a pattern, matched as whole words) and what they say. */
    private static Map<Pattern, String> cues(String... pairs) {
        Map<Pattern, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(Pattern.compile("\\b(" + pairs[i] + ")\\b"), pairs[i + 1]);
        }
        return map;
    }

    /**
     * @param year the year of the report (its date's, else the latest year it names), for events it does not date;
     *             null when unknown
     * @param inGazetteers the places of the sentence found in the gazetteers ({@link PlaceRules})
     * @param newPlaces    the keys of the places found in the gazetteers, for the whole report
     */
    void apply(Sentence sentence, List<DateMention> dates, Integer year, List<Statement> out,
            List<PlaceRules.Found> inGazetteers, NewPlaces newPlaces) {
        String text = sentence.text();
        List<PlaceRules.Found> found = inGazetteers.stream()
            .filter(f -> !COMPANY.matcher(text.substring(f.end())).lookingAt()).toList();
        // a longer name wins: Banda Aceh the city, not Aceh the province in it; a known place of the same words wins
        List<KnownThings.Mention> places = known.find(text, Family.PLACE).stream()
            .filter(p -> !COMPANY.matcher(text.substring(p.end())).lookingAt())
            .filter(p -> found.stream().noneMatch(f -> f.start() <= p.start() && f.end() >= p.end()
                && f.end() - f.start() > p.end() - p.start())).toList();
        places.forEach(p -> out.add(new Statement(Kind.PLACE, p.thing().key(), 0.9, sentence)));
        List<CooperationRules.Named> named = new ArrayList<>();
        places.forEach(p -> named.add(new CooperationRules.Named(p.start(), p.thing().key(), p.thing().type(), null)));
        for (PlaceRules.Found place : found) {
            if (places.stream().noneMatch(p -> p.start() < place.end() && place.start() < p.end())) {
                String key = newPlaces.key(place);
                out.add(new Statement(Kind.PLACE, key, 0.7, sentence));
                if (!place.endOfName()) { // "KJRI Osaka" names where the consulate is, not a partner
                    named.add(new CooperationRules.Named(place.start(), key, place.place().type(), place.place()));
                }
            }
        }
        named.sort(java.util.Comparator.comparingInt(CooperationRules.Named::start));
        known.find(text, Family.ORGANISATION).forEach(o -> out.add(new Statement(Kind.ORGANISATION, o.thing().key(), 0.8,
            sentence)));
        for (OrganisationPatterns.Found organisation : organisations.find(text, found)) {
            String key = organisation.knownKey() != null ? organisation.knownKey()
                : "new:" + organisation.type() + ":" + organisation.name() + (organisation.unitOfPlace() == null ? ""
                    : ":" + organisation.unitOfPlace());
            out.add(new Statement(Kind.ORGANISATION, key, organisation.knownKey() != null ? 0.8 : 0.5, sentence));
        }
        event(sentence, dates.isEmpty() && year != null
            ? List.of(new DateMention("", Integer.toString(year), "year", null, true)) : dates, out);
        agreement(sentence, out);
        CooperationRules.find(sentence, named, out);
        topics(sentence, out);
    }

    private void event(Sentence sentence, List<DateMention> dates, List<Statement> out) {
        if (dates.isEmpty()) {
            return;
        }
        String lower = sentence.text().toLowerCase(Locale.ROOT);
        for (DateMention date : dates) {
            int at = date.text().isEmpty() ? 0 : lower.indexOf(date.text().toLowerCase(Locale.ROOT));
            if (!date.text().isEmpty() && at >= 0
                    && SINCE.matcher(lower.substring(Math.max(0, at - 40), at + date.text().length())).find()) {
                // "sejak 2014", "since April 2014": when a cooperation began, not an event
                out.add(new Statement(Kind.COOPERATION_DATE, date.value() + "|" + date.precision(), 0.6, sentence));
                continue;
            }
            String best = null;
            int distance = Integer.MAX_VALUE;
            for (Map.Entry<Pattern, String> cue : EVENT_CUES.entrySet()) {
                Matcher m = cue.getKey().matcher(lower);
                while (m.find()) {
                    // without a date in the sentence, the more specific kind of event wins (a meeting to sign is a signing)
                    int d = date.text().isEmpty() ? -PRIORITY.indexOf(cue.getValue()) : Math.abs(m.start() - at);
                    if (d < distance) {
                        distance = d;
                        best = cue.getValue();
                    }
                }
            }
            if (best != null) {
                out.add(new Statement(Kind.EVENT_DATE, best + "|" + date.value() + "|" + date.precision(),
                    date.text().isEmpty() ? 0.4 : date.relative() ? 0.6 : 0.8, sentence, date.text().isEmpty()));
            } else if (!date.text().isEmpty() && !(date.relative() && date.precision().equals("year"))) {
                // a date the text gives fixes something that happened, even when no word says what: a visit on a day,
                // a cooperation begun "sejak 2014"; "tahun ini" is rather the time of a plan
                out.add(new Statement(Kind.EVENT_DATE, "Event|" + date.value() + "|" + date.precision(),
                    date.precision().equals("year") ? 0.3 : 0.4, sentence));
            }
        }
    }

    private void agreement(Sentence sentence, List<Statement> out) {
        String lower = sentence.text().toLowerCase(Locale.ROOT);
        String status = status(lower);
        boolean named = false;
        for (Map.Entry<Pattern, String> cue : AGREEMENT_CUES.entrySet()) {
            if (cue.getKey().matcher(lower).find()) {
                named = true;
                if (status != null) {
                    out.add(new Statement(Kind.AGREEMENT_STATUS, cue.getValue() + "|" + status, 0.7, sentence));
                }
            }
        }
        for (Map.Entry<Pattern, String> tie : TIES.entrySet()) {
            // "X merupakan sister city Y" states a twinning (a cooperation of the two), not an agreement
            if (tie.getKey().matcher(lower).find()) {
                named = true;
                if (!TWINNED.matcher(lower).find()) {
                    String tieStatus = PLANNED.matcher(lower).find() ? "planned" : SIGNED.matcher(lower).find() ? "signed"
                        : "in-force";
                    out.add(new Statement(Kind.AGREEMENT_STATUS, tie.getValue() + "|" + tieStatus, 0.6, sentence));
                }
            }
        }
        if (!named && ANY_AGREEMENT.matcher(lower).find() && status != null && !status.equals("drafted")) {
            out.add(new Statement(Kind.AGREEMENT_STATUS, "Agreement|" + status, 0.5, sentence));
        }
    }

    /** The state of an agreement the words of a sentence say, or null when they say none. */
    private static String status(String lower) {
        if (SIGNED.matcher(lower).find()) {
            return "signed";
        }
        if (DRAFTED.matcher(lower).find() || STAGE.matcher(lower).find()) {
            return "drafted";
        }
        if (PLANNED.matcher(lower).find()) {
            return "planned";
        }
        return SIGNING.matcher(lower).find() ? "signed" : null;
    }

    /** Places of kinds that are not cities (an island) named in a sentence that speaks of cities. */
    List<String> flags(Document document) {
        List<String> flags = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            if (!Pattern.compile("(?i)\\b(kota|city|cities)\\b").matcher(sentence.text()).find()) {
                continue;
            }
            for (KnownThings.Mention place : known.find(sentence.text(), Family.PLACE)) {
                String flag = "sentence " + sentence.number() + " names " + place.text() + " among cities, but "
                    + place.text() + " is a place of type " + place.thing().type() + ", not a city";
                if (place.thing().type().equals("Island") && !flags.contains(flag)) {
                    flags.add(flag);
                }
            }
        }
        return flags;
    }

    static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private void topics(Sentence sentence, List<Statement> out) {
        String lower = " " + KnownThings.normal(sentence.text()) + " ";
        topicWords.forEach((topic, words) -> {
            for (String word : words) {
                if (lower.contains(word)) {
                    out.add(new Statement(Kind.TOPIC, topic, 0.6, sentence));
                    return;
                }
            }
        });
    }
}
