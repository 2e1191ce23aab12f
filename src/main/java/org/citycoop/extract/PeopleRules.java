package org.citycoop.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citycoop.load.record.Family;
import org.citycoop.load.resolve.Countries;

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
        "^,?\\s*(" + NAME_PART + "(?:(?:\\s+\\(\\p{Lu}[\\p{L}.]{0,15}\\))?\\s+" + NAME_PART + "){0,5})");
    /** A word of a post: capitalised, an abbreviation in brackets, or a joining word. */
    private static final Pattern POST_WORD = Pattern.compile(
        "\\s*(\\([A-Z][^)]{0,40}\\)|[A-Z][\\w/.-]*|dan|of|and|untuk|for|in|di|to|from|dari)");
    /** After a name that follows a bare post and a comma, what shows it to be a place: "Wali Kota, Karang Panjang, Kecamatan". */
    private static final Pattern APPOSITION_ENDS = Pattern.compile(",\\s*\\p{Lu}");
    /** More characters than any head with its acting prefix has. */
    private static final int LONGEST_HEAD = 40;
    /** A comma, and maybe an article, before a post. */
    private static final Pattern COMMA_BEFORE_POST = Pattern.compile(",\\s+(?:the\\s+|The\\s+)?");
    /** Words before a post that make it an acting one. */
    private static final Pattern ACTING = Pattern.compile("(?:Plt|Pj|Pjs)\\.\\s*|Penjabat\\s+|Pelaksana Tugas\\s+|Acting\\s+");
    /** A country named between a post and a name: "Deputy Mayor of Fukuoka, Japan, Eiichi Nakamura". */
    private static final Pattern COUNTRY_BETWEEN = Pattern.compile("^,\\s*(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)\\s*,\\s*");
    private final java.util.Set<String> kindsAfter = Lexicon.get().placeKindsAfter().keySet();
    private final java.util.Set<String> kindsBefore = Lexicon.get().placeKindsBefore().keySet();
    private static final Pattern BRACKETED = Pattern.compile(
        "((?:(?:Dr|Ir|Prof|Drs|Dra|H|Hj)\\.\\s+)*" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,3})"
            + "((?:,?\\s+(?:MUP|SE|MA|M\\.A\\.|Ph\\.D|PhD|S\\.Sos|M\\.Si|MT|M\\.Sc|S\\.H\\.|MPA|MBA))*)\\s*\\(([^)]{4,200})\\)");
    private final KnownThings known;
    private final NameSplit nameSplit = new NameSplit();
    private final Set<String> completeHeads = Lexicon.get().completeHeads();
    private final Set<String> unitWords = Lexicon.get().unitWords();
    private final List<String> heads = Lexicon.get().postHeads();
    private final Set<String> prefixTitles = Lexicon.get().prefixTitles();
    private final Set<String> suffixTitles = Lexicon.get().suffixTitles();

    public PeopleRules(KnownThings known) {
        this.known = known;
    }

    public List<PersonPost> find(Sentence sentence) {
        return find(sentence, List.of(), Set.of());
    }

    /**
     * The people of a sentence, whose posts may also end at the places found in the gazetteers.
     *
     * @param common the words the report writes in lower case, which are not names
     */
    List<PersonPost> find(Sentence sentence, List<PlaceRules.Found> inGazetteers, Set<String> common) {
        List<PersonPost> found = new ArrayList<>();
        bracketed(sentence, found);
        if (!titleCase(sentence.text())) {
            postThenName(sentence, inGazetteers, common, found);
            nameThenPost(sentence, inGazetteers, common, found);
        }
        return found;
    }

    /** A name, a comma and a post: "Yoko Odaira, Coordinator from Hope", "Seiya Okazaki, the Mayor of Kochi". */
    private void nameThenPost(Sentence sentence, List<PlaceRules.Found> inGazetteers, Set<String> common,
            List<PersonPost> found) {
        String text = sentence.text();
        Matcher comma = COMMA_BEFORE_POST.matcher(text);
        while (comma.find()) {
            // after a name and a comma, a post may begin in lower case: "Seiya Okazaki, mayor of Kochi"
            String head = comma.end() < text.length() ? headAt(Character.toUpperCase(text.charAt(comma.end()))
                + text.substring(comma.end() + 1, Math.min(text.length(), comma.end() + LONGEST_HEAD)), 0) : null;
            int nameStart = head == null ? -1
                : nameSplit.nameBefore(text, comma.start(), common, position -> isPlaceAt(text, position, inGazetteers));
            if (nameStart < 0 || headAt(text, nameStart) != null) {
                continue;
            }
            String name = text.substring(nameStart, comma.start());
            int postEnd = NameSplit.postEnd(text, comma.end() + head.length());
            String title = text.substring(comma.end(), postEnd);
            // an apposition ends at a stop or a comma ("Menurut X, Gubernur Bali berharap": the governor is another);
            // in a list, the post after the comma is the next person's ("A, Wakil Wali Kota Denpasar, B")
            boolean closed = postEnd == text.length() || ",.;)\"”".indexOf(text.charAt(postEnd)) >= 0;
            boolean listed = found.stream().anyMatch(p -> text.startsWith(p.title(), comma.end()));
            if (closed && !listed && isName(text, nameStart, name, inGazetteers)
                    && found.stream().noneMatch(p -> p.name().contains(name) || name.contains(p.name()))) {
                found.add(person(name, "", title, sentence));
            }
        }
    }

    /** A headline in title case (no full stop ends it), whose capitals tell no name from other words. */
    private static boolean titleCase(String text) {
        String bare = text.replaceAll("\\[[^]]*\\]", " ").strip();
        if (bare.isEmpty() || ".!?\"”".indexOf(bare.charAt(bare.length() - 1)) >= 0) {
            return false;
        }
        String[] words = bare.split("\\s+");
        long capitalised = java.util.Arrays.stream(words).filter(w -> w.length() > 3 && Character.isUpperCase(w.charAt(0))).count();
        long lower = java.util.Arrays.stream(words).filter(w -> w.length() > 3 && Character.isLowerCase(w.charAt(0))).count();
        return capitalised >= 3 && lower == 0;
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

    private void postThenName(Sentence sentence, List<PlaceRules.Found> inGazetteers, Set<String> common,
            List<PersonPost> found) {
        String text = sentence.text();
        for (int at = 0; at < text.length(); at++) {
            String head = headAt(text, at);
            if (head == null) {
                continue;
            }
            int before = found.size();
            int next = anchoredName(sentence, at, head, inGazetteers, found);
            if (found.size() == before) {
                next = splitName(sentence, at, head, inGazetteers, common, found);
            }
            at = Math.max(at, next);
        }
    }

    /** A name after a post that ends at a place, an organisation, a known post or a comma; where it ends. */
    private int anchoredName(Sentence sentence, int at, String head, List<PlaceRules.Found> inGazetteers,
            List<PersonPost> found) {
        String text = sentence.text();
        for (int anchor : anchorEnds(text, at, at + head.length(), inGazetteers)) {
            int postEnd = afterKindWord(text, anchor);
            int nameFrom = postEnd;
            Matcher country = COUNTRY_BETWEEN.matcher(text.substring(postEnd));
            if (country.find() && Countries.get().code(country.group(1)).isPresent()) {
                nameFrom += country.end();
            }
            String rest = text.substring(nameFrom);
            int skipped = rest.length() - rest.stripLeading().length();
            Matcher name = NAME_AFTER.matcher(rest.stripLeading());
            if (!name.find() || !isName(text, nameFrom + skipped + name.start(1), name.group(1), inGazetteers)
                    || nameFrom == at + head.length() && APPOSITION_ENDS.matcher(rest.substring(skipped + name.end())).lookingAt()) {
                continue;
            }
            String title = text.substring(at, postEnd).strip();
            if (found.stream().noneMatch(p -> p.title().equals(title))) {
                found.add(person(name.group(1), "", title, sentence));
            }
            return nameFrom + skipped + name.end();
        }
        return at;
    }

    /** A name that ends the capitalised words after a post ({@link NameSplit}); where it ends. */
    private int splitName(Sentence sentence, int at, String head, List<PlaceRules.Found> inGazetteers,
            Set<String> common, List<PersonPost> found) {
        String text = sentence.text();
        String bare = withoutActing(head);
        NameSplit.Split split = nameSplit.after(text, at + head.length(), completeHeads.contains(bare), common,
            position -> isPlaceAt(text, position, inGazetteers));
        if (split == null) {
            return at;
        }
        String name = text.substring(split.nameStart(), split.nameEnd());
        if (!isName(text, split.nameStart(), name, inGazetteers)) {
            return at;
        }
        found.add(person(name.replaceAll("\\s*\\([^)]*\\)", ""), "", text.substring(at, split.postEnd()).strip(), sentence));
        return split.nameEnd();
    }

    private boolean isPlaceAt(String text, int position, List<PlaceRules.Found> inGazetteers) {
        return inGazetteers.stream().anyMatch(p -> p.start() <= position && position < p.end())
            || List.of(Family.PLACE, Family.ORGANISATION).stream()
                .anyMatch(f -> known.find(text, f).stream().anyMatch(m -> m.start() <= position && position < m.end()));
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
                || inGazetteers.stream().anyMatch(p -> p.end() == end && p.end() > from)
                || known.find(withoutActing(post), Family.POST).stream()
                    .anyMatch(m -> m.start() == 0 && m.end() == withoutActing(post).length());
            if (anchored) {
                ends.add(from + position);
            }
        }
        // a post of capitalised words that a comma ends, the name after it (Kepala Bidang ..., Ir. Muhammad Arif Hidayat);
        // one word after the head is a name (Wali Kota Risma, ...)
        String words = rest.substring(0, position).strip();
        boolean complete = completeHeads.contains(withoutActing(text.substring(postStart, from)));
        if (rest.startsWith(",", position) && (words.split("\\s+").length >= 2 && !words.endsWith(" dan")
                || position == 0 && complete)) {
            ends.add(from + position); // a post on its own before a comma: "Pj. Wali Kota, Bodewin M. Wattimena"
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
            && !unitWords.contains(first)
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

    /** A post without the words that make it an acting one: "Bupati Simeulue" for "Plt. Bupati Simeulue". */
    private static String withoutActing(String post) {
        Matcher acting = ACTING.matcher(post);
        return acting.lookingAt() ? post.substring(acting.end()) : post;
    }

    private String headAt(String text, int at) {
        if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)) || !Character.isUpperCase(text.charAt(at))) {
            return null; // every head begins a word with a capital
        }
        Matcher acting = ACTING.matcher(text).region(at, text.length());
        String prefix = acting.lookingAt() ? acting.group() : "";
        for (String head : heads) {
            int end = at + prefix.length() + head.length();
            if (text.startsWith(head, at + prefix.length()) && end < text.length()
                    && (text.charAt(end) == ' ' || text.charAt(end) == ',')) {
                return prefix + head;
            }
        }
        return null;
    }

    private boolean startsWithHead(String text) {
        return heads.stream().anyMatch(h -> text.startsWith(h + " ") || text.startsWith(h + ","));
    }

    private PersonPost person(String rawName, String rawSuffixes, String title, Sentence sentence) {
        List<String> prefixes = new ArrayList<>();
        // an abbreviation in brackets inside a name is not part of it: "Hamengku Buwono (HB) X"
        List<String> words = new ArrayList<>(List.of(rawName.replaceAll("\\s*\\([^)]*\\)", "").strip().split("\\s+")));
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
        boolean acting = ACTING.matcher(title).lookingAt();
        String postKey = known.find(withoutActing(title), Family.POST).stream()
            .filter(m -> m.start() == 0).map(m -> m.thing().key()).findFirst().orElse(null);
        return new PersonPost(String.join(" ", words), prefixes, suffixes, title, acting, postKey, sentence);
    }
}
