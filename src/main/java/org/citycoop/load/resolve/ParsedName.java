package org.citycoop.load.resolve;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place's name as a twin-town table writes it, taken apart: the name itself, the place it lies in when the table
 * names one ({@code Vienna 22 – Donaustadt}, {@code Rača (Bratislava)}, {@code St Ives, Cambridgeshire}), whether it
 * names an area ({@code Forchheim (district)}, {@code Chiba Prefecture}), a country the table adds in brackets
 * ({@code Cuenca (Ecuador)}) and the number of a numbered district ({@code Prague 10}).
 *
 * @param name    the name, without what the table adds to it
 * @param parent  the name of the place it lies in, or null
 * @param area    whether it names an area (a district, county, province), not a town
 * @param country the country it adds, as written, or null
 * @param number  the number of a numbered district ({@code 10} of {@code Prague 10}), or null
 * @param written the name as the table writes it
 */
record ParsedName(String name, String parent, boolean area, String country, String number, String written) {
    /** A dash between spaces: a city, then its district. */
    private static final Pattern SPACED_DASH = Pattern.compile("^(.+?)\\s[–—-]\\s(.+)$");
    /** A name, then what the table adds in brackets. */
    private static final Pattern BRACKETS = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)\\s*$");
    /** A name, then the region it lies in. */
    private static final Pattern COMMA = Pattern.compile("^([^,]+),\\s*([^,]+)$");
    /** A city's name and the number of one of its districts ({@code Prague 10}, {@code Vienna 22}). */
    private static final Pattern NUMBERED = Pattern.compile("^(\\D+?)\\s+(\\d{1,2})$");
    /** Words before a borough's name ({@code London Borough of Southwark}). */
    private static final Pattern BOROUGH = Pattern.compile("^(?:London|Royal|Metropolitan) Borough of (.+)$");
    /** Words in brackets that say only what kind of place a name is ({@code (rural gmina)}, {@code (town)}). */
    private static final Set<String> KINDS = Set.of("district", "county", "municipality", "region", "province",
        "town", "city", "village", "borough", "commune", "communaute", "prefecture", "regency", "department", "state",
        "municipal", "urban", "rural", "gmina", "island", "country", "metropolitan", "unitary", "authority", "council",
        "parish", "area", "raion", "oblast", "the", "of", "de");
    /** Of those, the words that say it is an area's. */
    private static final Set<String> AREAS = Set.of("district", "county", "municipality", "region", "province",
        "borough", "communaute", "prefecture", "regency", "department", "state", "gmina", "authority", "council",
        "parish", "raion", "oblast");

    /** The parts of a name as a table writes it. */
    static ParsedName of(String written) {
        String text = written.strip().replaceAll("\\s+", " ");
        Matcher borough = BOROUGH.matcher(text);
        if (borough.matches()) {
            return new ParsedName(borough.group(1), null, true, null, null, text);
        }
        Matcher brackets = BRACKETS.matcher(text);
        if (brackets.matches()) {
            return bracketed(brackets.group(1), brackets.group(2).strip(), text);
        }
        Matcher dash = SPACED_DASH.matcher(text);
        if (dash.matches()) {
            // Vienna 22 – Donaustadt: the district of Vienna
            Matcher numbered = NUMBERED.matcher(dash.group(1));
            String city = numbered.matches() ? numbered.group(1) : dash.group(1);
            return new ParsedName(dash.group(2), city, NameKeys.namesArea(dash.group(2)), null, null, text);
        }
        Matcher comma = COMMA.matcher(text);
        if (comma.matches()) {
            return new ParsedName(comma.group(1).strip(), comma.group(2).strip(), NameKeys.namesArea(comma.group(1)),
                null, null, text);
        }
        Matcher numbered = NUMBERED.matcher(text);
        if (numbered.matches()) {
            return new ParsedName(text, numbered.group(1), false, null, numbered.group(2), text);
        }
        return new ParsedName(text, null, NameKeys.namesArea(text), null, null, text);
    }

    private static ParsedName bracketed(String name, String added, String text) {
        List<String> words = List.of(NameKeys.fold(added).split(" "));
        ParsedName inner = of(name);
        if (KINDS.containsAll(words)) {
            boolean area = words.stream().anyMatch(AREAS::contains);
            return new ParsedName(inner.name, inner.parent, area || inner.area, null, inner.number, text);
        }
        if (Countries.get().code(added).isPresent() && inner.parent == null) {
            return new ParsedName(inner.name, null, inner.area, added, inner.number, text);
        }
        return new ParsedName(inner.name, added, inner.area, null, inner.number, text);
    }

    /** Whether the name comes with the place it lies in. */
    boolean hasParent() {
        return parent != null;
    }
}
