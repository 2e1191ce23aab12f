package org.citycoop.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citycoop.load.record.Family;

/**
 * Finds people with their posts. Two patterns: the post before the name, as Indonesian reports write it
 * ({@code Wakil Wali Kota Bandung Oded M. Danial}), where the post ends at a known place or organisation; and the
 * post in brackets after the name ({@code Dr. Ir. Taufik Hanafi, MUP (Sekretaris Kementerian PPN/...)}). Titles are
 * taken out of names; {@code Plt.} marks an acting post.
 */
public final class PeopleRules {
    private static final String NAME_WORD = "(?:[A-Z][a-z]+|[A-Z]\\.)";
    /**
     * A name after a post, maybe after a comma: words that begin with a capital (initials, apostrophes and hyphens
     * inside: {@code I Nyoman Suwirta}, {@code Sa’aduddin}, {@code Keo-don}), titles included.
     */
    private static final String NAME_PART = "(?:(?:Dr|Ir|Drs|Dra|Prof|Hj|H|Mr|Mrs|Ms|Hon)\\.|(?:\\p{Lu}\\.)+\\p{Lu}[\\p{L}’'\\-]*"
        + "|\\p{Lu}\\.|\\p{Lu}[\\p{L}’'\\-]*)";
    private static final Pattern NAME_AFTER = Pattern.compile(
        "^,?\\s*(" + NAME_PART + "(?:\\s+" + NAME_PART + "){0,5})");
    /** A word of a post: capitalised, an abbreviation in brackets, or a joining word. */
    private static final Pattern POST_WORD = Pattern.compile("\\s*(\\([A-Z][^)]{0,40}\\)|[A-Z][\\w/.-]*|dan|of|and|untuk|for)");
    private final java.util.Set<String> kindsAfter = Lexicon.get().placeKindsAfter().keySet();
    private final java.util.Set<String> kindsBefore = Lexicon.get().placeKindsBefore().keySet();
    private static final Pattern BRACKETED = Pattern.compile(
        "((?:(?:Dr|Ir|Prof|Drs|Dra|H|Hj)\\.\\s+)*" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,3})"
            + "((?:,?\\s+(?:MUP|SE|MA|M\\.A\\.|Ph\\.D|PhD|S\\.Sos|M\\.Si|MT|M\\.Sc|S\\.H\\.|MPA|MBA))*)\\s*\\(([^)]{4,200})\\)");
    private final KnownThings known;
    private final List<String> heads = Lexicon.get().postHeads();
    private final Set<String> prefixTitles = Lexicon.get().prefixTitles();
    private final Set<String> suffixTitles = Lexicon.get().suffixTitles();

    public PeopleRules(KnownThings known) {
        this.known = known;
    }

    public List<PersonPost> find(Sentence sentence) {
        return find(sentence, List.of());
    }

    /** The people of a sentence, whose posts may also end at the places found in the gazetteers. */
    List<PersonPost> find(Sentence sentence, List<PlaceRules.Found> inGazetteers) {
        List<PersonPost> found = new ArrayList<>();
        bracketed(sentence, found);
        postThenName(sentence, inGazetteers, found);
        return found;
    }

    private void bracketed(Sentence sentence, List<PersonPost> found) {
        Matcher m = BRACKETED.matcher(sentence.text());
        while (m.find()) {
            String inside = m.group(3).strip();
            if (!startsWithHead(inside) && known.find(inside, Family.POST).isEmpty() || startsWithHead(m.group(1))) {
                continue; // a post before its own abbreviation is not a name: Kepala Bagian Humas (Kabag Humas)
            }
            found.add(person(m.group(1), m.group(2), inside, sentence));
        }
    }

    private void postThenName(Sentence sentence, List<PlaceRules.Found> inGazetteers, List<PersonPost> found) {
        String text = sentence.text();
        for (int at = 0; at < text.length(); at++) {
            String head = headAt(text, at);
            if (head == null) {
                continue;
            }
            for (int anchor : anchorEnds(text, at, at + head.length(), inGazetteers)) {
                int postEnd = afterKindWord(text, anchor);
                String rest = text.substring(postEnd);
                int skipped = rest.length() - rest.stripLeading().length();
                Matcher name = NAME_AFTER.matcher(rest.stripLeading());
                if (!name.find() || !isName(text, postEnd + skipped + name.start(1), name.group(1), inGazetteers)) {
                    continue;
                }
                String title = text.substring(at, postEnd).strip();
                if (found.stream().noneMatch(p -> p.title().equals(title))) {
                    found.add(person(name.group(1), "", title, sentence));
                }
                at = postEnd + skipped + name.end();
                break;
            }
        }
    }

    /**
     * Where the post may end, nearest first: after each known place or organisation that continues the post's words,
     * or where the words so far are a known post ("Bupati Simeulue").
     */
    private List<Integer> anchorEnds(String text, int postStart, int from, List<PlaceRules.Found> inGazetteers) {
        List<Integer> ends = new ArrayList<>();
        String rest = text.substring(from);
        int position = 0;
        Matcher word = POST_WORD.matcher(rest);
        while (word.find(position) && word.start() == position) {
            position = word.end();
            String upTo = rest.substring(0, position);
            String post = text.substring(postStart, from + position);
            int cut = position;
            boolean inside = List.of(Family.PLACE, Family.ORGANISATION).stream()
                .anyMatch(f -> known.find(rest, f).stream().anyMatch(m -> m.start() < cut && m.end() > cut));
            int end = from + position;
            boolean anchored = !inside && List.of(Family.PLACE, Family.ORGANISATION).stream()
                .anyMatch(f -> known.find(upTo, f).stream().anyMatch(m -> m.end() == upTo.length()))
                || inGazetteers.stream().anyMatch(p -> p.end() == end && p.start() >= from)
                || known.find(post.replaceFirst("^(Plt|Pj)\\.\\s*", ""), Family.POST).stream()
                    .anyMatch(m -> m.start() == 0 && m.end() == post.replaceFirst("^(Plt|Pj)\\.\\s*", "").length());
            if (anchored) {
                ends.add(from + position);
            }
        }
        // a post of capitalised words that a comma ends, the name after it (Kepala Bidang ..., Ir. Muhammad Arif Hidayat);
        // one word after the head is a name (Wali Kota Risma, ...)
        String words = rest.substring(0, position).strip();
        if (rest.startsWith(",", position) && words.split("\\s+").length >= 2 && !words.endsWith(" dan")) {
            ends.add(from + position);
        }
        return ends;
    }

    /**
     * Whether the words after a post are a name: not a known place or organisation, not a place of the gazetteers,
     * not another post, not a day or a month ({@code Kamis}), and not titles alone.
     */
    private boolean isName(String text, int start, String words, List<PlaceRules.Found> inGazetteers) {
        String first = words.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        return !isKnownPlaceOrOrganisation(words) && !kindsBefore.contains(words.split("\\s+")[0]) && headAt(text, start) == null
            && inGazetteers.stream().noneMatch(p -> p.start() == start)
            && !Lexicon.get().weekdays().contains(first) && !Lexicon.get().months().containsKey(first)
            && person(words, "", "", null).name().matches(".*\\p{L}{2}.*");
    }

    /** Past the word that says a place's kind after its name ({@code Kumamoto Prefecture}), if one follows. */
    private int afterKindWord(String text, int at) {
        Matcher word = Pattern.compile("^\\s+(\\p{Lu}\\p{L}*)").matcher(text.substring(at));
        return word.find() && kindsAfter.contains(word.group(1)) ? at + word.end() : at;
    }

    private boolean isKnownPlaceOrOrganisation(String words) {
        return !known.find(words, Family.PLACE).isEmpty() || !known.find(words, Family.ORGANISATION).isEmpty();
    }

    private String headAt(String text, int at) {
        if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            return null;
        }
        for (String head : heads) {
            if (text.startsWith(head + " ", at)) {
                return head;
            }
        }
        return null;
    }

    private boolean startsWithHead(String text) {
        return heads.stream().anyMatch(h -> text.startsWith(h + " ") || text.startsWith(h + ","));
    }

    private PersonPost person(String rawName, String rawSuffixes, String title, Sentence sentence) {
        List<String> prefixes = new ArrayList<>();
        List<String> words = new ArrayList<>(List.of(rawName.strip().split("\\s+")));
        while (!words.isEmpty() && prefixTitles.contains(words.get(0))) {
            prefixes.add(words.remove(0));
        }
        List<String> suffixes = new ArrayList<>();
        while (!words.isEmpty() && suffixTitles.contains(words.get(words.size() - 1))) {
            suffixes.add(0, words.remove(words.size() - 1));
        }
        for (String suffix : rawSuffixes.split("[,\\s]+")) {
            if (!suffix.isBlank() && suffixTitles.contains(suffix)) {
                suffixes.add(suffix);
            }
        }
        boolean acting = title.startsWith("Plt.") || title.startsWith("Pj.");
        String postKey = known.find(title.replaceFirst("^(Plt|Pj)\\.\\s*", ""), Family.POST).stream()
            .filter(m -> m.start() == 0).map(m -> m.thing().key()).findFirst().orElse(null);
        return new PersonPost(String.join(" ", words), prefixes, suffixes, title, acting, postKey, sentence);
    }
}
